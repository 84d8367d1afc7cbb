import type { StoredLink, StoredSource } from "./totoy-model.js";

export interface IndexingContext {
  now: number;
  /** Time a link spends `in_progress`. */
  delayMs: number;
  fails: (source: StoredSource) => boolean;
}

/**
 * `in_progress → completed | failed` once `delayMs` has passed since the link was made or its
 * Source changed (INF: the contract gives no timing). Evaluated lazily whenever a link is
 * observed: indistinguishable from a background job, and no timers outlive the emulator.
 */
export function advanceIndexing(link: StoredLink, source: StoredSource, context: IndexingContext): void {
  if (link.status !== "in_progress" || context.now - link.since < context.delayMs) return;
  link.status = context.fails(source) ? "failed" : "completed";
}
