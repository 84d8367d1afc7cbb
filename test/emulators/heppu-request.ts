import type { IncomingHttpHeaders } from "node:http";
import type { EmulatorRequest } from "./emulator-server.js";
import { failure } from "./heppu-envelope.js";
import type { HeppuStore } from "./heppu-state.js";
import { isPlainObject } from "./heppu-validate.js";
import type { EmulatorResponse } from "./http-util.js";

/** What routes need besides the request. */
export interface HeppuRouteDeps {
  store: HeppuStore;
  apiKeys: ReadonlySet<string>;
  now: () => number;
  /** Per-item rejections a test asked for (see FaultController.rejectSource). Default none. */
  rejectionFor?: (externalId: string) => string | undefined;
  /** Transient per-item failures (see FaultController.transientItemFailure). Default none. */
  transientFailure?: () => string | undefined;
}

/** A checked value, or the response that explains why there is none. */
export type Outcome<T> = { value: T } | { response: EmulatorResponse };

/** DOC per-item messages (H-BATCH). */
export const UPSERT_MESSAGES = {
  queued: "Source queued for processing",
  updated: "Source updated and queued for reprocessing",
  unchanged: "Content unchanged, no processing required",
} as const;

/** DOC: `x-api-key: <key>` (preferred) or `Authorization: Bearer <key>`. The key never appears in a message. */
export function checkAuth(headers: IncomingHttpHeaders, deps: HeppuRouteDeps): EmulatorResponse | undefined {
  const header = headers["x-api-key"];
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "")?.[1];
  const key = (typeof header === "string" && header.trim() !== "" ? header.trim() : undefined) ?? bearer;
  if (key === undefined) {
    return failure(deps.now(), 401, "API key required: send x-api-key or Authorization: Bearer", "invalid_api_key");
  }
  if (!deps.apiKeys.has(key)) return failure(deps.now(), 401, "Invalid API key format", "invalid_api_key");
  return undefined;
}

/** The JSON object body of a write request, or a 400. */
export function jsonObjectBody(request: EmulatorRequest, deps: HeppuRouteDeps): Outcome<Record<string, unknown>> {
  if (request.body.invalidJson) return { response: failure(deps.now(), 400, "Validation error: request body is not valid JSON") };
  const json = request.body.json;
  if (!isPlainObject(json)) return { response: failure(deps.now(), 400, "Validation error: request body must be a JSON object") };
  return { value: json };
}

/** DOC: 400 when collectionId is missing, 404 when it is not one of the organisation's collections. */
export function collectionOf(raw: unknown, deps: HeppuRouteDeps): Outcome<string> {
  if (typeof raw !== "string" || raw === "") {
    return { response: failure(deps.now(), 400, "Validation error: collectionId is required") };
  }
  if (!deps.store.hasCollection(raw)) {
    return { response: failure(deps.now(), 404, `Collection ${raw} not found or does not belong to your organization`) };
  }
  return { value: raw };
}
