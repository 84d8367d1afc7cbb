import pLimit from "p-limit";
import { attemptOnce } from "./attempt.js";
import type { CompleteResponse, PreparedRequest } from "./attempt.js";
import type { Failure } from "./failures.js";
import type { HttpClient, HttpClientOptions, HttpRequest, HttpResponse, ResolvedOptions } from "./options.js";
import { resolveOptions } from "./options.js";
import { PauseGate, TokenBucket } from "./rate-limit.js";
import { redact, secretsFromHeaders } from "./redact.js";
import { backoffDelay } from "./retry.js";

export { ApiError, type ApiErrorKind } from "./errors.js";
export { redact } from "./redact.js";
export { buildUserAgent, type Runner } from "./user-agent.js";
export { parseVendorError, type ParseError, type VendorError } from "./envelope.js";
export type { HttpClient, HttpClientOptions, HttpRequest, HttpResponse, RetryInfo } from "./options.js";

/**
 * The one HTTP client every remote target uses: JSON in and out, per-attempt timeouts, retries with
 * capped full-jitter backoff, `Retry-After` that pauses the whole client, a client-side token bucket,
 * a concurrency cap, no redirects, and errors that never contain credentials.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const opts = resolveOptions(options);
  const secrets = [...opts.secrets, ...secretsFromHeaders(opts.headers)];
  const gate = new PauseGate(opts.now, opts.sleep);
  const bucket = opts.rateLimit ? new TokenBucket(opts.rateLimit) : undefined;
  const limit = pLimit(opts.concurrency);
  const shared: Shared = { opts, secrets, gate, bucket };
  return {
    request: <T>(req: HttpRequest) => limit(() => send<T>(shared, prepare(shared, req))),
  };
}

interface Shared {
  opts: ResolvedOptions;
  secrets: string[];
  gate: PauseGate;
  bucket: TokenBucket | undefined;
}

async function send<T>(shared: Shared, req: PreparedRequest): Promise<HttpResponse<T>> {
  const { opts } = shared;
  for (let attempt = 1; ; attempt++) {
    await waitForTurn(shared);
    opts.onRequest?.({ method: req.method, url: redact(req.url, shared.secrets), attempt });
    const outcome = await attemptOnce(req);
    if (outcome.ok) return withAttempts<T>(outcome.response, attempt);
    const { failure } = outcome;
    // The server's pause binds the whole key, so honour it for the others even when this request stops.
    if (failure.retryAfterMs !== undefined) shared.gate.pauseFor(failure.retryAfterMs);
    if (!failure.retry || attempt > opts.maxRetries) throw giveUp(failure, attempt);
    await pauseBeforeRetry(shared, req, failure, attempt);
  }
}

/** Rate limit first, then the gate again: a Retry-After may have arrived while we waited for a token. */
async function waitForTurn({ opts, gate, bucket }: Shared): Promise<void> {
  await gate.wait();
  if (bucket) {
    const wait = bucket.reserve(opts.now());
    if (wait > 0) await opts.sleep(wait);
  }
  await gate.wait();
}

/** After a Retry-After the gate (already closed) does the waiting; otherwise only this request backs off. */
async function pauseBeforeRetry({ opts, secrets }: Shared, req: PreparedRequest, failure: Failure, attempt: number): Promise<void> {
  const retryAfter = failure.retryAfterMs !== undefined;
  const delay = failure.retryAfterMs ?? backoffDelay(attempt - 1, opts, opts.random);
  opts.onRetry?.({
    method: req.method,
    url: redact(req.url, secrets),
    attempt,
    maxAttempts: opts.maxRetries + 1,
    reason: redact(failure.error.message, secrets),
    delayMs: delay,
    retryAfter,
  });
  if (!retryAfter && delay > 0) await opts.sleep(delay);
}

function giveUp(failure: Failure, attempts: number) {
  const { error } = failure;
  error.attempts = attempts;
  if (attempts > 1) error.message += ` (after ${attempts} attempts)`;
  return error;
}

function withAttempts<T>(response: CompleteResponse, attempts: number): HttpResponse<T> {
  return { status: response.status, headers: response.headers, body: response.body as T, attempts };
}

function prepare({ opts, secrets }: Shared, req: HttpRequest): PreparedRequest {
  const headers: Record<string, string> = {
    accept: "application/json",
    ...opts.headers,
    ...req.headers,
    "user-agent": opts.userAgent,
  };
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return {
    method: req.method,
    path: req.path.split("?")[0] ?? req.path,
    url: joinUrl(opts.baseUrl, req.path, req.query),
    headers,
    body,
    idempotent: req.idempotent ?? true,
    accept: new Set(req.accept ?? []),
    secrets: [...secrets, ...secretsFromHeaders(req.headers ?? {})],
    parseError: opts.parseError,
    maxRetryAfterMs: opts.maxRetryAfterMs,
    timeoutMs: opts.timeoutMs,
    now: opts.now,
  };
}

/** `baseUrl` + `path` with exactly one slash between them, then the defined query parameters. */
export function joinUrl(baseUrl: string, path: string, query: HttpRequest["query"] = {}): string {
  const url = `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value));
  }
  const search = params.toString();
  if (!search) return url;
  return `${url}${url.includes("?") ? "&" : "?"}${search}`;
}
