/**
 * Checks every write passes before its handler runs, and the Idempotency-Key replay around it.
 * Only handler outcomes below 500 are stored: what a request was refused for before it ran
 * (413, 415, a missing key, a 429) is never replayed. A fault injected after the handler ran
 * (5xx after commit, a reset mid-body) leaves the stored response for the retry to replay.
 */
import type { EmulatorRequest } from "./emulator-server.js";
import type { HumindDeps } from "./humind-context.js";
import { IDEMPOTENCY_KEY_MAX, requestFingerprint } from "./humind-idempotency.js";
import type { EmulatorResponse } from "./http-util.js";

/** DOC HM-CONV "≤ 5 MB"; read as 5,000,000 bytes (INF), the stricter of the two readings. */
export const BODY_MAX_BYTES = 5_000_000;
const JSON_BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

export function guardWrite(request: EmulatorRequest, deps: HumindDeps, run: () => EmulatorResponse): EmulatorResponse {
  const refused = refuse(request, deps);
  if (refused) return refused;
  const key = String(request.headers["idempotency-key"] ?? "").trim();
  const fingerprint = requestFingerprint(request.method, request.path, request.query, request.body);
  const found = deps.idempotency.lookup(key, fingerprint);
  if (found.kind === "replay") return found.response;
  if (found.kind === "conflict") {
    const message = "Idempotency-Key was already used with a different request; generate a new key";
    return deps.fail(409, "idempotency_conflict", message, { field: found.field, reason: "request differs from the original" });
  }
  if (request.body.invalidJson) return deps.fail(400, "invalid_json", "Request body is not valid JSON");
  const response = run();
  if (response.status < 500) deps.idempotency.remember(key, fingerprint, response);
  return response;
}

function refuse(request: EmulatorRequest, deps: HumindDeps): EmulatorResponse | undefined {
  const bytes = Buffer.byteLength(request.body.raw, "utf8");
  if (bytes > BODY_MAX_BYTES) {
    return deps.fail(413, "payload_too_large", `Request body is ${bytes} bytes, expected at most ${BODY_MAX_BYTES}`);
  }
  const contentType = String(request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (JSON_BODY_METHODS.has(request.method) && contentType !== "application/json") {
    return deps.fail(415, "unsupported_media_type", `Unsupported Content-Type "${contentType}": expected application/json`);
  }
  const key = request.headers["idempotency-key"];
  if (typeof key !== "string" || key.trim() === "") {
    return deps.fail(400, "idempotency_key_required", "Idempotency-Key header is required on writes");
  }
  if (key.trim().length > IDEMPOTENCY_KEY_MAX) {
    const message = `Idempotency-Key is ${key.trim().length} characters, expected at most ${IDEMPOTENCY_KEY_MAX}`;
    return deps.fail(400, "idempotency_key_too_long", message, { field: "Idempotency-Key", max: IDEMPOTENCY_KEY_MAX });
  }
  return undefined;
}
