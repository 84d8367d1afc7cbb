import type { Plan } from "../plan/types.js";
import { commentRows, type CommentRow } from "./comment-rows.js";
import {
  CHANGE_HEAD,
  changeLine,
  comparisonNote,
  DELETION_HEAD,
  deletionLine,
  diffBlock,
  groupedIdList,
  idList,
  problemsSection,
  summaryLine,
  warningsSection,
  type Comparison,
} from "./comment-sections.js";
import { code } from "./markdown-format.js";
import { plural, printable } from "./wording.js";

export type { Comparison } from "./comment-sections.js";

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** What the renderer aims for by default: a margin under the hard limit. */
export const DEFAULT_COMMENT_CHARS = 60_000;

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

interface Omitted {
  rows: number;
  diffs: number;
  deletions: number;
}

/**
 * The sticky pull-request comment for one plan. Pure. Problems and every deletion always
 * appear; when the body would pass `maxChars`, diffs go first, then change rows, and the
 * footer says what was left out and where the full plan is.
 */
export function renderPrComment(plan: Plan, options: CommentOptions): string {
  const max = Math.min(options.maxChars ?? DEFAULT_COMMENT_CHARS, GITHUB_COMMENT_LIMIT);
  const rows = commentRows(plan.operations);
  const omitted: Omitted = { rows: 0, diffs: 0, deletions: 0 };
  const head = blocks([headerBlock(plan, options), problemsSection(plan)]);
  if (rows.length === 0) return blocks([head, noChanges(plan), footer(options, omitted)]);

  let remaining = max - head.length - footer(options, { rows: 1e9, diffs: 1e9, deletions: 1e9 }).length - 8;
  const spend = (block: string) => {
    if (block) remaining -= block.length + 2;
    return block;
  };
  const others = rows.filter((r) => r.action !== "delete");
  const deletions = spend(deletionsBlock(rows.filter((r) => r.action === "delete"), { budget: remaining, others: others.length }, omitted));
  const changes = spend(changesBlock(others, remaining, omitted, options));
  const warnings = warningsSection(plan);
  const keptWarnings = warnings.length + 2 <= remaining ? spend(warnings) : "";
  const diffs = diffsBlock(rows, remaining, omitted);
  return blocks([head, deletions, changes, diffs, keptWarnings, footer(options, omitted)]);
}

function headerBlock(plan: Plan, options: CommentOptions): string {
  const verb = options.command === "plan" ? "plan" : "sync";
  return [options.marker, `### kb-publish ${verb} for ${options.destination}`, "", comparisonNote(options.comparison), "", summaryLine(plan)].join("\n");
}

function noChanges(plan: Plan): string {
  const unchanged = plan.summary.unchanged > 0 ? ` (${plural(plan.summary.unchanged, "document")} unchanged)` : "";
  return `No changes: the knowledge base would stay as it is${unchanged}.`;
}

/**
 * Every deletion: as a table when it fits and leaves room for the other changes (half the
 * budget), else as a list of ids, else grouped by folder. Cut only when even that passes the limit.
 */
function deletionsBlock(rows: CommentRow[], room: { budget: number; others: number }, omitted: Omitted): string {
  if (rows.length === 0) return "";
  const { budget } = room;
  const title = `#### ${plural(rows.length, "deletion")}`;
  const table = [title, "", ...DELETION_HEAD, ...rows.map(deletionLine)].join("\n");
  if (table.length <= (room.others > 0 ? budget / 2 : budget)) return table;
  const ids = rows.map((r) => r.externalId);
  for (const list of [idList, groupedIdList]) {
    const compact = [title, "", list(ids)].join("\n");
    if (compact.length <= budget) return compact;
  }
  // Only reachable when the ids alone pass GitHub's hard limit: say so rather than fail to post.
  const kept: string[] = [];
  let size = title.length + 200;
  for (const id of ids) {
    if (size + id.length + 1 > budget) break;
    kept.push(id);
    size += id.length + 1;
  }
  omitted.deletions = ids.length - kept.length;
  return [title, "", idList(kept), "", `**… and ${omitted.deletions} more deletions: see the job summary.**`].join("\n");
}

function changesBlock(rows: CommentRow[], budget: number, omitted: Omitted, options: CommentOptions): string {
  if (rows.length === 0) return "";
  const lines = [`#### ${plural(rows.length, "page")} created or updated`, "", ...CHANGE_HEAD];
  let size = lines.join("\n").length + 120; // room for the "… and N more" line
  if (size > budget) {
    omitted.rows = rows.length;
    return `_${plural(rows.length, "page")} created or updated, not listed here for size: see the job summary._`;
  }
  for (const [index, row] of rows.entries()) {
    const line = changeLine(row, options.fileUrl);
    if (size + line.length + 1 > budget) {
      omitted.rows = rows.length - index;
      lines.push("", `_… and ${omitted.rows} more: see the job summary._`);
      break;
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

/** Diffs in plan order while they fit; a diff that does not fit is left out (a smaller later one may still fit). */
function diffsBlock(rows: CommentRow[], budget: number, omitted: Omitted): string {
  const candidates = rows.filter((r) => r.action === "update" && r.before !== undefined && r.before !== r.after);
  if (candidates.length === 0) return "";
  const title = "#### Content diffs";
  let remaining = budget - title.length - 2;
  const kept: string[] = [];
  for (const row of candidates) {
    if (remaining < 200) {
      omitted.diffs += 1;
      continue;
    }
    const block = diffBlock(row);
    if (block.length + 2 <= remaining) {
      kept.push(block);
      remaining -= block.length + 2;
    } else omitted.diffs += 1;
  }
  return kept.length > 0 ? blocks([title, ...kept]) : "";
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

function blocks(parts: string[]): string {
  return parts.filter((part) => part.length > 0).join("\n\n");
}
