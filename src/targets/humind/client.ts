import { createHash, randomUUID } from "node:crypto";
import { canonicalJson } from "../../documents/hash.js";
import { ApiError, type HttpRequest, type HttpResponse } from "../../http/index.js";
import type { TargetContext } from "../context.js";
import type { HumindConfig } from "./config.js";
import { remoteHttpClient } from "../remote-client.js";

/** A write request: the method and path Humind needs, and the body when there is one. */
export interface HumindWrite {
  method: "POST" | "PUT" | "DELETE";
  path: string;
  query?: HttpRequest["query"];
  body?: unknown;
}

/** Humind's API as the target uses it: reads and writes each on their own rate-limit bucket. */
export interface HumindApi {
  read<T>(path: string, query?: HttpRequest["query"], accept?: number[]): Promise<HttpResponse<T>>;
  /** Sends a write with an `Idempotency-Key` that is stable for this request within this run. */
  write<T>(request: HumindWrite, accept?: number[]): Promise<HttpResponse<T>>;
}

/**
 * Two HTTP clients, because Humind counts reads (600/min) and writes (120/min) in independent
 * buckets and one client has one bucket. `runNonce` is fresh for every run, so every retry of one
 * request replays (same key, same body) while the next run's writes are new requests: keys live
 * 24 hours, and a later run that archives, restores and archives again must really do so.
 */
export function createHumindApi(config: HumindConfig, context: TargetContext, runNonce = randomUUID()): HumindApi {
  const reads = remoteHttpClient(config, context, { auth: "bearer", rateLimit: config.readRate });
  const writes = remoteHttpClient(config, context, { auth: "bearer", rateLimit: config.writeRate });
  return {
    read: <T>(path: string, query?: HttpRequest["query"], accept?: number[]) =>
      reads.request<T>({ method: "GET", path, query, accept }).catch(explained),
    write: <T>(request: HumindWrite, accept?: number[]) =>
      writes
        .request<T>({
          method: request.method,
          path: request.path,
          query: request.query,
          // Humind wants a JSON content type on every POST/PUT, bodyless ones included.
          body: request.body ?? (request.method === "DELETE" ? undefined : {}),
          headers: { "Idempotency-Key": idempotencyKey(runNonce, request) },
          accept,
        })
        .catch(explained),
  };
}

/** Adds what to do to the errors a user can fix (a bad key, a missing scope); the message is already redacted. */
function explained(error: unknown): never {
  if (error instanceof ApiError && error.kind === "http") {
    const hint = HINTS[error.status ?? 0];
    if (hint && !error.message.includes(hint)) error.message += ` — ${hint}`;
  }
  throw error;
}

const HINTS: Record<number, string> = {
  401: "Humind rejected the API key: check KB_PUBLISH_API_KEY (or --api-key), that it starts with hmd_live_ or hmd_test_ and is not revoked",
  403: "the API key lacks a scope: create a key with knowledge:read and knowledge:write (Settings → Developer → Credentials)",
};


/**
 * sha256(run nonce, method, path, query, canonical body) shaped like a UUID, the form every Humind
 * example uses (the maximum key length is not documented, so kb-publish stays at 36 characters).
 */
export function idempotencyKey(runNonce: string, request: HumindWrite): string {
  const text = [runNonce, request.method, request.path, canonicalJson(request.query ?? {}), canonicalJson(request.body ?? null)];
  const hex = createHash("sha256").update(text.join("\n")).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `/knowledge/api:<external id>`, the id percent-encoded as one path segment (ids may hold `/`, spaces, `#`). */
export function entryPath(externalId: string, suffix = ""): string {
  return `/knowledge/api:${encodeURIComponent(externalId)}${suffix}`;
}
