import type { ResponseHeaders } from "./attempt.js";
import { parseVendorError } from "./envelope.js";
import type { ParseError } from "./envelope.js";
import type { RateLimit } from "./rate-limit.js";

/** Settings of one HTTP client (one per target and API key). */
export interface HttpClientOptions {
  /** e.g. `https://v2.heppu.ai/api/v1`; request paths are appended to it, never replace it. */
  baseUrl: string;
  /** Sent on every request (auth headers etc.). Credential-like values are redacted from errors automatically. */
  headers: Record<string, string>;
  /** Values that must never appear in any error message or error body; replaced by `***`. */
  secrets: string[];
  /** Sent as `User-Agent`; see `buildUserAgent`. */
  userAgent: string;
  /** Per attempt, covering connect, headers and the whole body. Default 30000. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 6 (so at most 7 attempts). */
  maxRetries?: number;
  /** Full-jitter backoff: `random() * min(maxBackoffMs, baseBackoffMs * 2^retry)`. Default 500. */
  baseBackoffMs?: number;
  /** Default 30000. */
  maxBackoffMs?: number;
  /** Longest `Retry-After` honoured; longer values are cut to this. Default 120000. */
  maxRetryAfterMs?: number;
  /** Client-side token bucket; every attempt (retries too) takes a token. Default: none. */
  rateLimit?: RateLimit;
  /** Requests in flight at once (a request holds its slot through its retries). Default 4. */
  concurrency?: number;
  /** Reads the vendor error envelope. Default `parseVendorError` (knows every supported vendor). */
  parseError?: ParseError;
  /** Clock in ms since epoch. Default `Date.now`. */
  now?: () => number;
  /** Used for backoff, Retry-After pauses and rate limiting (not for timeouts). Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Default `Math.random`. */
  random?: () => number;
  /** Called just before each attempt is sent; `url` is redacted. */
  onRequest?: (info: { method: string; url: string; attempt: number }) => void;
  /** Called before each retry, with why and how long it waits (see RetryInfo). Default: none. */
  onRetry?: (info: RetryInfo) => void;
}

/** One retry about to happen. Every text in it is redacted with the client's secrets. */
export interface RetryInfo {
  method: string;
  url: string;
  /** The attempt that failed (1 for the first), and the most there will be. */
  attempt: number;
  maxAttempts: number;
  /** The failed attempt's error message, e.g. `GET /documents failed: HTTP 503 …`. */
  reason: string;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** True when the wait is the server's `Retry-After` (it pauses the whole client), false for backoff. */
  retryAfter: boolean;
}

/** One API call. */
export interface HttpRequest {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Appended to `baseUrl`; the caller percent-encodes path segments. */
  path: string;
  /** Undefined values are left out. */
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON-encoded and sent with `Content-Type: application/json`. */
  body?: unknown;
  /** Extra headers for this request, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  /** Non-2xx statuses returned instead of thrown (e.g. `[400]` for Heppu's all-failed batch). Default none. */
  accept?: number[];
  /**
   * Safe to repeat after an ambiguous failure (5xx, reset, timeout, body cut off)? Default true.
   * When false those failures are not retried and surface as `unknown-outcome` (or `http` for 5xx);
   * 429 and connection-refused are still retried because the server never processed the request.
   */
  idempotent?: boolean;
}

/** A complete response: the body was read in full and parsed as JSON (`undefined` when empty). */
export interface HttpResponse<T = unknown> {
  status: number;
  headers: ResponseHeaders;
  /** Parsed JSON; for an accepted non-2xx status with a non-JSON body, the raw text. */
  body: T;
  /** Attempts made, 1 when the first one succeeded. */
  attempts: number;
}

/** What `createHttpClient` returns. */
export interface HttpClient {
  /** Resolves with the response, or rejects with an `ApiError`. */
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>;
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<Omit<HttpClientOptions, "rateLimit" | "onRequest" | "onRetry">> &
  Pick<HttpClientOptions, "rateLimit" | "onRequest" | "onRetry">;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Fill in defaults and check the numbers, so a typo fails at start-up rather than mid-sync. */
export function resolveOptions(options: HttpClientOptions): ResolvedOptions {
  const resolved = {
    timeoutMs: 30_000,
    maxRetries: 6,
    baseBackoffMs: 500,
    maxBackoffMs: 30_000,
    maxRetryAfterMs: 120_000,
    concurrency: 4,
    now: Date.now,
    sleep: realSleep,
    random: Math.random,
    parseError: parseVendorError,
    ...definedOnly(options),
  } as ResolvedOptions;
  for (const key of ["timeoutMs", "maxRetries", "baseBackoffMs", "maxBackoffMs", "maxRetryAfterMs", "concurrency"] as const) {
    const value = resolved[key];
    const least = key === "timeoutMs" || key === "concurrency" ? 1 : 0;
    if (!Number.isFinite(value) || value < least) {
      throw new Error(`HTTP client option ${key} is ${value}: expected a number >= ${least}`);
    }
  }
  return resolved;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
