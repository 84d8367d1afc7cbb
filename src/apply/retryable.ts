import { ApiError } from "../http/index.js";
import type { ItemResult } from "../targets/target.js";

/** The failure of an item a target returned no result for; sending it again is safe. */
export const MISSING_RESULT = "no result returned for this document";

/**
 * Words and codes that mark a per-item failure as transient, in any target's words: "temporarily
 * unavailable", "please retry", "try again", timeouts, overload, rate limits, 5xx statuses
 * (`503`, `status 502`) and the socket errors that precede a response.
 */
const TRANSIENT =
  /temporar|unavailable|try again|please retry|retry later|timed? ?out|timeout|overload|busy|too many requests|rate.?limit|\b(?:429|5\d\d)\b|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up|unknown outcome/i;

/**
 * Whether a failed item is worth sending again within the run. The target-neutral rule: a
 * target that knows says so (`retryable` on the failed ItemResult); otherwise the error's words
 * decide (see TRANSIENT), and an item the target returned no result for is retried. Sending an
 * item again must be safe: it is where upserts are keyed by external id (local, Heppu, Humind,
 * Chatbot) and deleting a record already gone counts as done. A target that would write a
 * second copy marks such failures `retryable: false` (Totoy: a Source stored but not linked).
 */
export function isRetryable(item: ItemResult): boolean {
  if (item.status !== "failed") return false;
  if (item.retryable !== undefined) return item.retryable;
  return item.error === MISSING_RESULT || TRANSIENT.test(item.error);
}

/**
 * Whether a whole request that threw may succeed later: the HTTP client's verdict, and also an
 * unknown outcome (the request may or may not have been applied; an upsert by id or a delete
 * can be repeated). Undefined for errors that are not the HTTP client's: the words decide.
 */
export function retryableError(error: unknown): boolean | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.retryable || error.kind === "unknown-outcome" || error.kind === "timeout" || error.kind === "network";
}
