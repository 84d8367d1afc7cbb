/**
 * How a request failed:
 * - `http`: the server answered with a non-2xx status that was not in `accept` (or an unusable 2xx body).
 * - `network`: the connection failed (refused, reset, DNS) and the request was safe to retry or never sent.
 * - `timeout`: no complete response within `timeoutMs` for an idempotent request.
 * - `redirect`: the server answered 3xx; redirects are never followed so credentials never leave the host.
 * - `unknown-outcome`: the request may or may not have been applied (reset or timeout after it was sent,
 *   or the body broke mid-way) and it was not retried, because it is not idempotent or retries ran out.
 */
export type ApiErrorKind = "http" | "network" | "timeout" | "redirect" | "unknown-outcome";

/** Everything an ApiError carries. The message must already be redacted. */
export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  retryable: boolean;
  status?: number;
  code?: string;
  requestId?: string;
  /** The (redacted) response body of an HTTP error, for callers that need vendor `details`. */
  body?: unknown;
}

/**
 * The one error type the HTTP client throws. Its message never contains request headers or secrets.
 * `retryable` says whether the failure is transient (the same request could succeed later),
 * not whether this client retried it: callers use it to tell "try again later" from "fix your input".
 */
export class ApiError extends Error {
  override name = "ApiError";
  kind: ApiErrorKind;
  retryable: boolean;
  status?: number;
  code?: string;
  requestId?: string;
  body?: unknown;
  /** How many attempts were made before giving up; set by the client. Default 1. */
  attempts = 1;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body;
  }
}

/** The parts of one failure message: `<METHOD> <path> failed: <reason>`. */
export interface FailureText {
  method: string;
  path: string;
  status?: number;
  code?: string;
  detail: string;
}

/**
 * Build the message `<METHOD> <path> failed: <status> <code>: <detail>`; status and code are
 * left out when unknown. The caller redacts the result.
 */
export function failureMessage(parts: FailureText): string {
  const head = [parts.status, parts.code].filter((x) => x !== undefined && x !== "").join(" ");
  const reason = head ? `${head}: ${parts.detail}` : parts.detail;
  return `${parts.method} ${parts.path} failed: ${reason}`;
}

/** Cut long server text so an HTML error page cannot flood a log or a PR comment. */
export function snippet(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
