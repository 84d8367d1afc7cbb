import type { DeletionSetting } from "../config/settings.js";
import type { Plan } from "../plan/types.js";
import type { ItemResult } from "../targets/target.js";
import type { DocumentResult, ResultCounts, ResultStatus } from "./types.js";

const STATUSES: ResultStatus[] = ["created", "updated", "unchanged", "deleted", "failed", "skipped"];

/** How many results have each status; every status is present, zero when unused. */
export function countResults(results: readonly DocumentResult[]): ResultCounts {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as ResultCounts;
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** A target's item result as a document result, with where the document came from. */
export function fromItemResult(item: ItemResult, doc?: { sourcePath?: string; title?: string }): DocumentResult {
  const result: DocumentResult = { externalId: item.externalId, status: item.status };
  if (item.status === "failed") result.error = item.error;
  if (doc?.sourcePath !== undefined) result.sourcePath = doc.sourcePath;
  if (doc?.title !== undefined) result.title = doc.title;
  return result;
}

/** Documents the plan could not send count as failures, so they also hold back deletes. */
export function rejectedResults(plan: Plan): DocumentResult[] {
  return plan.rejected.map((r) => ({ externalId: r.externalId, status: "failed", error: r.message, sourcePath: r.sourcePath }));
}

export interface DeleteGate {
  deletions: DeletionSetting;
  /** From `plan.deletesWithheld`. */
  withheld: readonly string[];
  /** Documents that failed before the delete phase (rejected or failed upserts). */
  failed: number;
}

/**
 * Why the delete phase must not run, or undefined when it may. Deleting after any failure could
 * remove the only good copy of a document whose new version never arrived, so any failure stops it.
 */
export function deleteSkipReason(gate: DeleteGate): string | undefined {
  if (gate.deletions === "off") return 'deletions are "off"; deletes skipped';
  if (gate.withheld.length > 0) return `deletes withheld: ${gate.withheld.join("; ")}`;
  if (gate.failed > 0) {
    const noun = gate.failed === 1 ? "document" : "documents";
    return `${gate.failed} ${noun} failed; deletes skipped so nothing is lost`;
  }
  return undefined;
}
