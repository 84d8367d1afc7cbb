import type { Operation } from "../plan/types.js";
import type { SpooledPage } from "../spool/spool.js";
import type { Target, Upsert } from "../targets/target.js";
import { ITEM_OVERHEAD_BYTES, splitIntoBatches, upsertBytes } from "./batch.js";
import { firstRoundOnly, sendWithRetryRounds, type RetryRoundOptions } from "./retry-rounds.js";
import { runBatches } from "./run-batches.js";

/** A create or update as the plan holds it: its page in memory, or in the spool until its batch is sent. */
export type UpsertOp = Extract<Operation, { kind: "create" | "update" }>;

/** Reads a spooled page back (see spool/spool.ts). */
export interface SpoolReader {
  read(ref: NonNullable<UpsertOp["spooled"]>): SpooledPage;
}

export interface UpsertRun {
  progress: (n: number) => void;
  retry?: RetryRoundOptions;
  /** Where the plan's spooled pages are; required when any is. */
  spool?: SpoolReader;
}

export function upsertOps(operations: readonly Operation[]): UpsertOp[] {
  return operations.filter((op): op is UpsertOp => op.kind === "create" || op.kind === "update");
}

/**
 * Every upsert in batches; those that fail transiently go again in later batches (see
 * retry-rounds.ts). A spooled page is read back only for the batch that sends it, so at most
 * `concurrency` batches of pages are in memory at once, in every round.
 */
export function sendUpserts(ops: UpsertOp[], target: Target, run: UpsertRun) {
  const send = (round: UpsertOp[], index: number) =>
    runBatches({
      batches: splitIntoBatches(round, target.limits.upsert, opBytes),
      concurrency: target.limits.concurrency,
      send: (batch) => target.upsertBatch(batch.map((op) => upsertOf(op, run.spool))),
      idOf: (op) => op.doc.externalId,
      onBatchDone: firstRoundOnly(run.progress, index),
    });
  return sendWithRetryRounds(ops, (op) => op.doc.externalId, send, run.retry);
}

/** Estimated request bytes, as upsertBytes counts them: a spooled payload's JSON is as long as it was on disk. */
function opBytes(op: UpsertOp): number {
  return op.spooled ? op.spooled.payloadBytes + ITEM_OVERHEAD_BYTES : upsertBytes(op);
}

function upsertOf(op: UpsertOp, spool: SpoolReader | undefined): Upsert {
  const page = op.spooled ? readPage(op, spool) : { doc: op.doc, payload: op.payload };
  const item: Upsert = { ...page, fingerprint: op.fingerprint };
  if (op.kind === "update") item.remote = op.remote;
  if (op.provenance !== undefined) item.provenance = op.provenance;
  return item;
}

function readPage(op: UpsertOp, spool: SpoolReader | undefined): SpooledPage {
  if (!spool) throw new Error(`could not send ${JSON.stringify(op.doc.externalId)}: its page is spooled and applyPlan got no spool; expected the run's spool`);
  return spool.read(op.spooled!);
}
