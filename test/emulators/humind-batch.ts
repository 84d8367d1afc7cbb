/**
 * `POST /knowledge/batch` (DOC HM-KN): `{items:[…]}` or a bare array, at most 500 items, each
 * processed independently; always 207. A repeated external_id: the first occurrence is
 * processed, later ones fail with `duplicate_external_id_in_batch`. An empty batch is a 400 (INF).
 */
import type { HumindDeps, RouteHandler } from "./humind-context.js";
import { upsertEntry } from "./humind-upsert.js";

export const BATCH_MAX_ITEMS = 500;

/** One entry of `results` (DOC). */
export interface BatchResult {
  external_id: string | null;
  status: "created" | "updated" | "failed";
  humind_id?: string;
  queued_for_fetch?: boolean;
  error?: { code: string; message: string; details?: Record<string, unknown> };
}

export const batch: RouteHandler = (context) => {
  const json = context.request.body.json;
  const items = Array.isArray(json) ? json : (json as { items?: unknown } | undefined)?.items;
  const fail = (message: string) => context.deps.fail(400, "validation_failed", message, { field: "items" });
  if (!Array.isArray(items)) return fail("Invalid batch: expected {items:[…]} or a JSON array");
  if (items.length === 0) return fail("Invalid batch: items is empty, expected 1 to 500 items");
  if (items.length > BATCH_MAX_ITEMS) return fail(`Invalid batch: got ${items.length} items, expected at most ${BATCH_MAX_ITEMS}`);
  const seen = new Set<string>();
  const results = items.map((item: unknown) => processItem(item, seen, context.deps));
  return { status: 207, body: { results } };
};

function processItem(item: unknown, seen: Set<string>, deps: HumindDeps): BatchResult {
  const rawId = (item as { external_id?: unknown } | null)?.external_id;
  const external_id = typeof rawId === "string" ? rawId : null;
  if (external_id !== null && seen.has(external_id)) {
    const message = `external_id "${external_id}" appears more than once in this batch; only the first occurrence was processed`;
    return { external_id, status: "failed", error: { code: "duplicate_external_id_in_batch", message, details: { external_id } } };
  }
  if (external_id !== null) seen.add(external_id);
  const outcome = upsertEntry(deps.store, item, deps.rejectionFor);
  if (!outcome.ok) {
    const { code, message, details } = outcome.rejection;
    return { external_id, status: "failed", error: { code, message, details } };
  }
  const result: BatchResult = { external_id, status: outcome.status, humind_id: outcome.entry.humind_id };
  if (outcome.status === "created" && outcome.entry.type === "webpage" && outcome.entry.status === "queued") result.queued_for_fetch = true;
  return result;
}
