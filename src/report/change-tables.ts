import type { ResultStatus } from "../apply/types.js";
import { formatSizeDelta, type CommentRow } from "./comment-rows.js";
import { fencedBlock, unifiedDiff } from "./diff.js";
import { code, escapeText, tableRow } from "./markdown-format.js";
import { printable } from "./wording.js";

/** What a sync did to each document, by external id; absent for a plan. */
export type Statuses = ReadonlyMap<string, ResultStatus>;

export function deletionHead(statuses?: Statuses): string[] {
  const columns = [...(statuses ? ["Status"] : []), "Title", "ID", "Size"];
  return [tableRow(columns), tableRow([...(statuses ? ["---"] : []), "---", "---", "---:"])];
}

export function deletionLine(row: CommentRow, statuses?: Statuses): string {
  const status = statuses ? [statuses.get(row.externalId) ?? "not run"] : [];
  return tableRow([...status, escapeText(row.title ?? ""), code(row.externalId, { inTable: true }), formatSizeDelta(row.sizeDelta)]);
}

/** Every deleted id, one per line in a code block: compact, and each id still appears whole. */
export function idList(ids: string[]): string {
  return fencedBlock(ids.map(printable).join("\n"), "text");
}

/** Ids grouped under their folder (`folder/` then indented names): shorter still, for very long lists. */
export function groupedIdList(ids: string[]): string {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const slash = id.lastIndexOf("/");
    const folder = slash === -1 ? "" : id.slice(0, slash + 1);
    groups.set(folder, [...(groups.get(folder) ?? []), id.slice(folder.length)]);
  }
  const lines: string[] = [];
  for (const [folder, names] of groups) {
    if (folder === "" || names.length === 1) lines.push(...names.map((name) => printable(folder + name)));
    else lines.push(printable(folder), ...names.map((name) => `  ${printable(name)}`));
  }
  return fencedBlock(lines.join("\n"), "text");
}

export const CHANGE_HEAD = [tableRow(["Action", "Document", "ID", "What changed", "Size"]), tableRow(["---", "---", "---", "---", "---:"])];

/** One created or updated page; for a sync, the Action column says what happened (`created`, `failed`). */
export function changeLine(row: CommentRow, options: { fileUrl?: (sourcePath: string) => string; statuses?: Statuses }): string {
  const title = escapeText(row.title ?? row.externalId);
  const document = options.fileUrl && row.sourcePath ? `[${title}](${options.fileUrl(row.sourcePath)})` : title;
  const changed = row.changed.map(escapeText).join(", ");
  const action = options.statuses ? (options.statuses.get(row.externalId) ?? "not run") : row.action;
  return tableRow([action, document, code(row.externalId, { inTable: true }), changed, formatSizeDelta(row.sizeDelta)]);
}

/** A collapsed unified diff of one update's content; empty when the content did not change or is unknown. */
export function diffBlock(row: CommentRow): string {
  if (row.action !== "update" || row.before === undefined || row.after === undefined) return "";
  const diff = unifiedDiff(row.before, row.after, { name: row.sourcePath ?? row.externalId });
  if (diff.text === "") return "";
  const counts = `+${diff.added} −${diff.removed} lines${diff.truncated ? ", cut" : ""}`;
  const summary = `<code>${escapeHtml(printable(row.externalId))}</code> (${counts})`;
  return [`<details><summary>${summary}</summary>`, "", fencedBlock(diff.text, "diff"), "", "</details>"].join("\n");
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
