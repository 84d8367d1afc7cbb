import type { Generation, RunInfo } from "./reads.js";

/** What tells whether kb-publish's staged changes are live. */
export interface PendingInput {
  /** kb-publish's staged items, with the time each was last written. */
  owned: { updatedAt?: string }[];
  generation: Generation | null;
  /**
   * The source's last run when the source reports one and it is not the run the active generation
   * was built from; `changeCounts` absent when it could not be read.
   */
  lastRun?: RunInfo;
}

/**
 * Why the staging set holds changes no generation serves yet, or undefined when it does not (pure).
 * A run that staged but never published (the run or apply failed, the runner died) leaves the
 * staging set equal to the docs, so its next plan is empty; this is how that run still publishes.
 * - no generation at all while kb-publish has staged items;
 * - an owned item written after the active generation was published (its `publishedAt`);
 * - the source's last run differs from the generation's run and recorded changes (this one also
 *   catches removals, which leave no item behind; only when the source reports its last run).
 * Every reason goes away once a run is applied, so a false alarm costs one publish, never a loop.
 */
export function unpublishedReason(input: PendingInput): string | undefined {
  const { owned, generation, lastRun } = input;
  if (generation === null) {
    return owned.length > 0 ? `${count(owned.length, "staged item")} but no published generation` : undefined;
  }
  const publishedAt = generation.publishedAt === undefined ? Number.NaN : Date.parse(generation.publishedAt);
  if (!Number.isNaN(publishedAt)) {
    const newer = owned.filter((item) => item.updatedAt !== undefined && Date.parse(item.updatedAt) > publishedAt).length;
    if (newer > 0) return `${count(newer, "staged item")} written after generation ${generation.id} was published`;
  }
  if (lastRun !== undefined && lastRun.id !== generation.runId && recordedChanges(lastRun)) {
    return `run ${lastRun.id} recorded changes that were never applied (generation ${generation.id} serves run ${generation.runId ?? "unknown"})`;
  }
  return undefined;
}

/** True unless the run's counts say every page was unchanged; unknown counts count as changes. */
function recordedChanges(run: RunInfo): boolean {
  if (run.changeCounts === undefined) return true;
  return Object.entries(run.changeCounts).some(([kind, n]) => kind !== "unchanged" && typeof n === "number" && n > 0);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
