import type { Diagnostic } from "../documents/document.js";
import type { RemoteRecord } from "../targets/target.js";
import type { RejectedDocument } from "./types.js";

/** Owned, live records that no document names: each one's file was removed. */
export function orphanedRecords(records: RemoteRecord[], claimed: Set<string>): RemoteRecord[] {
  return records.filter((record) => record.owned && record.state === "live" && !claimed.has(record.externalId));
}

export interface WithheldInput {
  diagnostics: Diagnostic[];
  rejected: RejectedDocument[];
  snapshotComplete: boolean;
  deletionsOff: boolean;
  /** Owned records with no source file (planned as deletes unless deletions are off). */
  orphans: number;
}

const NOTHING_LOST = "deletes are withheld so nothing is lost";

/**
 * Why deletes will not run this time. A file that could not be read, a rejected document or a
 * partial listing may each make a live page look removed, so none of them may lead to a delete.
 */
export function withheldReasons(input: WithheldInput): string[] {
  const reasons: string[] = [];
  if (input.deletionsOff && input.orphans > 0) {
    reasons.push(`deletions are off: ${plural(input.orphans, "owned record has", "owned records have")} no source file`);
  }
  const unreadable = new Set(input.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
  if (unreadable > 0) reasons.push(`${plural(unreadable, "file", "files")} could not be read; ${NOTHING_LOST}`);
  if (input.rejected.length > 0) {
    reasons.push(`${plural(input.rejected.length, "document was", "documents were")} rejected; ${NOTHING_LOST}`);
  }
  if (!input.snapshotComplete) reasons.push(`the knowledge base listing was incomplete; ${NOTHING_LOST}`);
  return reasons;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
