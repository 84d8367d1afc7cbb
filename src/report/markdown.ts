import type { DocumentResult, ResultStatus, RunResult } from "../apply/types.js";
import { isBlocked, type Plan } from "../plan/types.js";
import { heldSections } from "./held.js";
import { capLines, code, createBudget, escapeText, tableRow, type Budget } from "./markdown-format.js";
import { changeRows, locationOf, planSummaryLine, plural, resultSummaryLine, type ChangeRow } from "./wording.js";

export interface MarkdownOptions {
  /** Top heading, e.g. "kb-publish plan". */
  heading: string;
  /** Rows per table or list before "… and N more". Default 1000. */
  maxRows?: number;
  /**
   * Upper bound on the UTF-8 size of the whole report. Default 512 KiB, half of GitHub's job
   * summary limit; pass about 60000 for a PR comment (limit 65,536 characters).
   */
  maxBytes?: number;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_BYTES = 512 * 1024;
/** Kept back from the budget for the "… and N more" lines and closing tags that are always written. */
const RESERVED_BYTES = 2048;

interface Context {
  budget: Budget;
  maxRows: number;
}

type CalloutKind = "CAUTION" | "WARNING" | "NOTE";

/** The plan for a job summary or PR comment: problems first, then the changes, deletions leading. */
export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions): string {
  const ctx = contextFor(options);
  const tripped = plan.guards.filter((g) => g.tripped);
  const blockers = [
    ...tripped.filter((g) => !g.overridden).map((g) => `**${g.guard} guard:** ${escapeText(g.message)}`),
    ...plan.errors.map((e) => `**plan error:** ${escapeText(e)}`),
  ];
  const diagnostics = (severity: "error" | "warning") =>
    plan.diagnostics
      .filter((d) => d.severity === severity)
      .map((d) => `${code(locationOf(d))}: ${escapeText(d.message)}`);
  return join([
    header(options.heading, planSummaryLine(plan), ctx),
    isBlocked(plan) ? callout("CAUTION", "The plan is blocked: nothing will be written.", blockers, ctx) : "",
    callout(
      "WARNING",
      "Guard overridden by allow-mass-delete",
      tripped.filter((g) => g.overridden).map((g) => `**${g.guard}:** ${escapeText(g.message)}`),
      ctx,
    ),
    callout("WARNING", "Deletes withheld", plan.deletesWithheld.map(escapeText), ctx),
    callout(
      "WARNING",
      `${plural(plan.rejected.length, "document")} rejected`,
      plan.rejected.map((r) => `${code(r.externalId)} (${code(r.sourcePath)}): ${escapeText(r.message)}`),
      ctx,
    ),
    callout("WARNING", `${plural(diagnostics("error").length, "file")} could not be read`, diagnostics("error"), ctx),
    ...heldCallouts(plan, ctx),
    changesTable(plan, ctx),
    details(`${plural(diagnostics("warning").length, "warning")}`, diagnostics("warning"), ctx),
  ]);
}

/**
 * What a sync did: failures first, then the records its plan held back (`plan`, when given:
 * they are in no result), then the changes made, deletions leading.
 */
export function renderResultMarkdown(result: RunResult, options: MarkdownOptions, plan?: Plan): string {
  const ctx = contextFor(options);
  const failed = result.results.filter((r) => r.status === "failed");
  return join([
    header(options.heading, resultSummaryLine(result), ctx),
    callout("CAUTION", `${plural(failed.length, "document")} failed`, failed.map(failureItem), ctx),
    result.deletesSkipped ? callout("WARNING", "Deletes skipped", [escapeText(result.deletesSkipped)], ctx) : "",
    ...(plan ? heldCallouts(plan, ctx) : []),
    callout("NOTE", "Notes", result.notes.map(escapeText), ctx),
    resultTable(result, ctx),
  ]);
}

function heldCallouts(plan: Plan, ctx: Context): string[] {
  return heldSections(plan).map((section) => callout(section.kind, section.title, section.items, ctx));
}

function contextFor(options: MarkdownOptions): Context {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return { budget: createBudget(Math.max(0, maxBytes - RESERVED_BYTES)), maxRows: options.maxRows ?? DEFAULT_MAX_ROWS };
}

function join(blocks: string[]): string {
  return `${blocks.filter((b) => b.length > 0).join("\n\n")}\n`;
}

function header(heading: string, summary: string, ctx: Context): string {
  const lines = [`## ${escapeText(heading)}`, "", `**${summary}**`];
  lines.forEach((line) => ctx.budget.spend(line));
  return lines.join("\n");
}

/** A GitHub alert block (`> [!WARNING]`) with a bold title and a capped list; empty without items. */
function callout(kind: CalloutKind, title: string, items: string[], ctx: Context): string {
  if (items.length === 0) return "";
  const head = [`> [!${kind}]`, `> **${title}**`, ">"];
  head.forEach((line) => ctx.budget.spend(line));
  const list = capLines(items.map((item) => `> - ${item}`), { ...ctx, more: (n) => `> - … and ${n} more` });
  return [...head, ...list].join("\n");
}

function details(summary: string, items: string[], ctx: Context): string {
  if (items.length === 0) return "";
  const list = capLines(items.map((item) => `- ${item}`), { ...ctx, more: (n) => `- … and ${n} more` });
  return [`<details><summary>${summary}</summary>`, "", ...list, "", "</details>"].join("\n");
}

const ACTION_ORDER: ChangeRow["action"][] = ["delete", "create", "update"];

function changesTable(plan: Plan, ctx: Context): string {
  const rows = [...changeRows(plan)].sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action));
  const unchanged = plan.summary.unchanged > 0 ? `${plural(plan.summary.unchanged, "unchanged document")} not shown.` : "";
  if (rows.length === 0) return `No changes. ${unchanged}`.trim();
  const lines = rows.map((row) => tableRow([row.action, code(row.externalId, { inTable: true }), escapeText(row.reason)]));
  return table(["Action", "ID", "Reason"], lines, unchanged, ctx);
}

const STATUS_ORDER: ResultStatus[] = ["deleted", "created", "updated", "skipped"];

function resultTable(result: RunResult, ctx: Context): string {
  const rows = result.results
    .filter((r) => STATUS_ORDER.includes(r.status))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const lines = rows.map((r) => tableRow([r.status, code(r.externalId, { inTable: true }), escapeText(r.error ?? "")]));
  const unchanged = result.counts.unchanged > 0 ? `${plural(result.counts.unchanged, "unchanged document")} not shown.` : "";
  return table(["Status", "ID", "Detail"], lines, unchanged, ctx);
}

function table(columns: string[], lines: string[], footer: string, ctx: Context): string {
  if (lines.length === 0) return footer;
  const head = [tableRow(columns), tableRow(columns.map(() => "---"))];
  head.forEach((line) => ctx.budget.spend(line));
  const body = capLines(lines, { ...ctx, more: (n) => `\n_… and ${n} more (see the JSON report for all)._` });
  return [...head, ...body, ...(footer ? ["", footer] : [])].join("\n");
}

function failureItem(r: DocumentResult): string {
  const where = r.sourcePath ? ` (${code(r.sourcePath)})` : "";
  return `${code(r.externalId)}${where}: ${escapeText(r.error ?? "unknown error")}`;
}
