/** What every Humind route handler receives, and the helpers they share. */
import type { EmulatorRequest } from "./emulator-server.js";
import type { HumindKey } from "./humind-auth.js";
import type { Fail } from "./humind-envelope.js";
import type { IdempotencyStore } from "./humind-idempotency.js";
import type { HumindStore, EntryRef } from "./humind-state.js";
import type { StoredEntry } from "./humind-model.js";
import type { Rejection } from "./humind-validate.js";
import type { EmulatorResponse } from "./http-util.js";
import type { TokenBuckets } from "./token-bucket.js";

/** Long-lived pieces of one emulator. */
export interface HumindDeps {
  store: HumindStore;
  keys: ReadonlyMap<string, HumindKey>;
  idempotency: IdempotencyStore;
  fail: Fail;
  now: () => number;
  /** The message an upsert of this id must fail with, when a test asked for one (faults.rejectSource). */
  rejectionFor: (externalId: string) => string | undefined;
  /** Per-key buckets; undefined when rate limiting is off. */
  limits: { reads: TokenBuckets; writes: TokenBuckets } | undefined;
}

/** One request after routing: path parameters are still percent-encoded. */
export interface RouteContext {
  request: EmulatorRequest;
  deps: HumindDeps;
  params: { id?: string; lang?: string };
}

export type RouteHandler = (context: RouteContext) => EmulatorResponse;

export function rejectionResponse(fail: Fail, rejection: Rejection): EmulatorResponse {
  return fail(rejection.status, rejection.code, rejection.message, rejection.details);
}

/** DOC HM-CONV: `api:<external_id>` (percent-encoded) or a 24-hex humind_id; anything else is 404. */
export function parseEntryRef(segment: string): EntryRef | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  if (decoded.startsWith("api:") && decoded.length > 4) return { externalId: decoded.slice(4) };
  return /^[0-9a-f]{24}$/.test(decoded) ? { humindId: decoded } : undefined;
}

/** The entry named by `{id}`, or a 404 that never says whether another company has it. */
export function entryOf(context: RouteContext): { entry: StoredEntry } | { response: EmulatorResponse } {
  const ref = parseEntryRef(context.params.id ?? "");
  const entry = ref && context.deps.store.find(ref);
  if (entry) return { entry };
  return { response: context.deps.fail(404, "not_found", "Knowledge entry not found") };
}

/** The JSON object body, or a 400 `validation_failed`. */
export function objectBody(context: RouteContext): { body: Record<string, unknown> } | { response: EmulatorResponse } {
  const json = context.request.body.json;
  if (typeof json === "object" && json !== null && !Array.isArray(json)) return { body: json as Record<string, unknown> };
  const issues = [{ path: [], message: "Expected object", code: "invalid_type" }];
  return { response: context.deps.fail(400, "validation_failed", "Invalid knowledge payload.", { issues }) };
}
