import { isBlocked, type Plan } from "../plan/types.js";
import { heldSections } from "./held.js";
import { formatSizeDelta, type CommentRow } from "./comment-rows.js";
import { fencedBlock, unifiedDiff } from "./diff.js";
import { code, escapeText, tableRow } from "./markdown-format.js";
import { locationOf, planSummaryLine, plural, printable } from "./wording.js";

/** What the plan was compared with. `base` plans are labelled as such in every report. */
export type Comparison =
  | { kind: "live" }
  | {
      kind: "base";
      /** Why the live knowledge base was not used, e.g. "this pull request comes from a fork, which gets no secrets". */
      reason: string;
      baseRef?: string;
      baseSha?: string;
    };

/** Items listed in one callout before "… and N more". */
export const MAX_CALLOUT_ITEMS = 30;

export const BASE_LABEL = "Compared with the base branch, not with the live knowledge base";

/** `> [!NOTE]` block saying what the plan compares with (empty for a live comparison). */
export function comparisonNote(comparison: Comparison): string {
  if (comparison.kind === "live") return "Compared with the live knowledge base.";
  const where = [comparison.baseRef && code(comparison.baseRef), comparison.baseSha && code(comparison.baseSha.slice(0, 7))]
    .filter(Boolean)
    .join(" at ");
  const lines = [
    `**${BASE_LABEL}**${where ? ` (${where})` : ""}: ${escapeText(comparison.reason)}.`,
    "Documents are shown as they differ from the base branch; the knowledge base itself was not read.",
  ];
  return ["> [!NOTE]", ...lines.map((line) => `> ${line}`)].join("\n");
}

export function summaryLine(plan: Plan): string {
  return `**${planSummaryLine(plan)}**`;
}

/** Blocking guards and plan errors, overridden guards, withheld deletes, rejected documents, unreadable files. */
export function problemsSection(plan: Plan): string {
  const tripped = plan.guards.filter((g) => g.tripped);
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  const blockers = [
    ...tripped.filter((g) => !g.overridden).map((g) => `**${g.guard} guard:** ${escapeText(g.message)}`),
    ...plan.errors.map((e) => `**plan error:** ${escapeText(e)}`),
  ];
  return [
    isBlocked(plan) ? callout("CAUTION", "The plan is blocked: nothing will be written.", blockers) : "",
    callout(
      "WARNING",
      "Guard overridden by allow-mass-delete",
      tripped.filter((g) => g.overridden).map((g) => `**${g.guard}:** ${escapeText(g.message)}`),
    ),
    callout("WARNING", "Deletes withheld", plan.deletesWithheld.map(escapeText)),
    callout(
      "CAUTION",
      `${plural(plan.rejected.length, "document")} rejected`,
      plan.rejected.map((r) => `${code(r.externalId)} (${code(r.sourcePath)}): ${escapeText(r.message)}`),
    ),
    callout(
      "CAUTION",
      `${plural(errors.length, "file")} could not be read`,
      errors.map((d) => `${code(locationOf(d))}: ${escapeText(d.message)}`),
    ),
    ...heldSections(plan).map((section) => callout(section.kind, section.title, section.items)),
  ]
    .filter((block) => block.length > 0)
    .join("\n\n");
}

/** Document warnings, collapsed: useful, but never worth crowding out a change. */
export function warningsSection(plan: Plan): string {
  const warnings = plan.diagnostics.filter((d) => d.severity === "warning");
  if (warnings.length === 0) return "";
  const items = capped(warnings.map((d) => `- ${code(locationOf(d))}: ${escapeText(d.message)}`), (n) => `- … and ${n} more`);
  return [`<details><summary>${plural(warnings.length, "warning")}</summary>`, "", ...items, "", "</details>"].join("\n");
}

function callout(kind: "CAUTION" | "WARNING" | "NOTE", title: string, items: string[]): string {
  if (items.length === 0) return "";
  const list = capped(items.map((item) => `> - ${item}`), (n) => `> - … and ${n} more (see the job summary)`);
  return [`> [!${kind}]`, `> **${title}**`, ">", ...list].join("\n");
}

function capped(lines: string[], more: (count: number) => string): string[] {
  if (lines.length <= MAX_CALLOUT_ITEMS) return lines;
  return [...lines.slice(0, MAX_CALLOUT_ITEMS), more(lines.length - MAX_CALLOUT_ITEMS)];
}

export const DELETION_HEAD = [tableRow(["Title", "ID", "Size"]), tableRow(["---", "---", "---:"])];

export function deletionLine(row: CommentRow): string {
  return tableRow([escapeText(row.title ?? ""), code(row.externalId, { inTable: true }), formatSizeDelta(row.sizeDelta)]);
}

/** Every deleted id, one per line in a code block: compact, and each id still appears whole. */
export function idList(ids: string[]): string {
  return fencedBlock(ids.map(printable).join("\n"), "text");
}

/** Ids grouped under their folder (`folder/` then indented names): shorter still, for very long lists. */
export function groupedIdList(ids: string[]): string {
  return fencedBlock(groupedIds(ids), "text");
}

function groupedIds(ids: string[]): string {
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
  return lines.join("\n");
}

export const CHANGE_HEAD = [tableRow(["Action", "Document", "ID", "What changed", "Size"]), tableRow(["---", "---", "---", "---", "---:"])];

export function changeLine(row: CommentRow, fileUrl?: (sourcePath: string) => string): string {
  const title = escapeText(row.title ?? row.externalId);
  const document = fileUrl && row.sourcePath ? `[${title}](${fileUrl(row.sourcePath)})` : title;
  const changed = row.changed.map(escapeText).join(", ");
  return tableRow([row.action, document, code(row.externalId, { inTable: true }), changed, formatSizeDelta(row.sizeDelta)]);
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
