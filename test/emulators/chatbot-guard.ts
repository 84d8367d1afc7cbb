/**
 * Checks every write passes before its handler runs, and the Idempotency-Key around it (DOC
 * C-IDX: optional; same key + same payload → the original result replayed; a different payload →
 * 409 `idempotency_conflict`; still running → 409 `idempotency_in_progress`; kept 24 h). Handler
 * outcomes below 500 are stored, 409s included, so a client that retries a refused apply with the
 * same key gets the same refusal. Each write takes `writeDelayMs` while its key is in progress.
 */
import type { EmulatorRequest } from "./emulator-server.js";
import { fail } from "./chatbot-envelope.js";
import { requestFingerprint, type IdempotencyStore } from "./humind-idempotency.js";
import { sleep, type EmulatorResponse } from "./http-util.js";

export interface GuardDeps {
  idempotency: IdempotencyStore;
  /** Keys whose first request is still being handled. */
  inProgress: Set<string>;
  /** How long each write is "processing" (and its key in progress). */
  writeDelayMs: () => number;
}

/** DOC: 1 MiB for single requests, 8 MiB for batch (413 `payload_too_large`). */
export const SINGLE_MAX_BYTES = 1024 * 1024;
export const BATCH_MAX_BYTES = 8 * 1024 * 1024;

export async function guardWrite(request: EmulatorRequest, deps: GuardDeps, maxBytes: number, run: () => EmulatorResponse): Promise<EmulatorResponse> {
  const refused = refuse(request, maxBytes);
  if (refused) return refused;
  const key = String(request.headers["idempotency-key"] ?? "").trim();
  if (key === "") return request.body.invalidJson ? invalidJson() : processed(deps, run);
  if (deps.inProgress.has(key)) return fail(409, "idempotency_in_progress", "A request with this Idempotency-Key is still running; retry later");
  const fingerprint = requestFingerprint(request.method, request.path, request.query, request.body);
  const found = deps.idempotency.lookup(key, fingerprint);
  if (found.kind === "replay") return found.response;
  if (found.kind === "conflict") return fail(409, "idempotency_conflict", `Idempotency-Key was already used with a different ${found.field}`);
  if (request.body.invalidJson) return invalidJson();
  deps.inProgress.add(key);
  try {
    const response = await processed(deps, run);
    if (response.status < 500) deps.idempotency.remember(key, fingerprint, response);
    return response;
  } finally {
    deps.inProgress.delete(key);
  }
}

async function processed(deps: GuardDeps, run: () => EmulatorResponse): Promise<EmulatorResponse> {
  await sleep(deps.writeDelayMs());
  return run();
}

function refuse(request: EmulatorRequest, maxBytes: number): EmulatorResponse | undefined {
  if (request.body.raw.length === 0) return undefined;
  const bytes = Buffer.byteLength(request.body.raw, "utf8");
  if (bytes > maxBytes) return fail(413, "payload_too_large", `Request body is ${bytes} bytes; at most ${maxBytes} are accepted`);
  const contentType = String(request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") return fail(415, "unsupported_media_type", `Content-Type "${contentType}" is not supported: expected application/json`);
  return undefined;
}

function invalidJson(): EmulatorResponse {
  return fail(400, "invalid_json", "Request body is not valid JSON");
}
