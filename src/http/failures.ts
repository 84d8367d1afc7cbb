import type { ResponseHead } from "./attempt.js";
import { ApiError, failureMessage, snippet } from "./errors.js";
import type { ApiErrorKind } from "./errors.js";
import type { ParseError } from "./envelope.js";
import { redact, redactValue } from "./redact.js";
import { parseRetryAfter, RETRY_AFTER_STATUSES, RETRYABLE_STATUSES } from "./retry.js";

/** What the failure classifiers need to know about the request. */
export interface FailureContext {
  method: string;
  /** Request path without the query string, as shown in messages. */
  path: string;
  idempotent: boolean;
  secrets: readonly string[];
  parseError: ParseError;
  maxRetryAfterMs: number;
  /** Per-attempt timeout, quoted in timeout messages. */
  timeoutMs: number;
  now: () => number;
}

/** A failed attempt: the error to throw if we stop here, and whether another attempt is safe. */
export interface Failure {
  error: ApiError;
  retry: boolean;
  /** Server-requested pause (from Retry-After) that applies to every request of the client, even if this one stops. */
  retryAfterMs?: number;
}

interface ErrorParts {
  kind: ApiErrorKind;
  retryable: boolean;
  detail: string;
  status?: number;
  code?: string;
  requestId?: string;
  body?: unknown;
}

/** Build an ApiError whose message and body are redacted with the request's secrets. */
export function makeError(ctx: FailureContext, parts: ErrorParts): ApiError {
  const message = failureMessage({ method: ctx.method, path: ctx.path, ...parts });
  return new ApiError({
    kind: parts.kind,
    message: redact(message, ctx.secrets),
    retryable: parts.retryable,
    status: parts.status,
    code: parts.code === undefined ? undefined : redact(parts.code, ctx.secrets),
    requestId: parts.requestId,
    body: redactValue(parts.body, ctx.secrets),
  });
}

/** A non-2xx, non-accepted status. Only 429 is retried for non-idempotent requests: it was not processed. */
export function httpFailure(ctx: FailureContext, res: ResponseHead, body: unknown): Failure {
  const vendor = safeParse(ctx, res.status, body);
  const transient = RETRYABLE_STATUSES.has(res.status);
  const retry = transient && (ctx.idempotent || res.status === 429);
  const fallback = typeof body === "string" && body.trim() ? snippet(body) : res.statusText || "no error message";
  const notRetried = transient && !retry ? " (not retried: the request is not idempotent and may have been applied)" : "";
  const error = makeError(ctx, {
    kind: "http",
    retryable: transient,
    status: res.status,
    code: vendor?.code,
    requestId: vendor?.requestId ?? res.headers.get("x-request-id") ?? undefined,
    detail: (vendor?.message ?? fallback) + notRetried,
    body,
  });
  const retryAfterMs = RETRY_AFTER_STATUSES.has(res.status)
    ? parseRetryAfter(res.headers.get("retry-after"), ctx.now(), ctx.maxRetryAfterMs)
    : undefined;
  return { error, retry, retryAfterMs };
}

function safeParse(ctx: FailureContext, status: number, body: unknown) {
  try {
    return ctx.parseError(status, body);
  } catch {
    return undefined; // a broken envelope parser must not hide the HTTP error itself
  }
}

/** Any 3xx: never followed, because fetch would forward the credentials to wherever it points. */
export function redirectFailure(ctx: FailureContext, res: ResponseHead): Failure {
  const location = res.headers.get("location");
  let host = "an unknown location";
  if (location) {
    try {
      host = new URL(location).host || host;
    } catch {
      host = "a relative location on the same host";
    }
  }
  const detail = `redirect to ${host} not followed: credentials are never forwarded; check the base URL`;
  return { error: makeError(ctx, { kind: "redirect", retryable: false, status: res.status, detail }), retry: false };
}

/** Connection errors that happen before any byte of the request is sent, so retrying is always safe. */
const NOT_SENT = new Set(["ECONNREFUSED", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);
/** Connection errors that will not fix themselves by retrying. */
const PERMANENT = new Set(["ENOTFOUND", "CERT_HAS_EXPIRED", "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_TLS_CERT_ALTNAME_INVALID"]);

/** Where the transport failed: `timedOut` when our timeout fired, `midBody` when headers had arrived. */
export interface TransportPhase {
  timedOut: boolean;
  midBody: boolean;
}

/** A thrown fetch/body error: timeout, refused, reset, or a body cut off half-way. */
export function transportFailure(ctx: FailureContext, error: unknown, phase: TransportPhase): Failure {
  const code = errorCode(error);
  if (code !== undefined && PERMANENT.has(code)) {
    return { error: makeError(ctx, { kind: "network", retryable: false, detail: describe(error) }), retry: false };
  }
  if (code !== undefined && NOT_SENT.has(code) && !phase.midBody) {
    return { error: makeError(ctx, { kind: "network", retryable: true, detail: describe(error) }), retry: true };
  }
  if (!phase.timedOut && code === undefined && !phase.midBody && !isFetchFailure(error)) {
    // Not a transport problem at all (e.g. an invalid header value): retrying cannot help.
    return { error: makeError(ctx, { kind: "network", retryable: false, detail: describe(error) }), retry: false };
  }
  return ambiguousFailure(ctx, error, phase);
}

/** The request may have reached the server: retry only when repeating it is harmless. */
function ambiguousFailure(ctx: FailureContext, error: unknown, phase: TransportPhase): Failure {
  const what = phase.timedOut ? `timeout: no complete response within ${ctx.timeoutMs} ms` : describe(error);
  const where = phase.midBody ? "the response body was cut off: " : "";
  if (ctx.idempotent && !phase.midBody) {
    const kind = phase.timedOut ? "timeout" : "network";
    return { error: makeError(ctx, { kind, retryable: true, detail: where + what }), retry: true };
  }
  const tail = ctx.idempotent
    ? ""
    : "; not retried because the request is not idempotent: check the remote state before re-running";
  const detail = `unknown outcome, ${where}${what}${tail}`;
  return { error: makeError(ctx, { kind: "unknown-outcome", retryable: true, detail }), retry: ctx.idempotent };
}

function isFetchFailure(error: unknown): boolean {
  return error instanceof TypeError && (error.message === "fetch failed" || error.message === "terminated");
}

/** The first string `code` along the cause chain (undici wraps the socket error in `cause`). */
function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const nested = (e as { errors?: unknown[] }).errors?.[0];
    e = (e as { cause?: unknown }).cause ?? nested;
  }
  return undefined;
}

/** "ECONNRESET: other side closed" from the innermost useful error. */
function describe(error: unknown): string {
  let e = error as { message?: string; cause?: unknown } | undefined;
  while (e && e.cause && typeof e.cause === "object") e = e.cause as typeof e;
  const message = e?.message ?? String(error);
  const code = errorCode(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
