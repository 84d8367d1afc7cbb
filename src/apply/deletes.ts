import type { DeletionMode, ItemResult, RemoteRecord, Target } from "../targets/target.js";
import type { Operation } from "../plan/types.js";
import { deleteBytes, splitIntoBatches } from "./batch.js";
import { fromItemResult } from "./results.js";
import { firstRoundOnly, sendWithRetryRounds, type RetryRoundOptions, type RetryStats } from "./retry-rounds.js";
import { runBatches } from "./run-batches.js";
import type { DocumentResult } from "./types.js";

export type DeleteOp = Extract<Operation, { kind: "delete" }>;

export interface DeleteRun {
  mode: DeletionMode;
  /** Called with the number of delete operations just settled. */
  progress: (n: number) => void;
  /** How transient failures are retried within the run. Default: see retry-rounds.ts. */
  retry?: RetryRoundOptions;
}

/**
 * Sends the deletes in batches; those that fail transiently go again in later batches. Only
 * owned records are ever sent: the plan should hold no others, and this is the last line of
 * defence for content kb-publish did not create.
 */
export async function sendDeletes(ops: DeleteOp[], target: Target, run: DeleteRun): Promise<{ results: ItemResult[]; stats: RetryStats }> {
  const owned = ops.map((op) => op.remote).filter((remote) => remote.owned);
  run.progress(ops.length - owned.length);
  const send = (records: RemoteRecord[], round: number) =>
    runBatches({
      batches: splitIntoBatches(records, target.limits.delete, deleteBytes),
      concurrency: target.limits.concurrency,
      send: (batch) => target.deleteBatch(batch, run.mode),
      idOf: (record) => record.externalId,
      onBatchDone: firstRoundOnly(run.progress, round),
    });
  return sendWithRetryRounds(owned, (record) => record.externalId, send, run.retry);
}

/** One result per delete operation, in plan order; records never sent (not owned) are skipped. */
export function deleteResults(ops: DeleteOp[], sent: ItemResult[]): DocumentResult[] {
  const byId = new Map(sent.map((r) => [r.externalId, r]));
  return ops.map((op) => {
    const item = byId.get(op.remote.externalId);
    if (item) return fromItemResult(item, titleOf(op.remote));
    return skipped(op.remote, `record ${op.remote.externalId} is not owned by kb-publish; never deleted`);
  });
}

/** Every delete operation as skipped, with the reason the delete phase did not run. */
export function skippedDeletes(ops: DeleteOp[], reason: string): DocumentResult[] {
  return ops.map((op) => skipped(op.remote, reason));
}

function skipped(remote: RemoteRecord, reason: string): DocumentResult {
  return { externalId: remote.externalId, status: "skipped", error: reason, ...titleOf(remote) };
}

function titleOf(remote: RemoteRecord): { title?: string } {
  return remote.title === undefined ? {} : { title: remote.title };
}
