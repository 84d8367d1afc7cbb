import type { SyncOutcome } from "../sync.js";

/**
 * The action's outputs, as strings, from a plan (dry run) or a result (sync). `failed` counts
 * documents that failed (or, planned, were rejected) and files that could not be read.
 */
export function outputsFor(outcome: SyncOutcome, planFile: string): Record<string, string> {
  const { plan, result } = outcome;
  const unreadable = plan.diagnostics.filter((d) => d.severity === "error").length;
  const counts = result
    ? {
        created: result.counts.created,
        updated: result.counts.updated,
        unchanged: result.counts.unchanged,
        deleted: result.counts.deleted,
        failed: result.counts.failed + unreadable,
      }
    : {
        created: plan.summary.create,
        updated: plan.summary.update,
        unchanged: plan.summary.unchanged,
        deleted: plan.summary.delete,
        failed: plan.rejected.length + unreadable,
      };
  return {
    created: String(counts.created),
    updated: String(counts.updated),
    unchanged: String(counts.unchanged),
    deleted: String(counts.deleted),
    failed: String(counts.failed),
    "has-changes": String(plan.summary.create + plan.summary.update + plan.summary.delete > 0),
    "has-deletes": String(plan.summary.delete > 0),
    "plan-file": planFile,
  };
}
