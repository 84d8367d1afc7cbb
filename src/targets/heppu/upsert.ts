import type { ItemResult, Upsert } from "../target.js";
import { refreshSources } from "./refresh.js";
import { sendItems } from "./send.js";
import type { SendContext } from "./send.js";
import { storedStates } from "./verify.js";
import type { StoredState } from "./verify.js";

/**
 * What this run has learned about the server: whether a source answered `unchanged` keeps the
 * title and metadata it was sent (`kept`) or the old ones (`dropped`). Heppu does not document it.
 */
export interface Learned {
  metadataOnUnchanged: "unknown" | "kept" | "dropped";
}

export interface UpsertContext extends SendContext {
  learned: Learned;
  /** Sources in the collection at snapshot time. */
  collectionSize: number;
}

/**
 * Upserts one batch. kb-publish only sends sources whose fingerprint changed, so every `unchanged`
 * answer is checked: Heppu compares content only (INF), and a title or metadata change with the
 * same content may be answered `unchanged` without being stored. Such sources are refreshed
 * (refresh.ts); once a run has seen that, it refreshes later title/metadata-only changes directly.
 */
export async function upsertHeppuBatch(ctx: UpsertContext, items: Upsert[]): Promise<ItemResult[]> {
  const direct = ctx.learned.metadataOnUnchanged === "dropped" ? items.filter(isMetadataOnly) : [];
  const plain = items.filter((item) => !direct.includes(item));
  const results = new Map<string, ItemResult>();
  const toRefresh = [...direct];
  if (plain.length > 0) {
    const sent = await sendItems(ctx, plain);
    const unchanged: Upsert[] = [];
    for (const item of plain) {
      const status = sent.get(item.doc.externalId);
      if (status?.status === "unchanged") unchanged.push(item);
      else if (status) results.set(item.doc.externalId, status as ItemResult);
    }
    const settled = await settleUnchanged(ctx, unchanged);
    settled.results.forEach((result) => results.set(result.externalId, result));
    toRefresh.push(...settled.refresh);
  }
  if (toRefresh.length > 0) {
    const refreshed = await guarded(toRefresh, () => refreshSources(ctx, toRefresh));
    refreshed.forEach((result) => results.set(result.externalId, result));
  }
  return items.flatMap((item) => results.get(item.doc.externalId) ?? []);
}

/** Title or metadata changed, content did not: the case a content-hashing server answers `unchanged`. */
export function isMetadataOnly(item: Upsert): boolean {
  const remote = item.remote?.fingerprint;
  if (!remote || remote.hash === item.fingerprint.hash) return false;
  return remote.parts.content !== undefined && remote.parts.content === item.fingerprint.parts.content;
}

/** Reads back what the server holds for `unchanged` answers and decides each one's outcome. */
async function settleUnchanged(ctx: UpsertContext, items: Upsert[]): Promise<{ results: ItemResult[]; refresh: Upsert[] }> {
  if (items.length === 0) return { results: [], refresh: [] };
  if (ctx.learned.metadataOnUnchanged === "kept") return { results: items.map(written), refresh: [] };
  let states: Map<string, StoredState>;
  try {
    states = await storedStates(ctx, items);
  } catch (error) {
    return { results: items.map((item) => failed(item, `could not check what Heppu stored: ${messageOf(error)}`)), refresh: [] };
  }
  const results: ItemResult[] = [];
  const refresh: Upsert[] = [];
  for (const item of items) {
    const state = states.get(item.doc.externalId) ?? "missing";
    learn(ctx.learned, item, state);
    if (state === "current") results.push(written(item));
    else if (state === "foreign") results.push(failed(item, foreignAppeared(item)));
    else refresh.push(item);
  }
  return { results, refresh };
}

/** Only a title/metadata-only change answered `unchanged` tells how the server treats metadata. */
function learn(learned: Learned, item: Upsert, state: StoredState): void {
  if (state === "stale") learned.metadataOnUnchanged = "dropped";
  if (state === "current" && isMetadataOnly(item) && learned.metadataOnUnchanged === "unknown") learned.metadataOnUnchanged = "kept";
}

/** The remote now holds exactly this payload. */
function written(item: Upsert): ItemResult {
  return { externalId: item.doc.externalId, status: item.remote ? "updated" : "created" };
}

function failed(item: Upsert, error: string): ItemResult {
  return { externalId: item.doc.externalId, status: "failed", error };
}

function foreignAppeared(item: Upsert): string {
  return (
    `a source with externalId ${JSON.stringify(item.doc.externalId)} without kb-publish's marker appeared in the ` +
    "collection during this run; it was left untouched"
  );
}

/** A step that throws fails its own items only, so results already known are kept. */
async function guarded(items: Upsert[], step: () => Promise<ItemResult[]>): Promise<ItemResult[]> {
  try {
    return await step();
  } catch (error) {
    return items.map((item) => failed(item, messageOf(error)));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
