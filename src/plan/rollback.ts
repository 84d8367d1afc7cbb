import type { CommitStamp, Provenance } from "../targets/target.js";
import type { Operation, SkippedRecord } from "./types.js";

export interface RollbackInput {
  operations: Operation[];
  /** The commit the docs were read at; undefined (no git): no guard, and nothing is stamped. */
  commit?: CommitStamp;
  /** `--allow-rollback`: write even over records a newer commit wrote. Default false. */
  allowRollback?: boolean;
}

export interface RollbackVerdict {
  /** The operations to apply: creates and updates carry `provenance.commit`, deletes stamp their tombstone. */
  operations: Operation[];
  /** Updates, restores and deletes left out because a newer commit wrote the record. */
  skipped: SkippedRecord[];
}

/**
 * The rollback guard. A run whose commit is older than the one that last wrote a record never
 * updates, restores or deletes it: re-running an old workflow, or two runs out of order, must
 * not roll newer docs back. Equal times, or no commit on either side, are no guard (a revert is
 * a new commit, so deliberate reverts still publish). Every write this run makes is stamped
 * with its commit. Pure.
 */
export function guardRollback(input: RollbackInput): RollbackVerdict {
  const { commit } = input;
  if (!commit) return { operations: input.operations, skipped: [] };
  const verdict: RollbackVerdict = { operations: [], skipped: [] };
  for (const op of input.operations) {
    const skipped = input.allowRollback === true ? undefined : rolledBack(op, commit);
    if (skipped) verdict.skipped.push(skipped);
    else verdict.operations.push(stamped(op, commit));
  }
  return verdict;
}

/** The skip for an update or delete of a record that a strictly newer commit wrote; undefined otherwise. */
function rolledBack(op: Operation, commit: CommitStamp): SkippedRecord | undefined {
  if (op.kind !== "update" && op.kind !== "delete") return undefined;
  const wrote = op.remote.provenance?.commit;
  return wrote && wrote.time > commit.time ? skippedRecord(op, wrote) : undefined;
}

/**
 * The provenance a write stores: what the plan already knows about the record's sources, plus
 * this run's commit. Until sources are filled in, a record carries `{ sources: {}, derivation: "" }`,
 * which never matches a real derivation key, so the incremental planner derives it in full.
 */
export function withCommit(provenance: Provenance | undefined, commit: CommitStamp): Provenance {
  return { ...(provenance ?? { sources: {}, derivation: "" }), commit };
}

function stamped(op: Operation, commit: CommitStamp): Operation {
  if (op.kind === "create" || op.kind === "update") return { ...op, provenance: withCommit(op.provenance, commit) };
  // A tombstone is a write too: a soft-deleting target stores it, so an older run cannot restore the page.
  if (op.kind === "delete") return { ...op, remote: { ...op.remote, provenance: withCommit(op.remote.provenance, commit) } };
  return op;
}

function skippedRecord(op: Extract<Operation, { kind: "update" | "delete" }>, newer: CommitStamp): SkippedRecord {
  const skipped: SkippedRecord = {
    externalId: op.remote.externalId,
    action: op.kind,
    reasons: op.reasons,
    commit: newer,
    reason: `newer version published from ${newer.sha.slice(0, 12)}`,
  };
  const title = op.kind === "update" ? op.doc.title : op.remote.title;
  if (title !== undefined) skipped.title = title;
  if (op.kind === "update") skipped.sourcePath = op.doc.sourcePath;
  return skipped;
}
