import type { DocumentResult, ResultCounts, RunResult } from "../apply/types.js";
import type { Diagnostic } from "../documents/document.js";
import {
  isBlocked,
  type GuardVerdict,
  type KeptRecord,
  type Operation,
  type OperationKind,
  type Plan,
  type PlanSummary,
  type RejectedDocument,
  type SkippedRecord,
} from "../plan/types.js";
import { leftOutPages, type LeftOutPage } from "./left-out.js";

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const REPORT_JSON_VERSION = 1;

/** One operation without its content or payload: enough to review, small enough for a PR artefact. */
export interface OperationJson {
  kind: OperationKind;
  externalId: string;
  title?: string;
  sourcePath?: string;
  remoteId?: string;
  reasons: string[];
  /** Hash of the payload that will be sent (deletes: the stored hash, when known). */
  hash?: string;
  /** Hash the target holds now, for updates. */
  previousHash?: string;
}

export interface PlanJson {
  version: typeof REPORT_JSON_VERSION;
  blocked: boolean;
  summary: PlanSummary;
  operations: OperationJson[];
  errors: string[];
  rejected: RejectedDocument[];
  diagnostics: Diagnostic[];
  guards: GuardVerdict[];
  deletesWithheld: string[];
  /** Published records kept as they are because their file could not be read: never deleted or updated. */
  kept: KeptRecord[];
  /** Pages not published this run, each with its reason code (see LeftOutReason) and detail. */
  excluded: LeftOutPage[];
  /** Updates and deletes left out because a newer commit published the record (the rollback guard). */
  skipped: SkippedRecord[];
}

export interface ResultJson {
  version: typeof REPORT_JSON_VERSION;
  counts: ResultCounts;
  results: DocumentResult[];
  /** Null when the delete phase ran. */
  deletesSkipped: string | null;
  notes: string[];
}

export function planToJson(plan: Plan): PlanJson {
  return {
    version: REPORT_JSON_VERSION,
    blocked: isBlocked(plan),
    summary: { ...plan.summary },
    operations: plan.operations.map(operationToJson),
    errors: [...plan.errors],
    rejected: plan.rejected.map((r) => ({ ...r })),
    diagnostics: plan.diagnostics.map((d) => withoutUndefined({ ...d })),
    guards: plan.guards.map((g) => ({ ...g })),
    deletesWithheld: [...plan.deletesWithheld],
    kept: (plan.kept ?? []).map((k) => withoutUndefined({ ...k })),
    excluded: leftOutPages(plan),
    skipped: (plan.skipped ?? []).map((s) => withoutUndefined({ ...s, reasons: [...s.reasons], commit: { ...s.commit } })),
  };
}

export function resultToJson(result: RunResult): ResultJson {
  return {
    version: REPORT_JSON_VERSION,
    counts: { ...result.counts },
    results: result.results.map((r) => withoutUndefined({ ...r })),
    deletesSkipped: result.deletesSkipped ?? null,
    notes: [...result.notes],
  };
}

function operationToJson(op: Operation): OperationJson {
  if (op.kind === "delete") {
    const { externalId, title, remoteId, fingerprint } = op.remote;
    return withoutUndefined({ kind: op.kind, externalId, title, remoteId, reasons: [...op.reasons], hash: fingerprint?.hash });
  }
  const { externalId, title, sourcePath } = op.doc;
  const remote = op.kind === "create" ? undefined : op.remote;
  return withoutUndefined({
    kind: op.kind,
    externalId,
    title,
    sourcePath,
    remoteId: remote?.remoteId,
    reasons: op.kind === "unchanged" ? [] : [...op.reasons],
    hash: op.fingerprint.hash,
    previousHash: op.kind === "update" ? op.remote.fingerprint?.hash : undefined,
  });
}

/** Drops undefined members so the object equals its own JSON round trip. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
