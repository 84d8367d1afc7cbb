import type { Plan } from "../plan/types.js";
import type { ListCap } from "./callout.js";
import { CHANGE_HEAD, changeLine, deletionHead, deletionLine, diffBlock, groupedIdList, idList, type Statuses } from "./change-tables.js";
import { commentRows, type CommentRow } from "./comment-rows.js";
import { leftOutSection, problemsSection, warningsSection } from "./comment-sections.js";
import { plural } from "./wording.js";

/** How one report (PR comment or job summary) fits its plan into its size limit. */
export interface BodyOptions {
  /** Room for the whole body, in `measure` units. */
  budget: number;
  /** Characters for a PR comment (GitHub counts those), UTF-8 bytes for a job summary. */
  measure: (text: string) => number;
  /** Items per problem list, and where the rest can be read. */
  cap: ListCap;
  /** Change rows at most, whatever the room. Default: as many as fit. */
  maxRows?: number;
  /** Link to a source file at the head commit; rows have no links without it. */
  fileUrl?: (sourcePath: string) => string;
  /** For a sync: what happened to each document, shown instead of the planned action. */
  statuses?: Statuses;
}

/** What a report left out for size, for its footer. */
export interface Omitted {
  rows: number;
  diffs: number;
  deletions: number;
}

/**
 * The body shared by the PR comment and the job summary: problems, every deletion, the changed
 * pages (title, id, what changed, size), collapsed diffs, warnings and left-out pages. Problems
 * and deletions always appear; when the room runs out, diffs go first, then change rows.
 */
export function planBody(plan: Plan, options: BodyOptions): { blocks: string[]; omitted: Omitted } {
  const omitted: Omitted = { rows: 0, diffs: 0, deletions: 0 };
  let remaining = options.budget;
  const spend = (block: string) => {
    if (block) remaining -= options.measure(block) + 2;
    return block;
  };
  const problems = spend(fittedProblems(plan, options));
  const rows = commentRows(plan.operations);
  const others = rows.filter((r) => r.action !== "delete");
  const deletions = spend(deletionsBlock(rows.filter((r) => r.action === "delete"), { budget: remaining, others: others.length }, omitted, options));
  const changes = spend(changesBlock(others, remaining, omitted, options));
  const optional = (block: string) => (options.measure(block) + 2 <= remaining ? spend(block) : "");
  const warnings = optional(warningsSection(plan, options.cap));
  const leftOut = optional(leftOutSection(plan, options.cap));
  const diffs = diffsBlock(rows, remaining, omitted, options.measure);
  return { blocks: [problems, deletions, changes, diffs, warnings, leftOut], omitted };
}

/** The problem lists, with fewer items each while they would take more than half the room. */
function fittedProblems(plan: Plan, options: BodyOptions): string {
  let cap = options.cap;
  let block = problemsSection(plan, cap);
  while (cap.maxItems > 1 && options.measure(block) > options.budget / 2) {
    cap = { ...cap, maxItems: Math.floor(cap.maxItems / 2) };
    block = problemsSection(plan, cap);
  }
  return block;
}

/**
 * Every deletion: as a table when it fits and leaves room for the other changes (half the
 * budget), else as a list of ids, else grouped by folder. Cut only when even that passes the limit.
 */
function deletionsBlock(rows: CommentRow[], room: { budget: number; others: number }, omitted: Omitted, options: BodyOptions): string {
  if (rows.length === 0) return "";
  const { budget } = room;
  const title = `#### ${plural(rows.length, "deletion")}`;
  const table = [title, "", ...deletionHead(options.statuses), ...rows.map((row) => deletionLine(row, options.statuses))].join("\n");
  if (options.measure(table) <= (room.others > 0 ? budget / 2 : budget)) return table;
  const ids = rows.map((r) => r.externalId);
  for (const list of [idList, groupedIdList]) {
    const compact = [title, "", list(ids)].join("\n");
    if (options.measure(compact) <= budget) return compact;
  }
  // Only reachable when the ids alone pass the hard limit: say so rather than fail to post.
  const kept: string[] = [];
  let size = options.measure(title) + 200;
  for (const id of ids) {
    if (size + options.measure(id) + 1 > budget) break;
    kept.push(id);
    size += options.measure(id) + 1;
  }
  omitted.deletions = ids.length - kept.length;
  return [title, "", idList(kept), "", `**… and ${omitted.deletions} more deletions: ${options.cap.elsewhere}.**`].join("\n");
}

function changesBlock(rows: CommentRow[], budget: number, omitted: Omitted, options: BodyOptions): string {
  if (rows.length === 0) return "";
  const lines = [`#### ${plural(rows.length, "page")} created or updated`, "", ...CHANGE_HEAD];
  let size = options.measure(lines.join("\n")) + 120; // room for the "… and N more" line
  if (size > budget) {
    omitted.rows = rows.length;
    return `_${plural(rows.length, "page")} created or updated, not listed here for size: ${options.cap.elsewhere}._`;
  }
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  for (const [index, row] of rows.entries()) {
    const line = changeLine(row, options);
    if (index >= maxRows || size + options.measure(line) + 1 > budget) {
      omitted.rows = rows.length - index;
      lines.push("", `_… and ${omitted.rows} more: ${options.cap.elsewhere}._`);
      break;
    }
    lines.push(line);
    size += options.measure(line) + 1;
  }
  return lines.join("\n");
}

/** Diffs in plan order while they fit; a diff that does not fit is left out (a smaller later one may still fit). */
function diffsBlock(rows: CommentRow[], budget: number, omitted: Omitted, measure: (text: string) => number): string {
  const candidates = rows.filter((r) => r.action === "update" && r.before !== undefined && r.before !== r.after);
  if (candidates.length === 0) return "";
  const title = "#### Content diffs";
  let remaining = budget - measure(title) - 2;
  const kept: string[] = [];
  for (const row of candidates) {
    if (remaining < 200) {
      omitted.diffs += 1;
      continue;
    }
    const block = diffBlock(row);
    if (measure(block) + 2 <= remaining) {
      kept.push(block);
      remaining -= measure(block) + 2;
    } else omitted.diffs += 1;
  }
  return kept.length > 0 ? joinBlocks([title, ...kept]) : "";
}

/** Blocks separated by one blank line; empty blocks are skipped. */
export function joinBlocks(parts: string[]): string {
  return parts.filter((part) => part.length > 0).join("\n\n");
}
