/** Per-document outcome of a run. A dry run reports the same shape with planned outcomes. */
export type ResultStatus = "created" | "updated" | "unchanged" | "deleted" | "failed" | "skipped";

export interface DocumentResult {
  externalId: string;
  status: ResultStatus;
  /** Why a document failed or was skipped; never contains secrets. */
  error?: string;
  sourcePath?: string;
  title?: string;
}

export type ResultCounts = Record<ResultStatus, number>;

export interface RunResult {
  results: DocumentResult[];
  counts: ResultCounts;
  /** Why the delete phase did not run, when it did not. */
  deletesSkipped?: string;
  /** Extra lines from the target (processing failures, drift overwritten, ...). */
  notes: string[];
  /** Why the target's closing step failed (e.g. nothing was published); also one of the notes. Exit code 4. */
  failure?: string;
}
