import type { DeletionSetting } from "../config/settings.js";
import type { Plan } from "../plan/types.js";
import type { ItemResult } from "../targets/target.js";
import { deleteResults, skippedDeletes } from "./deletes.js";
import type { DeleteOp } from "./deletes.js";
import { countResults, deleteSkipReason, fromItemResult, rejectedResults } from "./results.js";
import type { DocumentResult, RunResult } from "./types.js";

const PLANNED = { create: "created", update: "updated", unchanged: "unchanged" } as const;

/**
 * What a real run of this plan would report if every write succeeded: the same shape as
 * `applyPlan`, so reports render a dry run and a real run alike. `deletions` defaults to `tombstone`.
 */
export function planToDryRunResult(plan: Plan, deletions: DeletionSetting = "tombstone"): RunResult {
  const results: DocumentResult[] = [];
  for (const op of plan.operations) {
    if (op.kind === "delete") continue;
    results.push(fromItemResult({ externalId: op.doc.externalId, status: PLANNED[op.kind] }, op.doc));
  }
  results.push(...rejectedResults(plan));

  const deletes = plan.operations.filter((op): op is DeleteOp => op.kind === "delete");
  const gate = { deletions, withheld: plan.deletesWithheld, failed: plan.rejected.length };
  const deletesSkipped = deletes.length > 0 ? deleteSkipReason(gate) : undefined;
  if (deletesSkipped === undefined) {
    const wouldDelete: ItemResult[] = deletes
      .filter((op) => op.remote.owned)
      .map((op) => ({ externalId: op.remote.externalId, status: "deleted" }));
    results.push(...deleteResults(deletes, wouldDelete));
  } else {
    results.push(...skippedDeletes(deletes, deletesSkipped));
  }

  const result: RunResult = { results, counts: countResults(results), notes: [] };
  if (deletesSkipped !== undefined) result.deletesSkipped = deletesSkipped;
  return result;
}
