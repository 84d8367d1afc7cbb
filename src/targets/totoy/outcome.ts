import { ApiError } from "../../http/index.js";

/**
 * Whether a failed non-idempotent write may have been applied. Only a definite refusal — a 4xx
 * (a 429 is retried by the client until it is one) or a redirect that was not followed — proves
 * nothing happened; a 5xx, a reset, a timeout or a 200 that could not be read may hide a commit.
 */
export function mayHaveApplied(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.kind === "redirect") return false;
  return !(error.kind === "http" && error.status !== undefined && error.status >= 400 && error.status < 500);
}

/** A definite 4xx with this status. */
export function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.kind === "http" && error.status === status;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
