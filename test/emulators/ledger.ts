import type { FaultKind } from "./faults.js";

/** One request an emulator received, as tests see it. Times are milliseconds from the emulator's clock. */
export interface LedgerEntry {
  /** 1-based arrival order. */
  seq: number;
  /** When the request arrived (before its body was read). */
  at: number;
  method: string;
  /** Path without the query string, e.g. `/api/v1/kb/sources`. */
  path: string;
  /** Query parameters; the last value wins when a name repeats. */
  query: Record<string, string>;
  /** Request headers, lower-cased, with credentials replaced by `***`. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw text when it was not JSON; undefined when empty. */
  body: unknown;
  /** Status sent; null when the connection was reset before any status line. */
  status: number | null;
  /** The injected fault, when one fired for this request. */
  fault?: FaultKind;
  /** When the status line was sent (or the socket reset). */
  respondedAt?: number;
  /** For 429s: the instant the Retry-After sent with this response expires. */
  retryAfterUntil?: number;
}

const SECRET_HEADERS = new Set(["authorization", "x-api-key", "api-key", "cookie", "proxy-authorization"]);

/** Copies headers into a plain record, masking credentials so a ledger can be printed safely. */
export function redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[name.toLowerCase()] = SECRET_HEADERS.has(name.toLowerCase()) ? maskCredential(text) : text;
  }
  return out;
}

/** Keeps the auth scheme (`Bearer`) visible so tests can tell which header style a client used. */
function maskCredential(value: string): string {
  const scheme = /^(\w+)\s+\S/.exec(value)?.[1];
  return scheme ? `${scheme} ***` : "***";
}

/** True for methods that can change remote state. */
export function isWriteMethod(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

/** The entries that could have changed remote state ("a re-run sends zero writes"). */
export function writeRequests(ledger: readonly LedgerEntry[]): LedgerEntry[] {
  return ledger.filter((entry) => isWriteMethod(entry.method));
}

/** Options for {@link retryAfterViolations}. */
export interface RetryAfterCheckOptions {
  /**
   * Slack for timer granularity: Node timers may fire a millisecond or two early relative to
   * the wall clock, which is not a client bug. Default 10 ms.
   */
  toleranceMs?: number;
}

/**
 * Requests that arrived while an earlier 429's Retry-After was still running. Only requests that
 * arrived after that 429 was sent count: one already in flight could not have known about it.
 */
export function retryAfterViolations(
  ledger: readonly LedgerEntry[],
  options: RetryAfterCheckOptions = {},
): LedgerEntry[] {
  const tolerance = options.toleranceMs ?? 10;
  const limits = ledger.filter((e) => e.retryAfterUntil !== undefined && e.respondedAt !== undefined);
  return ledger.filter((entry) =>
    limits.some(
      (limit) =>
        limit.seq < entry.seq &&
        (limit.respondedAt as number) <= entry.at &&
        entry.at < (limit.retryAfterUntil as number) - tolerance,
    ),
  );
}
