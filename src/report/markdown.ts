import { Buffer } from "node:buffer";
import type { DocumentResult, RunResult } from "../apply/types.js";
import type { Plan } from "../plan/types.js";
import { callout, type ListCap } from "./callout.js";
import { comparisonNote, type Comparison } from "./comment-sections.js";
import { code, escapeText } from "./markdown-format.js";
import { joinBlocks, planBody, type BodyOptions, type Omitted } from "./plan-body.js";
import { planSummaryLine, plural, resultSummaryLine } from "./wording.js";

export interface MarkdownOptions {
  /** Top heading, e.g. "kb-publish plan". */
  heading: string;
  /** What the plan was compared with; labelled under the heading. Default live. */
  comparison?: Comparison;
  /** Change rows and items per list before "… and N more". Default 1000. */
  maxRows?: number;
  /** Upper bound on the UTF-8 size of the whole report. Default 512 KiB, half of GitHub's job summary limit. */
  maxBytes?: number;
  /** Link to a source file at the run's commit; rows have no links without it. */
  fileUrl?: (sourcePath: string) => string;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_BYTES = 512 * 1024;
/** Kept back from the budget for the footer and the lines that are always written. */
const RESERVED_BYTES = 2048;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** The job summary of a dry run: the PR comment's body (see planBody) with a larger budget. */
export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions): string {
  const head = header(options, [planSummaryLine(plan)]);
  const { blocks, omitted } = planBody(plan, bodyOptions(options, bytes(head)));
  const nothing = plan.operations.every((op) => op.kind === "unchanged") ? noChanges(plan) : "";
  return `${joinBlocks([head, blocks[0] ?? "", nothing, ...blocks.slice(1), footer(omitted)])}\n`;
}

/**
 * The job summary of a sync: what happened (failures first, skipped deletes, notes), then the
 * plan's body with each row's outcome instead of its planned action.
 */
export function renderResultMarkdown(result: RunResult, options: MarkdownOptions, plan?: Plan): string {
  const cap = capOf(options);
  const failed = result.results.filter((r) => r.status === "failed");
  const head = joinBlocks([
    header(options, [resultSummaryLine(result), ...(plan ? [planSummaryLine(plan)] : [])]),
    callout("CAUTION", `${plural(failed.length, "document")} failed`, failed.map(failureItem), cap),
    result.deletesSkipped ? callout("WARNING", "Deletes skipped", [escapeText(result.deletesSkipped)], cap) : "",
    callout("NOTE", "Notes", result.notes.map(escapeText), cap),
  ]);
  if (!plan) return `${joinBlocks([head, footer({ rows: 0, diffs: 0, deletions: 0 })])}\n`;
  const statuses = new Map(result.results.map((r) => [r.externalId, r.status]));
  const { blocks, omitted } = planBody(plan, { ...bodyOptions(options, bytes(head)), statuses });
  return `${joinBlocks([head, ...blocks, footer(omitted)])}\n`;
}

function capOf(options: MarkdownOptions): ListCap {
  return { maxItems: options.maxRows ?? DEFAULT_MAX_ROWS, elsewhere: "see the plan-file JSON" };
}

function bodyOptions(options: MarkdownOptions, spent: number): BodyOptions {
  const budget = (options.maxBytes ?? DEFAULT_MAX_BYTES) - RESERVED_BYTES - spent;
  return { budget: Math.max(0, budget), measure: bytes, cap: capOf(options), maxRows: options.maxRows ?? DEFAULT_MAX_ROWS, fileUrl: options.fileUrl };
}

function header(options: MarkdownOptions, summaries: string[]): string {
  const note = options.comparison ? comparisonNote(options.comparison) : "";
  return joinBlocks([`## ${escapeText(options.heading)}`, note, summaries.map((line) => `**${line}**`).join("\n")]);
}

function noChanges(plan: Plan): string {
  const unchanged = plan.summary.unchanged > 0 ? ` (${plural(plan.summary.unchanged, "document")} unchanged)` : "";
  return `No changes: the knowledge base would stay as it is${unchanged}.`;
}

function footer(omitted: Omitted): string {
  const left = [
    omitted.deletions > 0 ? plural(omitted.deletions, "deletion") : "",
    omitted.rows > 0 ? plural(omitted.rows, "row") : "",
    omitted.diffs > 0 ? plural(omitted.diffs, "diff") : "",
  ].filter(Boolean);
  const lines = ["---", `Every operation, with its reasons and hashes, is in the ${code("plan-file")} output (JSON).`];
  if (left.length > 0) lines.push(`Left out to stay under the job summary's size limit: ${left.join(", ")}.`);
  return lines.join("\n");
}

function failureItem(r: DocumentResult): string {
  const where = r.sourcePath ? ` (${code(r.sourcePath)})` : "";
  return `${code(r.externalId)}${where}: ${escapeText(r.error ?? "unknown error")}`;
}
