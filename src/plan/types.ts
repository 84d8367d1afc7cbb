import type { Diagnostic, Document } from "../documents/document.js";
import type { ExcludedFile } from "../documents/textless.js";
import type { CommitStamp, Fingerprint, Provenance, RemoteRecord } from "../targets/target.js";

/**
 * What reports and results need of a document that is not sent: an unchanged record kept by
 * the incremental planner was never parsed, so it has no content, only these.
 */
export type DocumentRef = Pick<Document, "externalId" | "title" | "sourcePath">;

/**
 * Where the spool keeps a page past the run's memory budget (see spool/spool.ts): its payload's
 * JSON (`payloadBytes` bytes, what a request carries) at `offset`, then its document's.
 */
export interface SpoolRef {
  offset: number;
  payloadBytes: number;
  docBytes: number;
  /** The document's content is the payload's `content`, written once. Default false. */
  shared?: true;
}

/**
 * What a create or update sends: the document and its payload in memory, or — past the run's
 * memory budget — only what reports show, with where the spool keeps the rest until apply
 * reads it back. `contentBytes`: UTF-8 bytes of the content sent, for the reports' size column.
 */
export type Sendable =
  | { doc: Document; payload: Record<string, unknown>; spooled?: undefined }
  | { doc: DocumentRef; spooled: SpoolRef; contentBytes: number; payload?: undefined };

/**
 * One planned change. A dry run and a real run build the same list. `provenance` is what the
 * record is derived from now (see `Provenance`): stored with a create or update (its `commit`
 * set by the rollback guard); on an unchanged record it is set only when it differs from what
 * the target holds, to be recorded without re-sending the page.
 */
export type Operation =
  | ({ kind: "create"; fingerprint: Fingerprint; reasons: string[]; provenance?: Provenance } & Sendable)
  | ({ kind: "update"; fingerprint: Fingerprint; remote: RemoteRecord; reasons: string[]; provenance?: Provenance } & Sendable)
  | { kind: "unchanged"; doc: DocumentRef; fingerprint: Fingerprint; remote: RemoteRecord; provenance?: Provenance }
  | { kind: "delete"; remote: RemoteRecord; reasons: string[] };

export type OperationKind = Operation["kind"];

export interface RejectedDocument {
  externalId: string;
  sourcePath: string;
  message: string;
}

/**
 * A published record the plan leaves as it is because the file it came from could not be read
 * (or lost its text): never deleted, never updated, whatever else the run does.
 */
export interface KeptRecord {
  externalId: string;
  title?: string;
  /** The root-relative path of the file that could not be read. */
  file: string;
  /** `unreadable: <file>:<line>: <problem>`. */
  reason: string;
}

/** An update, restore or delete the rollback guard left out: a newer commit wrote the record. */
export interface SkippedRecord {
  externalId: string;
  title?: string;
  sourcePath?: string;
  /** What the plan would have done. */
  action: "update" | "delete";
  /** Why it would have: `content changed`, `file removed`, ... */
  reasons: string[];
  /** The newer commit that wrote the record. */
  commit: CommitStamp;
  /** `newer version published from <sha>`. */
  reason: string;
}

/** A guard that looked at the plan. `tripped` guards stop every write unless overridden. */
export interface GuardVerdict {
  guard: "mass-delete" | "empty-source";
  tripped: boolean;
  overridden: boolean;
  message: string;
}

/** `--max-deletes`: an absolute count or a percentage of owned live records. */
export type MaxDeletes = { kind: "count"; value: number } | { kind: "percent"; value: number };

export interface PlanSummary {
  create: number;
  update: number;
  unchanged: number;
  delete: number;
}

export interface Plan {
  /** Upserts first (creates, updates, unchanged), then deletes; each group sorted by id. */
  operations: Operation[];
  summary: PlanSummary;
  /** Problems that stop the run before any write (duplicate ids, invalid ids). */
  errors: string[];
  /**
   * Documents that cannot be sent (target limits, id owned by someone else). Each counts as a
   * failed document; its remote copy is neither updated nor deleted.
   */
  rejected: RejectedDocument[];
  /** Per-file diagnostics from reading and from target validation. */
  diagnostics: Diagnostic[];
  guards: GuardVerdict[];
  /** Why deletes will not be applied in this run, when they will not (empty when they will). */
  deletesWithheld: string[];
  /** Published records kept because their file could not be read or lost its text. Default none. */
  kept?: KeptRecord[];
  /** Pages left out on purpose (draft, partial, no text, override…), sorted by file; reports list them. Default none. */
  excluded?: ExcludedFile[];
  /** Writes left out because a newer commit wrote the record (see plan/rollback.ts). Default none. */
  skipped?: SkippedRecord[];
}

/** True when the plan must not be applied at all. */
export function isBlocked(plan: Plan): boolean {
  return plan.errors.length > 0 || plan.guards.some((g) => g.tripped && !g.overridden);
}
