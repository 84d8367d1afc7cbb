import type { DeletionSetting } from "../config/settings.js";
import type { Plan } from "../plan/types.js";
import { isBlocked } from "../plan/types.js";
import type { FinishReport, ItemResult, ProvenanceUpdate, Target } from "../targets/target.js";
import type { DeleteOp } from "./deletes.js";
import { deleteResults, sendDeletes, skippedDeletes } from "./deletes.js";
import { retryNote, type RetryRoundOptions } from "./retry-rounds.js";
import { MISSING_RESULT, errorMessage } from "./run-batches.js";
import { countResults, deleteSkipReason, fromItemResult, rejectedResults } from "./results.js";
import type { DocumentResult, RunResult } from "./types.js";
import { sendUpserts, upsertOps, type SpoolReader } from "./upserts.js";

export interface ApplyOptions {
  /** How to delete: tombstone (soft), hard, or not at all. */
  deletions: DeletionSetting;
  /** Called after each batch with the number of documents done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** How transient per-item failures are retried within the run (see retry-rounds.ts). Default: 4 rounds. */
  retry?: RetryRoundOptions;
  /** Where the plan's spooled pages are (see spool/spool.ts); required when the plan spooled any. Default none. */
  spool?: SpoolReader;
}

/**
 * Executes a plan through a target: upserts in batches first, deletes last and only when nothing
 * failed. Per-document failures come back as results; only a blocked plan throws.
 */
export async function applyPlan(plan: Plan, target: Target, options: ApplyOptions): Promise<RunResult> {
  assertNotBlocked(plan);
  const upserts = upsertOps(plan.operations);
  const deletes = plan.operations.filter((op): op is DeleteOp => op.kind === "delete");
  const progress = progressReporter(options.onProgress, upserts.length + deletes.length);

  const upserted = await sendUpserts(upserts, target, { progress, retry: options.retry, spool: options.spool });
  const upsertResults = new Map(upserted.results.map((r) => [r.externalId, r]));
  const results = [...nonDeleteResults(plan, upsertResults), ...rejectedResults(plan)];
  const failed = results.filter((r) => r.status === "failed").length;
  const gate = { deletions: options.deletions, withheld: plan.deletesWithheld, failed };
  const deletesSkipped = deletes.length > 0 ? deleteSkipReason(gate) : undefined;

  let deleted: ItemResult[] = [];
  const retryNotes = retryNote("upserts", upserted.stats);
  if (deletesSkipped === undefined) {
    const mode = options.deletions === "hard" ? "hard" : "tombstone";
    const sent = await sendDeletes(deletes, target, { mode, progress, retry: options.retry });
    deleted = sent.results;
    retryNotes.push(...retryNote("deletes", sent.stats));
    results.push(...deleteResults(deletes, deleted));
  } else {
    results.push(...skippedDeletes(deletes, deletesSkipped));
    progress(deletes.length);
  }

  const recorded = await recordNotes(plan, target);
  const finished = await finishNotes(target, [...upsertResults.values(), ...deleted]);
  const result: RunResult = { results, counts: countResults(results), notes: [...retryNotes, ...recorded, ...finished.notes] };
  if (finished.failure !== undefined) result.failure = finished.failure;
  if (deletesSkipped !== undefined) result.deletesSkipped = deletesSkipped;
  return result;
}

function assertNotBlocked(plan: Plan): void {
  if (!isBlocked(plan)) return;
  const tripped = plan.guards.filter((g) => g.tripped && !g.overridden).map((g) => g.guard);
  throw new Error(
    `applyPlan refused a blocked plan (${plan.errors.length} errors, tripped guards: ${tripped.join(", ") || "none"}); ` +
      "expected the caller to check isBlocked(plan) before applying",
  );
}

/** Provenance of unchanged records that the target did not hold yet, recorded without re-sending them. */
async function recordNotes(plan: Plan, target: Target): Promise<string[]> {
  if (!target.recordProvenance) return [];
  const updates: ProvenanceUpdate[] = [];
  for (const op of plan.operations) {
    if (op.kind === "unchanged" && op.provenance && op.remote.owned) updates.push({ record: op.remote, provenance: op.provenance });
  }
  if (updates.length === 0) return [];
  try {
    await target.recordProvenance(updates);
    return [];
  } catch (error) {
    return [`target "${target.name}" could not record the provenance of ${updates.length} unchanged records (they are derived again next run): ${errorMessage(error)}`];
  }
}

/** Results of the create, update and unchanged operations, in plan order. */
function nonDeleteResults(plan: Plan, upserted: Map<string, ItemResult>): DocumentResult[] {
  const results: DocumentResult[] = [];
  for (const op of plan.operations) {
    if (op.kind === "delete") continue;
    const id = op.doc.externalId;
    const item: ItemResult =
      op.kind === "unchanged"
        ? { externalId: id, status: "unchanged" }
        : (upserted.get(id) ?? { externalId: id, status: "failed", error: MISSING_RESULT });
    results.push(fromItemResult(item, op.doc));
  }
  return results;
}

/** The target's closing step as a FinishReport; a failure is also a note, so every report shows it. */
async function finishNotes(target: Target, results: ItemResult[]): Promise<FinishReport> {
  if (!target.finish) return { notes: [] };
  try {
    const finished = await target.finish(results);
    if (Array.isArray(finished)) return { notes: finished };
    const { failure } = finished;
    const notes = failure === undefined || finished.notes.includes(failure) ? finished.notes : [...finished.notes, failure];
    return { ...finished, notes };
  } catch (error) {
    return { notes: [`target "${target.name}" finish step failed: ${errorMessage(error)}`] };
  }
}

/** Skipped deletes count as done, so a progress bar always reaches its total. */
function progressReporter(onProgress: ApplyOptions["onProgress"], total: number) {
  let done = 0;
  const report = (n: number) => {
    if (n <= 0) return;
    done += n;
    onProgress?.(done, total);
  };
  return report;
}
