import type { Document } from "../documents/document.js";

/** Whether a record in the knowledge base is live or a tombstone (soft-deleted, restorable). */
export type RecordState = "live" | "tombstoned";

/** What the target already holds for one external id. */
export interface RemoteRecord {
  externalId: string;
  /** The target's own id for the record, when it has one. */
  remoteId?: string;
  /** The fingerprint kb-publish stored when it last wrote this record; absent when unknown. */
  fingerprint?: Fingerprint;
  updatedAt?: string;
  /** True when the record carries kb-publish's owner marker (or lives in its id namespace). */
  owned: boolean;
  /**
   * Ownership unknown: the target lost the state that says which records kb-publish owns (a
   * missing or corrupt state record), so `owned` is false but the record is not known to be
   * foreign either. A document with this id takes it over (an update; `unchanged` when a
   * `fingerprint` computed from the stored content matches); it is never deleted and never
   * counted as owned by the guards. Default false.
   */
  adoptable?: boolean;
  state: RecordState;
  title?: string;
  /** The stored content, for targets that can return it (used for diffs). */
  content?: string;
  /** True when the record changed outside kb-publish since kb-publish last wrote it. */
  drifted?: boolean;
  /** What kb-publish stored about the record's sources when it last wrote it (owned records only). */
  provenance?: Provenance;
  /**
   * The root-relative path of the file the record was published from, where the target stores
   * it (local store, Heppu metadata). Lets the plan keep the record of a file that could not be read.
   */
  sourcePath?: string;
}

/**
 * What a record was derived from, and at which commit, kept by the target beside the fingerprint
 * (marker metadata, state entry, store index). The incremental planner skips re-deriving a record
 * whose sources and derivation key still match; the rollback guard keeps an older commit from
 * overwriting a record a newer commit wrote. Targets store it as given and return it unchanged.
 */
export interface Provenance {
  /** sha256 (hex) of each source file that fed the record, by repository-relative POSIX path. */
  sources: Record<string, string>;
  /** Hash of every setting and site config that shapes derivation, plus the derivation code's version. */
  derivation: string;
  /** The commit the docs were read at; absent when the docs are not in a git repository. */
  commit?: CommitStamp;
  /** The file the record's own document came from; absent when it is the only key of `sources`. */
  page?: string;
  /** Keys of `sources` that were only included into pages (snippets), not pages themselves; absent when none. */
  includes?: string[];
  /** Ids of the other records derived from the same pages (a translation group published per language), sorted; absent when none. */
  siblings?: string[];
  /**
   * Translation-group keys of the pages that fed the record (`id:<base id>`, `key:<translationKey>`),
   * sorted, so a new page joining the group re-derives it; absent when no languages are in play.
   */
  groups?: string[];
}

/** A git commit as the rollback guard compares it. */
export interface CommitStamp {
  sha: string;
  /** Committer time, in seconds since the Unix epoch. */
  time: number;
}

/**
 * sha256 of the canonical payload (`hash`) plus a short digest per top-level payload field
 * (`parts`), so a plan can say *what* changed, not only *that* something changed.
 */
export interface Fingerprint {
  hash: string;
  parts: Record<string, string>;
}

/** What the run is about to plan, for targets that need it to read their snapshot. */
export interface SnapshotScope {
  /**
   * The external ids of the documents read this run. A target that stores long ids as a digest
   * (Totoy's `custom_metadata` values are short) reports such records under the full id found here.
   */
  externalIds: readonly string[];
}

/** A plan as `Target.checkPlan` sees it: what each operation does, and to which record. */
export interface PlanView {
  operations: readonly { kind: "create" | "update" | "unchanged" | "delete"; remote?: RemoteRecord }[];
  /** False when the plan's deletes will not run (deletions off, or withheld for this run). */
  deletesRun: boolean;
}

export interface Snapshot {
  records: RemoteRecord[];
  /** False when the listing stopped early; deletes are then withheld. */
  complete: boolean;
  /**
   * What a delete means on this target, added to the reasons of every planned delete, e.g. how
   * long the tombstone can be restored. Default none.
   */
  deleteNote?: string;
}

/** One document ready to send: the document, its exact payload and that payload's fingerprint. */
export interface Upsert {
  doc: Document;
  payload: Record<string, unknown>;
  fingerprint: Fingerprint;
  remote?: RemoteRecord;
  /** To be stored with the record and returned as `RemoteRecord.provenance`; absent when unknown. */
  provenance?: Provenance;
}

/** A record's new provenance, for `Target.recordProvenance`. */
export interface ProvenanceUpdate {
  record: RemoteRecord;
  provenance: Provenance;
}

