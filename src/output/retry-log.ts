import type { RetryInfo } from "../http/index.js";
import { seconds } from "./progress.js";

/**
 * One log line per retry: what failed, which attempt comes next, and how long the wait is and
 * why (`Retry-After` from the server, or backoff). The reason is already redacted by the client.
 */
export function retryLine(info: RetryInfo): string {
  const why = info.retryAfter ? "Retry-After from the server" : "backoff";
  return `${info.reason}; attempt ${info.attempt + 1} of ${info.maxAttempts} in ${seconds(info.delayMs)} (${why})`;
}
