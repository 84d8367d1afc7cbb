import type { RunResult } from "../apply/types.js";
import { isBlocked, type Plan } from "../plan/types.js";
import { colorsFor, type Colors } from "../output/color.js";
import { heldRows } from "./held.js";
import { leftOutCounts, leftOutLine, leftOutPages } from "./left-out.js";
import { groupWarnings, locationList } from "./warnings.js";
import { changeRows, locationOf, planSummaryLine, plural, printable, resultSummaryLine, type ChangeRow } from "./wording.js";

export interface TextOptions {
  /** ANSI colours for a terminal. Default false. */
  color?: boolean;
  /** List every left-out page and every file of a grouped warning. Default false (counts and the first files). */
  verbose?: boolean;
  /** Every change row. Default false: the first {@link ROWS_PER_ACTION} of each action, then "… and N more". */
  all?: boolean;
  /** Problems and the summary line only: no change table, warnings or left-out pages. Default false. */
  quiet?: boolean;
}

/** Change rows shown per action before "… and N more" (without `--all`). */
export const ROWS_PER_ACTION = 20;
/** Ids longer than this do not widen the ID column (they push their own row's reason right). */
const MAX_ID_WIDTH = 48;

type Paint = (text: string) => string;

/** The plan as a terminal/log report: change table, problems, guards, left-out pages, then a one-line summary. */
export function renderPlanText(plan: Plan, options: TextOptions = {}): string {
  const c = colorsFor(options.color ?? false);
  const quiet = options.quiet ?? false;
  const sections = [
    quiet ? "" : changeTable([...changeRows(plan), ...heldRows(plan)], plan.summary.unchanged, options, c),
    listSection("Plan errors", plan.errors, c.red),
    listSection("Rejected documents", plan.rejected.map((r) => `${r.externalId} (${r.sourcePath}): ${r.message}`), c.red),
    listSection("Files that could not be read", errorLines(plan), c.red),
    quiet ? "" : warningSection(plan, options, c),
    guardLines(plan, c),
    listSection("Deletes withheld", plan.deletesWithheld, c.yellow),
    quiet ? "" : leftOutSection(plan, options),
  ];
  const footer = [planSummaryLine(plan)];
  if (isBlocked(plan)) footer.push(c.red("Nothing will be written: the plan is blocked (see above)."));
  return [...sections.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}

/** What a run did: failures with their errors, notes, the summary and why deletes were skipped. */
export function renderResultText(result: RunResult, options: TextOptions = {}): string {
  const c = colorsFor(options.color ?? false);
  const failures = result.results
    .filter((r) => r.status === "failed")
    .map((r) => `${r.externalId}${r.sourcePath ? ` (${r.sourcePath})` : ""}: ${r.error ?? "unknown error"}`);
  const footer = [resultSummaryLine(result)];
  if (result.deletesSkipped) footer.push(c.yellow(`Deletes skipped: ${printable(result.deletesSkipped)}`));
  const sections = [listSection("Failed", failures, c.red), options.quiet ? "" : listSection("Notes", result.notes, c.yellow)];
  return [...sections.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}

const MORE: Record<ChangeRow["action"], string> = { create: "to create", update: "to update", delete: "to delete", kept: "kept", skipped: "skipped" };

function changeTable(rows: ChangeRow[], unchanged: number, options: TextOptions, c: Colors): string {
  const hidden = unchanged > 0 ? `(${plural(unchanged, "unchanged document")} not shown)` : "";
  if (rows.length === 0) return ["No changes.", hidden].filter(Boolean).join(" ");
  const shown = options.all ? rows : firstPerAction(rows);
  const cells = shown.map((row) => [row.action, printable(row.externalId), printable(row.reason)] as const);
  const actionWidth = Math.max("ACTION".length, ...cells.map((cell) => cell[0].length));
  const idWidth = Math.min(MAX_ID_WIDTH, Math.max("ID".length, ...cells.map((cell) => cell[1].length)));
  const line = (action: string, id: string, reason: string) => `${action.padEnd(actionWidth)}  ${id.padEnd(idWidth)}  ${reason}`.trimEnd();
  const paint: Record<ChangeRow["action"], Paint> = { create: c.green, update: c.yellow, delete: c.red, kept: c.cyan, skipped: c.yellow };
  const body: string[] = [];
  for (const [index, [action, id, reason]] of cells.entries()) {
    // Pad first, colour after: escape codes must not count towards the column width.
    const padded = line(action, id, reason);
    body.push(paint[action](padded.slice(0, actionWidth)) + padded.slice(actionWidth));
    const next = cells[index + 1]?.[0];
    if (next !== action) body.push(...moreLine(rows, shown, action, c));
  }
  return [c.bold(line("ACTION", "ID", "REASON")), ...body, ...(hidden ? [hidden] : [])].join("\n");
}

function firstPerAction(rows: ChangeRow[]): ChangeRow[] {
  const seen = new Map<string, number>();
  return rows.filter((row) => {
    const count = (seen.get(row.action) ?? 0) + 1;
    seen.set(row.action, count);
    return count <= ROWS_PER_ACTION;
  });
}

function moreLine(rows: ChangeRow[], shown: ChangeRow[], action: ChangeRow["action"], c: Colors): string[] {
  const count = (list: ChangeRow[]) => list.filter((row) => row.action === action).length;
  const left = count(rows) - count(shown);
  return left > 0 ? [c.dim(`  … and ${left} more ${MORE[action]} (--all lists every row)`)] : [];
}

function listSection(title: string, items: string[], paint: Paint): string {
  if (items.length === 0) return "";
  return [paint(`${title} (${items.length}):`), ...items.map((item) => `  ${printable(item)}`)].join("\n");
}

function errorLines(plan: Plan): string[] {
  return plan.diagnostics.filter((d) => d.severity === "error").map((d) => `${locationOf(d)}: ${d.message}`);
}

/** Warnings, one line per kind when several files share one (`13 pages have no fr translation: a.md, …`). */
function warningSection(plan: Plan, options: TextOptions, c: Colors): string {
  const warnings = plan.diagnostics.filter((d) => d.severity === "warning");
  if (warnings.length === 0) return "";
  const lines = groupWarnings(warnings).flatMap((group) => {
    if (group.kind === "one") return [`  ${printable(`${locationOf(group.diagnostic)}: ${group.diagnostic.message}`)}`];
    const head = `  ${printable(`${group.summary}: ${locationList(group.diagnostics, false)}`)}`;
    if (!options.verbose) return [head];
    return [`  ${printable(group.summary)}:`, ...group.diagnostics.map((d) => `    ${printable(`${locationOf(d)}: ${d.message}`)}`)];
  });
  return [c.yellow(`Warnings (${warnings.length}):`), ...lines].join("\n");
}

function guardLines(plan: Plan, c: Colors): string {
  return plan.guards
    .filter((g) => g.tripped)
    .map((g) => (g.overridden ? c.yellow(`Guard ${g.guard} overridden: ${g.message}`) : c.red(`Guard ${g.guard} tripped: ${g.message}`)))
    .join("\n");
}

/** Collapsed to the counts by reason; `verbose` lists every page. */
function leftOutSection(plan: Plan, options: TextOptions): string {
  const pages = leftOutPages(plan);
  if (pages.length === 0) return "";
  const head = `Left out (${pages.length}): ${leftOutCounts(pages)}`;
  if (!options.verbose) return `${head} (-v lists them)`;
  return [head, ...pages.map((page) => `  ${printable(leftOutLine(page))}`)].join("\n");
}
