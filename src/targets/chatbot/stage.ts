import { ApiError } from "../../http/index.js";
import { markerOf, withMarker } from "../heppu/marker.js";
import type { ItemResult, Upsert } from "../target.js";
import type { ChatbotApi } from "./api.js";
import { CHATBOT_LIMITS } from "./payload.js";

/** What staging needs to stamp every item with kb-publish's marker. */
export interface StageContext {
  api: ChatbotApi;
  owner: string;
  /** kb-publish version written into the marker. */
  version?: string;
}

interface Staged {
  item: Upsert;
  body: Record<string, unknown>;
  bytes: number;
}

/**
 * Bisecting a rejected batch costs about two requests per level; past this many extra requests per
 * batch (a request-level problem rather than one bad item) the items left undecided fail together.
 */
const ISOLATION_BUDGET = 64;
const WRAPPER_BYTES = Buffer.byteLength('{"items":[]}');

/**
 * Stages the items with `POST …/items/batch`: requests of at most 1,000 items and 8,000,000 bytes,
 * each atomic. A rejected request (400, 413) is split in halves until the bad item fails alone;
 * any other error fails the request's items and every later one (the API is not answering).
 */
export async function stageItems(ctx: StageContext, items: Upsert[]): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  let stopped: string | undefined;
  for (const group of groupsOf(items.map((item) => staged(ctx, item)))) {
    if (stopped !== undefined) {
      results.push(...group.map((s) => failed(s, stopped as string)));
      continue;
    }
    try {
      results.push(...(await sendIsolating(ctx, group, { left: ISOLATION_BUDGET })));
    } catch (error) {
      stopped = messageOf(error);
      results.push(...group.map((s) => failed(s, stopped as string)));
    }
  }
  return results;
}

/** The item exactly as sent: the payload, the marker holding its fingerprint, the hash as `externalVersion`. */
export function itemBody(ctx: StageContext, item: Upsert): Record<string, unknown> {
  const marker = markerOf(ctx.owner, item.fingerprint, ctx.version, item.provenance);
  return {
    externalItemId: item.doc.externalId,
    ...item.payload,
    externalVersion: item.fingerprint.hash,
    metadata: withMarker(item.payload.metadata, marker),
  };
}

function staged(ctx: StageContext, item: Upsert): Staged {
  const body = itemBody(ctx, item);
  return { item, body, bytes: Buffer.byteLength(JSON.stringify(body), "utf8") + 1 };
}

/** Consecutive groups within the item and byte limits; an item too big alone goes alone (the server decides). */
function groupsOf(items: Staged[]): Staged[][] {
  const groups: Staged[][] = [];
  let current: Staged[] = [];
  let bytes = WRAPPER_BYTES;
  for (const item of items) {
    if (current.length > 0 && (current.length >= CHATBOT_LIMITS.batchItems || bytes + item.bytes > CHATBOT_LIMITS.batchBytes)) {
      groups.push(current);
      current = [];
      bytes = WRAPPER_BYTES;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function sendIsolating(ctx: StageContext, group: Staged[], budget: { left: number }): Promise<ItemResult[]> {
  try {
    await ctx.api.write({ method: "POST", path: ctx.api.paths.batch, body: { items: group.map((s) => s.body) } });
    return group.map(written);
  } catch (error) {
    if (!rejected(error)) throw error;
    const reason = `Chatbot rejected the batch holding this item: ${messageOf(error)}`;
    if (group.length === 1) return [failed(group[0] as Staged, `Chatbot rejected the item: ${messageOf(error)}`)];
    if (budget.left < 2) return group.map((s) => failed(s, `${reason} (not isolated further)`));
    budget.left -= 2;
    const half = Math.ceil(group.length / 2);
    return [...(await sendIsolating(ctx, group.slice(0, half), budget)), ...(await sendIsolating(ctx, group.slice(half), budget))];
  }
}

/** The whole request was refused for its content (atomic: nothing was written). */
function rejected(error: unknown): boolean {
  return error instanceof ApiError && error.kind === "http" && (error.status === 400 || error.status === 413);
}

function written(staged: Staged): ItemResult {
  return { externalId: staged.item.doc.externalId, status: staged.item.remote ? "updated" : "created" };
}

function failed(staged: Staged, error: string): ItemResult {
  return { externalId: staged.item.doc.externalId, status: "failed", error };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
