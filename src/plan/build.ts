import type { Diagnostic, Document } from "../documents/document.js";
import type { ExcludedFile } from "../documents/textless.js";
import type { CommitStamp, Provenance, Snapshot } from "../targets/target.js";
import { orphanedRecords, withheldReasons } from "./deletes.js";
import type { CleanRecord } from "./fast-path.js";
import { evaluateGuards } from "./guards.js";
import { checkIdentity } from "./identity.js";
import { settleFileFates } from "./kept.js";
import { guardRollback } from "./rollback.js";
import { indexRecords, ownedLive } from "./remote-index.js";
import type { MaxDeletes, Operation, OperationKind, Plan, PlanSummary } from "./types.js";
import { planUpserts, type PlanTarget, type PreparedPayload } from "./upserts.js";

export { parseMaxDeletes } from "./max-deletes.js";

export interface PlanOptions {
  /** Undefined: the default rule (refuse more than 10% of owned records and more than 5). */
  maxDeletes?: MaxDeletes;
  /** Overrides the mass-delete and empty-source guards. */
  allowMassDelete: boolean;
  /** `off` plans no deletes at all. */
  deletions: "tombstone" | "hard" | "off";
  /** The id prefix, to tell which record an unreadable file published (see plan/kept.ts). Default empty. */
  idPrefix?: string;
  /** Write even over records a newer commit wrote (see plan/rollback.ts). Default false. */
  allowRollback?: boolean;
}

export interface PlanInput {
  /** Desired state, already derived from the source files. */
  documents: Document[];
  /** From loading; severity `error` marks a file that produced no document. */
  diagnostics: Diagnostic[];
  /** Files left out on purpose (drafts, pages without text), from loading. Default none. */
  excluded?: ExcludedFile[];
  /** What the target holds. */
  snapshot: Snapshot;
  target: PlanTarget;
  options: PlanOptions;
  /** Records the incremental planner kept without deriving their pages (see fast-path.ts): planned unchanged. Default none. */
  unchanged?: readonly CleanRecord[];
  /** What each document is derived from, by its source path (commit aside). Default none: no provenance is stored. */
  provenance?: ReadonlyMap<string, Provenance>;
  /** The commit the docs were read at; stored with every write and guarding against rollback. Default none. */
  commit?: CommitStamp;
  /**
   * Payloads and fingerprints already built, by source path, for documents that are final as
   * derived (no translation step reshapes them). Default none: built here.
   */
  prepared?: ReadonlyMap<string, PreparedPayload>;
}

/**
 * Compares the desired documents with the target's snapshot. Pure and synchronous: a dry run
 * and a real run build the same Plan from the same input.
 */
export function buildPlan(input: PlanInput): Plan {
  const { documents, snapshot, options } = input;
  const identity = checkIdentity(documents);
  const provenanceOf = provenanceLookup(input);
  const preparedOf = input.prepared && ((doc: Document) => input.prepared!.get(doc.sourcePath));
  const upserts = planUpserts(identity.plannable, indexRecords(snapshot.records), { target: input.target, provenanceOf, preparedOf });
  const unchanged = input.unchanged ?? [];
  const keptUnchanged = unchanged.map(({ doc, record }): Operation => ({ kind: "unchanged", doc, fingerprint: record.fingerprint!, remote: record }));
  const claimed = new Set([...identity.claimed, ...unchanged.map(({ doc }) => doc.externalId)]);
  const orphans = orphanedRecords(snapshot.records, claimed);
  const fates = settleFileFates({ operations: upserts.operations, orphans, diagnostics: input.diagnostics, excluded: input.excluded ?? [], idPrefix: options.idPrefix ?? "" });
  const diagnostics = [...input.diagnostics, ...fates.diagnostics];
  const rollback = guardRollback({
    operations: [...fates.operations, ...keptUnchanged, ...(options.deletions === "off" ? [] : withNote(fates.deletes, snapshot.deleteNote))],
    commit: input.commit,
    allowRollback: options.allowRollback,
  });
  const deletions = rollback.operations.filter((op) => op.kind === "delete");
  const operations = orderOperations(rollback.operations);
  const guards = evaluateGuards({
    deletes: deletions.length,
    ownedLive: ownedLive(snapshot.records).length,
    documents: documents.length + unchanged.length,
    rejected: upserts.rejected.length,
    maxDeletes: options.maxDeletes,
    allowMassDelete: options.allowMassDelete,
  });
  const deletesWithheld = withheldReasons({
    diagnostics,
    rejected: upserts.rejected,
    snapshotComplete: snapshot.complete,
    deletionsOff: options.deletions === "off",
    orphans: fates.deletes.length,
  });
  const deletesRun = deletions.length > 0 && deletesWithheld.length === 0;
  const limits = input.target.checkPlan?.({ operations, deletesRun }) ?? [];
  return {
    operations,
    summary: summarize(operations),
    errors: [...identity.errors, ...limits],
    rejected: upserts.rejected,
    diagnostics: [...diagnostics, ...upserts.diagnostics],
    guards,
    deletesWithheld,
    kept: fates.kept,
    excluded: [...(input.excluded ?? [])],
    skipped: rollback.skipped,
  };
}

/** A document's provenance as derived (the rollback guard stamps the run's commit on writes). */
function provenanceLookup(input: PlanInput): ((doc: Document) => Provenance | undefined) | undefined {
  const { provenance } = input;
  return provenance && ((doc) => provenance.get(doc.sourcePath));
}

const KIND_ORDER: OperationKind[] = ["create", "update", "unchanged", "delete"];

/** Creates, updates, unchanged, then deletes; each group by external id (code-unit order, locale-free). */
function orderOperations(operations: Operation[]): Operation[] {
  return [...operations].sort((a, b) => {
    const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
    return byKind !== 0 ? byKind : compare(sortKey(a), sortKey(b));
  });
}

function sortKey(operation: Operation): string {
  if (operation.kind === "delete") return `${operation.remote.externalId}\u0000${operation.remote.remoteId ?? ""}`;
  return operation.doc.externalId;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function summarize(operations: Operation[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, unchanged: 0, delete: 0 };
  for (const operation of operations) summary[operation.kind] += 1;
  return summary;
}

/** The target's `Snapshot.deleteNote` (e.g. when a tombstone will be purged) follows each delete's reason. */
function withNote(deletes: Operation[], note: string | undefined): Operation[] {
  if (note === undefined) return deletes;
  return deletes.map((op) => (op.kind === "delete" ? { ...op, reasons: [...op.reasons, note] } : op));
}