export interface Problem {
  severity: "error" | "warning";
  message: string;
}

export type DeletionMode = "tombstone" | "hard";

/**
 * The outcome of one document in one write request. Failures are data, not exceptions. A failed
 * item may say whether it is transient (`retryable`); when it does not, the engine decides from
 * the error's words (see apply/retryable.ts). Transient failures are sent again, in later
 * batches, within the same run.
 */
export type ItemResult =
  | { externalId: string; status: "created" | "updated" | "unchanged" | "deleted" }
  | { externalId: string; status: "failed"; error: string; retryable?: boolean };

/** How many items and bytes one request may carry. */
export interface BatchLimits {
  maxItems: number;
  /** Serialized JSON bytes of the items; unlimited when absent. */
  maxBytes?: number;
}

export interface TargetCapabilities {
  /** The target keeps tombstones that can be restored. */
  softDelete: boolean;
  /** The target can return stored content, so a plan can diff against it. */
  returnsContent: boolean;
  /** The target stores translations of a page inside one record. */
  nativeTranslations: boolean;
  /**
   * The target's payload uses `Document.html` (built-HTML input kept as HTML). When false the
   * readers skip building it, which saves about a quarter of the memory on HTML sites.
   */
  takesHtml?: boolean;
  /**
   * The snapshot can name some records only from the run's own ids (`SnapshotScope`: ids stored
   * as digests). The engine then reads it once more, with the ids, after reading the docs; in
   * the first read such records must carry no provenance. Default false.
   */
  scopedSnapshot?: boolean;
}

/**
 * One knowledge base API behind a narrow interface. The engine plans with `payloadOf` and
 * `snapshot`, then applies through `upsertBatch` and `deleteBatch` in batches of `limits`.
 */
export interface Target {
  readonly name: string;
  readonly capabilities: TargetCapabilities;
  readonly limits: { upsert: BatchLimits; delete: BatchLimits; concurrency: number };
  /** The exact body fields sent for a document (pure). Its fingerprint is what the plan compares. */
  payloadOf(doc: Document): Record<string, unknown>;
  /**
   * Loads what `payloadOf` needs (a heavy renderer) before its first call, so runs that never
   * build a payload never load it. The engine calls it before it derives any page (and before a
   * baseline is read); a run that keeps every record unchanged never does. Optional.
   */
  prepare?(): Promise<void>;
  /**
   * Per-document problems found before sending (size limits, id format), pure. An `error`
   * makes the document unsendable: it fails and its remote copy is kept.
   */
  validate?(doc: Document, payload: Record<string, unknown>): Problem[];
  /** What the target holds now. `scope` is given by the engine; targets may ignore it. */
  snapshot(scope?: SnapshotScope): Promise<Snapshot>;
  /**
   * Fills in `content` of records whose snapshot left it out (to stay fast), for diffs of the
   * records a plan changes. Optional: targets whose snapshot carries content, or that cannot
   * return it, leave it out.
   */
  loadContent?(records: RemoteRecord[]): Promise<void>;
  /**
   * Whole-plan limits the target checks before anything is sent (e.g. Totoy's 1,500 sources per
   * knowledge base), pure. Each message is a plan error: nothing is written. Default: none.
   */
  checkPlan?(plan: PlanView): string[];
  upsertBatch(items: Upsert[]): Promise<ItemResult[]>;
  deleteBatch(records: RemoteRecord[], mode: DeletionMode): Promise<ItemResult[]>;
  /**
   * Stores the provenance of records the run left unchanged — their pages were derived again to
   * the same payload, but what they derive from is new to the target (a record written before
   * provenance existed, a renamed page) — without sending the pages again. Called once, after
   * the upserts and before `finish`, with owned records only. Optional: a target that keeps no
   * state record of its own leaves it out, and such records get their provenance the next time
   * they are written.
   */
  recordProvenance?(items: ProvenanceUpdate[]): Promise<void>;
  /**
   * Runs once after all writes (state records, waiting for processing, publishing); returns extra
   * diagnostics, or a FinishReport when the step itself can fail.
   */
  finish?(results: ItemResult[]): Promise<string[] | FinishReport>;
  /** Runs once when the run is over, whatever happened: releases what the target holds (a lock). */
  close?(): Promise<void>;
}

/** What `finish` reports: notes for the run's report and, when the closing step failed, why. */
export interface FinishReport {
  notes: string[];
  /**
   * Why the step failed (e.g. a publish that did not happen): the writes landed but are not in
   * effect. The run then ends with exit code 4. Default none.
   */
  failure?: string;
}
