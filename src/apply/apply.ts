import type { DeletionSetting } from "../config/settings.js";
import type { Operation, Plan } from "../plan/types.js";
import { isBlocked } from "../plan/types.js";
import type { FinishReport, ItemResult, ProvenanceUpdate, Target, Upsert } from "../targets/target.js";
import { splitIntoBatches, upsertBytes } from "./batch.js";
import type { DeleteOp } from "./deletes.js";
import { deleteResults, sendDeletes, skippedDeletes } from "./deletes.js";
import { firstRoundOnly, retryNote, sendWithRetryRounds, type RetryRoundOptions } from "./retry-rounds.js";
import { MISSING_RESULT, errorMessage, runBatches } from "./run-batches.js";
import { countResults, deleteSkipReason, fromItemResult, rejectedResults } from "./results.js";
import type { DocumentResult, RunResult } from "./types.js";

export interface ApplyOptions {
  /** How to delete: tombstone (soft), hard, or not at all. */
  deletions: DeletionSetting;
  /** Called after each batch with the number of documents done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** How transient per-item failures are retried within the run (see retry-rounds.ts). Default: 4 rounds. */
  retry?: RetryRoundOptions;
}

/**
 * Executes a plan through a target: upserts in batches first, deletes last and only when nothing
 * failed. Per-document failures come back as results; only a blocked plan throws.
 */
export async function applyPlan(plan: Plan, target: Target, options: ApplyOptions): Promise<RunResult> {
  assertNotBlocked(plan);
  const upserts = upsertsOf(plan.operations);
  const deletes = plan.operations.filter((op): op is DeleteOp => op.kind === "delete");
  const progress = progressReporter(options.onProgress, upserts.length + deletes.length);

  const upserted = await sendUpserts(upserts, target, progress, options.retry);
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

function upsertsOf(operations: readonly Operation[]): Upsert[] {
  const items: Upsert[] = [];
  for (const op of operations) {
    if (op.kind !== "create" && op.kind !== "update") continue;
    const item: Upsert = { doc: op.doc, payload: op.payload, fingerprint: op.fingerprint };
    if (op.kind === "update") item.remote = op.remote;
    if (op.provenance !== undefined) item.provenance = op.provenance;
    items.push(item);
  }
  return items;
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

/** Every upsert in batches; those that fail transiently go again in later batches (see retry-rounds.ts). */
function sendUpserts(items: Upsert[], target: Target, progress: (n: number) => void, retry: RetryRoundOptions | undefined) {
  const send = (round: Upsert[], index: number) =>
    runBatches({
      batches: splitIntoBatches(round, target.limits.upsert, upsertBytes),
      concurrency: target.limits.concurrency,
      send: (batch) => target.upsertBatch(batch),
      idOf: (item) => item.doc.externalId,
      onBatchDone: firstRoundOnly(progress, index),
    });
  return sendWithRetryRounds(items, (item) => item.doc.externalId, send, retry);
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
