import type { EmulatorRequest } from "./emulator-server.js";
import { failure, success } from "./heppu-envelope.js";
import { collectionOf, jsonObjectBody, UPSERT_MESSAGES, type HeppuRouteDeps } from "./heppu-request.js";
import type { UpsertStatus } from "./heppu-state.js";
import { validateBatch, validateSource } from "./heppu-validate.js";
import type { EmulatorResponse } from "./http-util.js";

/** One entry of `data.results` (DOC H-BATCH). Failed items carry no documentId and no message. */
export interface BatchItemResult {
  index: number;
  externalId: string | null;
  documentId?: string;
  status: UpsertStatus | "failed";
  message?: string;
  error: string | null;
}

const MESSAGE: Record<UpsertStatus, string> = {
  created: UPSERT_MESSAGES.queued,
  updated: UPSERT_MESSAGES.updated,
  unchanged: UPSERT_MESSAGES.unchanged,
};

/**
 * `POST /kb/sources/batch`. Items are applied in order, so a duplicate externalId in one batch
 * behaves like two consecutive upserts: the last one wins (UNK in the docs; chosen and documented).
 * HTTP 201 when nothing failed, 207 when some failed, 400 (still with results) when all failed.
 */
export function upsertBatch(request: EmulatorRequest, deps: HeppuRouteDeps): EmulatorResponse {
  const body = jsonObjectBody(request, deps);
  if ("response" in body) return body.response;
  const collection = collectionOf(body.value.collectionId, deps);
  if ("response" in collection) return collection.response;
  const batch = validateBatch(body.value.sources);
  if (!batch.ok) return failure(deps.now(), 400, batch.error);
  const results = batch.value.map((item, index) => upsertItem(item, index, collection.value, deps));
  const summary = summarise(results);
  const status = summary.failed === 0 ? 201 : summary.failed < summary.total ? 207 : 400;
  return success(deps.now(), { results, summary }, status);
}

function upsertItem(item: unknown, index: number, collectionId: string, deps: HeppuRouteDeps): BatchItemResult {
  const rawId = (item as { externalId?: unknown } | null)?.externalId;
  const checked = validateSource(item);
  if (!checked.ok) {
    return { index, externalId: typeof rawId === "string" ? rawId : null, status: "failed", error: checked.error };
  }
  const rejection = deps.rejectionFor?.(checked.value.externalId) ?? deps.transientFailure?.();
  if (rejection !== undefined) return { index, externalId: checked.value.externalId, status: "failed", error: rejection };
  const { status, id } = deps.store.upsert(collectionId, checked.value);
  return { index, externalId: checked.value.externalId, documentId: id, status, message: MESSAGE[status], error: null };
}

function summarise(results: BatchItemResult[]) {
  const count = (status: BatchItemResult["status"]) => results.filter((r) => r.status === status).length;
  return {
    total: results.length,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    failed: count("failed"),
  };
}
