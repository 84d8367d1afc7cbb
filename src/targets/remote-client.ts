import { createHttpClient, type HttpClient, type RateLimit } from "../http/index.js";
import type { TargetContext } from "./context.js";

/** Where a remote target's API is and how to reach it, from its checked config. */
export interface RemoteConnection {
  apiUrl: string;
  apiKey: string;
  /** Per-request timeout, from `--timeout`. */
  timeoutMs: number;
}

/** How one target's client differs from the others'. */
export interface RemoteClientOptions {
  /** The header that carries the key: `Authorization: Bearer …` or the vendor's own. */
  auth: "bearer" | { header: string };
  rateLimit: RateLimit;
  /** Requests on the wire at once. Default: the HTTP client's. */
  concurrency?: number;
}

/**
 * The HTTP client of a remote target: its key in the vendor's header and in the redaction list,
 * the run's user agent, `--timeout`, the target's rate, and whatever the context overrides
 * (tests inject clocks, retries and hooks).
 */
export function remoteHttpClient(connection: RemoteConnection, context: TargetContext, options: RemoteClientOptions): HttpClient {
  const header = options.auth === "bearer" ? { authorization: `Bearer ${connection.apiKey}` } : { [options.auth.header]: connection.apiKey };
  return createHttpClient({
    baseUrl: connection.apiUrl,
    headers: header,
    secrets: [connection.apiKey],
    userAgent: context.userAgent,
    rateLimit: options.rateLimit,
    timeoutMs: connection.timeoutMs,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    now: context.now,
    sleep: context.sleep,
    ...context.http,
  });
}
