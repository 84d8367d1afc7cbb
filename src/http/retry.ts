/** Statuses that mean "try again": rate limited, or a server/gateway failure that is usually transient. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Statuses whose `Retry-After` header is honoured (RFC 9110 defines it for 429 and 503). */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Backoff settings; see `HttpClientOptions` for defaults. */
export interface BackoffPolicy {
  baseBackoffMs: number;
  maxBackoffMs: number;
}

/**
 * Capped exponential backoff with full jitter: `random() * min(maxBackoffMs, base * 2^retry)`.
 * `retry` is 0 for the wait before the first retry. Full jitter spreads simultaneous clients apart.
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** retry);
  return Math.max(0, random() * ceiling);
}

/**
 * Parse a `Retry-After` value in either form and cap it:
 * delta-seconds ("120", fractions tolerated) or an HTTP-date, measured from `now` (ms since epoch).
 * A date in the past means 0. Returns undefined when the header is missing or unreadable,
 * so the caller falls back to ordinary backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number, capMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    ms = Number(trimmed) * 1000;
  } else {
    // V8's Date.parse accepts almost anything ("-3" is a year); an HTTP-date always names a month.
    const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(capMs, Math.max(0, Math.ceil(ms)));
}
