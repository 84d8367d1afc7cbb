import type { Logger } from "../../log.js";
import type { ChatbotApi } from "./api.js";
import type { Pauses } from "./pauses.js";
import type { Generation } from "./reads.js";

/** What publishing needs. */
export interface PublishContext {
  api: ChatbotApi;
  pauses: Pauses;
  log: Logger;
  /** How long one apply job is followed. */
  timeoutMs: number;
  /** Never to appear in a failure (the API key). */
  secrets: string[];
}

/** What one apply attempt came to: published, or a transient answer to retry (with a new run when stale). */
export type Step = { kind: "published"; generation: Generation } | { kind: "retry"; code: string; newRun: boolean };

/** DOC C-IDX: "Transient — retry the apply". */
export const TRANSIENT_APPLY_CODES: ReadonlySet<string> = new Set(["apply_conflict", "stale_plan", "stale_base", "lease_lost", "apply_in_progress"]);

/** A publish that retrying cannot fix; `message` is the whole reason. */
export class PublishError extends Error {
  override name = "PublishError";
}

/** DOC: `502 build_failed`, "the previous generation keeps serving" (the caller says which one). */
export function buildFailed(message: string | undefined): PublishError {
  return new PublishError(`the knowledge build failed (502 build_failed: ${message ?? "no reason given"})`);
}
