import type { RunResult } from "../apply/types.js";
import type { Diagnostic } from "../documents/document.js";
import type { Operation, Plan } from "../plan/types.js";

/** `, 2 kept (unreadable), 1 skipped (newer commit)` for the summary line; empty when the plan holds nothing back. */
function heldSummary(plan: Plan): string {
  const kept = plan.kept?.length ?? 0;
  const skipped = plan.skipped?.length ?? 0;
  return `${kept > 0 ? `, ${kept} kept (unreadable)` : ""}${skipped > 0 ? `, ${skipped} skipped (newer commit)` : ""}`;
}

/** One row of the change table: creates, updates and deletes (unchanged rows are only counted). */
export interface ChangeRow {
  /** `kept`, `skipped`: a record left as it is on purpose (see report/held.ts); never a change. */
  action: "create" | "update" | "delete" | "kept" | "skipped";
  externalId: string;
  reason: string;
  title?: string;
  sourcePath?: string;
}

/** `Plan: 3 to create, 1 to update, 2 to delete, 12 unchanged.` (+ rejected when any). */
export function planSummaryLine(plan: Plan): string {
  const { create, update, unchanged } = plan.summary;
  const rejected = plan.rejected.length > 0 ? `, ${plan.rejected.length} rejected` : "";
  return `Plan: ${create} to create, ${update} to update, ${plan.summary.delete} to delete, ${unchanged} unchanged${rejected}${heldSummary(plan)}.`;
}

/** `Synced: 3 created, 1 updated, 0 deleted, 12 unchanged, 0 failed.` (+ skipped when any). */
export function resultSummaryLine(result: RunResult): string {
  const c = result.counts;
  const skipped = c.skipped > 0 ? `, ${c.skipped} skipped` : "";
  return `Synced: ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.failed} failed${skipped}.`;
}

export function changeRows(plan: Plan): ChangeRow[] {
  return plan.operations.flatMap(changeRow);
}

function changeRow(op: Operation): (ChangeRow & { action: "create" | "update" | "delete" })[] {
  if (op.kind === "unchanged") return [];
  if (op.kind === "delete") {
    const { externalId, title } = op.remote;
    return [{ action: "delete", externalId, title, reason: op.reasons.join(", ") }];
  }
  const { externalId, title, sourcePath } = op.doc;
  return [{ action: op.kind, externalId, title, sourcePath, reason: op.reasons.join(", ") }];
}

/** `docs/a.md:3` or `docs/a.md` when the line is unknown. */
export function locationOf(diagnostic: Diagnostic): string {
  return diagnostic.line === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Remote data (ids, titles, error bodies) may hold control characters; shown raw they could
 * rewrite a terminal or break a table, so they are shown as escapes instead.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
