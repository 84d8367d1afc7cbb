import type { SourceStatus } from "./heppu-validate.js";

/** The fields of a stored source that background processing touches. Times in ms. */
export interface ProcessingFields {
  externalId: string;
  content: string;
  status: SourceStatus;
  chunkCount: number;
  fileSize: number;
  error: string | null;
  updatedAt: number;
  /** When the current status was entered. */
  stepStartedAt: number;
}

export interface ProcessingContext {
  now: number;
  /** Time spent in each of `pending` and `processing`. */
  stepMs: number;
  /** The error a test asked this id to fail with, if any. */
  failureFor: (externalId: string) => string | undefined;
}

/** Roughly one chunk per 1,000 characters, at least one: enough for clients to see a plausible count. */
export function chunkCountOf(content: string): number {
  return Math.max(1, Math.ceil(content.length / 1000));
}

/** Puts a new or changed source back at the start of the pipeline. */
export function queueForProcessing(source: ProcessingFields, now: number): void {
  source.status = "pending";
  source.error = null;
  source.chunkCount = 0;
  source.stepStartedAt = now;
  source.updatedAt = now;
}

/**
 * Advances `pending → processing → completed | failed` by as many steps as time allows.
 * Evaluated lazily whenever state is observed, which is indistinguishable from a background
 * timer for clients and leaves no timers behind when the emulator closes.
 */
export function advanceProcessing(source: ProcessingFields, context: ProcessingContext): void {
  while (isActive(source.status) && context.now - source.stepStartedAt >= context.stepMs) {
    const at = source.stepStartedAt + context.stepMs;
    if (source.status === "pending") source.status = "processing";
    else finish(source, context.failureFor(source.externalId));
    source.stepStartedAt = at;
    source.updatedAt = at;
  }
}

function isActive(status: SourceStatus): boolean {
  return status === "pending" || status === "processing";
}

function finish(source: ProcessingFields, failure: string | undefined): void {
  if (failure !== undefined) {
    source.status = "failed";
    source.error = failure;
    return;
  }
  source.status = "completed";
  source.chunkCount = chunkCountOf(source.content);
  source.fileSize = Buffer.byteLength(source.content, "utf8");
}
