import type { Plan } from "../plan/types.js";
import { comparisonNote, summaryLine, type Comparison } from "./comment-sections.js";
import { code } from "./markdown-format.js";
import { joinBlocks, planBody, type Omitted } from "./plan-body.js";
import { plural, printable } from "./wording.js";

export type { Comparison } from "./comment-sections.js";

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** What the renderer aims for by default: a margin under the hard limit. */
export const DEFAULT_COMMENT_CHARS = 60_000;
/** Items listed in one problem list of the comment before "… and N more". */
export const MAX_CALLOUT_ITEMS = 30;

export interface CommentOptions {
  /** Hidden marker that finds this comment again (see {@link commentMarker}). */
  marker: string;
  /** Where the plan goes, in words: "local store `.kb-publish/store`", "heppu collection `…`". */
  destination: string;
  command: "plan" | "sync";
  comparison: Comparison;
  /** Link to a source file at the pull request's head commit; rows have no links without it. */
  fileUrl?: (sourcePath: string) => string;
  /** The workflow run, whose job summary holds the full plan. */
  runUrl?: string;
  headSha?: string;
  /** Upper bound on the body's length in characters. Default {@link DEFAULT_COMMENT_CHARS}; never above the GitHub limit. */
  maxChars?: number;
}

/** `<!-- kb-publish:<target>:<collection or store> -->`: one sticky comment per target and collection. */
export function commentMarker(target: string, scope: string): string {
  const clean = (text: string) => text.replace(/[^\w./@+=~:-]/g, "_").replace(/-{2,}/g, "-");
  return `<!-- kb-publish:${clean(target)}:${clean(scope)} -->`;
}

/**
 * The sticky pull-request comment for one plan. Pure. The body is the job summary's (see
 * planBody), fitted into `maxChars`; the footer says what was left out and where the full plan is.
 */
export function renderPrComment(plan: Plan, options: CommentOptions): string {
  const max = Math.min(options.maxChars ?? DEFAULT_COMMENT_CHARS, GITHUB_COMMENT_LIMIT);
  const head = headerBlock(plan, options);
  const room = max - head.length - footer(options, { rows: 1e9, diffs: 1e9, deletions: 1e9 }).length - 8;
  const { blocks, omitted } = planBody(plan, { budget: room, measure: (t) => t.length, cap: cap(), fileUrl: options.fileUrl });
  const [problems = "", ...rest] = blocks;
  const nothing = plan.operations.every((op) => op.kind === "unchanged") ? noChanges(plan) : "";
  return joinBlocks([head, problems, nothing, ...rest, footer(options, omitted)]);
}

function cap() {
  return { maxItems: MAX_CALLOUT_ITEMS, elsewhere: "see the job summary" };
}

function headerBlock(plan: Plan, options: CommentOptions): string {
  const verb = options.command === "plan" ? "plan" : "sync";
  return [options.marker, `### kb-publish ${verb} for ${options.destination}`, "", comparisonNote(options.comparison), "", summaryLine(plan)].join("\n");
}

function noChanges(plan: Plan): string {
  const unchanged = plan.summary.unchanged > 0 ? ` (${plural(plan.summary.unchanged, "document")} unchanged)` : "";
  return `No changes: the knowledge base would stay as it is${unchanged}.`;
}

function footer(options: CommentOptions, omitted: Omitted): string {
  const run = options.runUrl ? `the [job summary](${options.runUrl})` : "the job summary";
  const left = [
    omitted.deletions > 0 ? plural(omitted.deletions, "deletion") : "",
    omitted.rows > 0 ? plural(omitted.rows, "row") : "",
    omitted.diffs > 0 ? plural(omitted.diffs, "diff") : "",
  ].filter(Boolean);
  const lines = [
    "---",
    `The full plan is in ${run} of this run and in the ${code("plan-file")} output (JSON).`,
  ];
  if (left.length > 0) lines.push(`Left out to stay under GitHub's comment size limit: ${left.join(", ")}.`);
  if (options.headSha) lines.push(`<sub>kb-publish · head ${code(printable(options.headSha.slice(0, 7)))}</sub>`);
  return lines.join("\n");
}
