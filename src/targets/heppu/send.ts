import { ApiError } from "../../http/index.js";
import type { ItemResult, Upsert } from "../target.js";
import type { BatchItemResult, HeppuApi, SourceBody } from "./api.js";
import { markerOf, withMarker } from "./marker.js";
import type { Marker } from "./marker.js";

/** What sending needs to stamp every source with kb-publish's marker. */
export interface SendContext {
  api: HeppuApi;
  owner: string;
  /** kb-publish version written into the marker. */
  version?: string;
}

/** How an item is turned into a source body; `realBody` by default. */
export type BodyOf = (ctx: SendContext, item: Upsert) => SourceBody;

/** A server status per item: created/updated/unchanged as reported, or failed with the server's reason. */
export type SentStatus = ItemResult | { externalId: string; status: "unchanged" };

/** The source exactly as planned: the payload plus a marker holding that payload's fingerprint. */
export const realBody: BodyOf = (ctx, item) => bodyWith(item, markerOf(ctx.owner, item.fingerprint, ctx.version, item.provenance));

export function bodyWith(item: Upsert, marker: Marker, content?: string): SourceBody {
  const { title, content: planned, metadata } = item.payload;
  return {
    externalId: item.doc.externalId,
    title: String(title),
    content: content ?? String(planned),
    metadata: withMarker(metadata, marker),
  };
}

/**
 * One `POST /kb/sources/batch` for the items (two halves, recursively, if the server says the body
 * is too large), with each per-item result matched back by index, then by externalId.
 */
export async function sendItems(ctx: SendContext, items: Upsert[], bodyOf: BodyOf = realBody): Promise<Map<string, SentStatus>> {
  let results: BatchItemResult[];
  try {
    results = await ctx.api.upsertBatch(items.map((item) => bodyOf(ctx, item)));
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 413 && items.length > 1)) throw error;
    const half = Math.ceil(items.length / 2);
    const first = await sendItems(ctx, items.slice(0, half), bodyOf);
    const second = await sendItems(ctx, items.slice(half), bodyOf);
    return new Map([...first, ...second]);
  }
  return matchResults(items, results);
}

function matchResults(items: Upsert[], results: BatchItemResult[]): Map<string, SentStatus> {
  const ids = items.map((item) => item.doc.externalId);
  const matched = new Map<string, SentStatus>();
  for (const result of results) {
    const byIndex = result.index !== undefined ? ids[result.index] : undefined;
    const id = byIndex !== undefined && (result.externalId ?? byIndex) === byIndex ? byIndex : (result.externalId ?? undefined);
    if (id === undefined || !ids.includes(id) || matched.has(id)) continue;
    matched.set(id, statusOf(id, result));
  }
  return matched;
}

function statusOf(externalId: string, result: BatchItemResult): SentStatus {
  const { status } = result;
  if (status === "created" || status === "updated" || status === "unchanged") return { externalId, status };
  if (status === "failed") {
    return { externalId, status: "failed", error: `Heppu rejected the source: ${result.error || "no reason given"}` };
  }
  return { externalId, status: "failed", error: `Heppu answered with an unknown status ${JSON.stringify(status)}; expected created, updated, unchanged or failed` };
}
