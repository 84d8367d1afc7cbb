import type { RunResult } from "../apply/types.js";
import { isBlocked, type Plan } from "../plan/types.js";
import { heldRows } from "./held.js";
import { changeRows, locationOf, planSummaryLine, plural, printable, resultSummaryLine, type ChangeRow } from "./wording.js";

export interface TextOptions {
  /** ANSI colours for a terminal. Default false. */
  color?: boolean;
}

type Paint = (code: number, text: string) => string;

const ACTION_COLOR: Record<ChangeRow["action"], number> = { create: 32, update: 33, delete: 31, kept: 36, skipped: 33 };
const RED = 31;
const YELLOW = 33;

function painter(color: boolean | undefined): Paint {
  return color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

/** The plan as a terminal/log report: change table, problems, guards, then a one-line summary. */
export function renderPlanText(plan: Plan, options: TextOptions = {}): string {
  const paint = painter(options.color);
  const sections = [
    changeTable([...changeRows(plan), ...heldRows(plan)], plan.summary.unchanged, paint),
    listSection("Plan errors", plan.errors, paint, RED),
    listSection(
      "Rejected documents",
      plan.rejected.map((r) => `${r.externalId} (${r.sourcePath}): ${r.message}`),
      paint,
      RED,
    ),
    diagnosticSection(plan, "error", paint),
    diagnosticSection(plan, "warning", paint),
    guardLines(plan, paint),
    listSection("Deletes withheld", plan.deletesWithheld, paint, YELLOW),
  ];
  const footer = [planSummaryLine(plan)];
  if (isBlocked(plan)) footer.push(paint(RED, "Nothing will be written: the plan is blocked (see above)."));
  return [...sections.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}

/** What a run did: failures with their errors, notes, the summary and why deletes were skipped. */
export function renderResultText(result: RunResult, options: TextOptions = {}): string {
  const paint = painter(options.color);
  const failures = result.results
    .filter((r) => r.status === "failed")
    .map((r) => `${r.externalId}${r.sourcePath ? ` (${r.sourcePath})` : ""}: ${r.error ?? "unknown error"}`);
  const footer = [resultSummaryLine(result)];
  if (result.deletesSkipped) footer.push(paint(YELLOW, `Deletes skipped: ${printable(result.deletesSkipped)}`));
  const sections = [listSection("Failed", failures, paint, RED), listSection("Notes", result.notes, paint, YELLOW)];
  return [...sections.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}

function changeTable(rows: ChangeRow[], unchanged: number, paint: Paint): string {
  const hidden = unchanged > 0 ? `(${plural(unchanged, "unchanged document")} not shown)` : "";
  if (rows.length === 0) return ["No changes.", hidden].filter(Boolean).join(" ");
  const cells = rows.map((row) => [row.action, printable(row.externalId), printable(row.reason)] as const);
  const actionWidth = Math.max("ACTION".length, ...cells.map((c) => c[0].length));
  const idWidth = Math.max("ID".length, ...cells.map((c) => c[1].length));
  const line = (action: string, id: string, reason: string) =>
    `${action.padEnd(actionWidth)}  ${id.padEnd(idWidth)}  ${reason}`.trimEnd();
  const header = line("ACTION", "ID", "REASON");
  // Pad first, colour after: escape codes must not count towards the column width.
  const body = cells.map(([action, id, reason]) => {
    const padded = line(action, id, reason);
    return paint(ACTION_COLOR[action], padded.slice(0, actionWidth)) + padded.slice(actionWidth);
  });
  return [header, ...body, ...(hidden ? [hidden] : [])].join("\n");
}

function listSection(title: string, items: string[], paint: Paint, color: number): string {
  if (items.length === 0) return "";
  return [paint(color, `${title} (${items.length}):`), ...items.map((item) => `  ${printable(item)}`)].join("\n");
}

function diagnosticSection(plan: Plan, severity: "error" | "warning", paint: Paint): string {
  const found = plan.diagnostics.filter((d) => d.severity === severity);
  const title = severity === "error" ? "Files that could not be read" : "Warnings";
  const lines = found.map((d) => `${locationOf(d)}: ${d.message}`);
  return listSection(title, lines, paint, severity === "error" ? RED : YELLOW);
}

function guardLines(plan: Plan, paint: Paint): string {
  return plan.guards
    .filter((g) => g.tripped)
    .map((g) =>
      g.overridden
        ? paint(YELLOW, `Guard ${g.guard} overridden: ${g.message}`)
        : paint(RED, `Guard ${g.guard} tripped: ${g.message}`),
    )
    .join("\n");
}
