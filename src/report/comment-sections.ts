import { isBlocked, type Plan } from "../plan/types.js";
import { callout, details, type ListCap } from "./callout.js";
import { heldSections } from "./held.js";
import { describeLeftOut, leftOutCounts, leftOutPages } from "./left-out.js";
import { code, escapeText } from "./markdown-format.js";
import { groupWarnings, locationList } from "./warnings.js";
import { locationOf, planSummaryLine, plural } from "./wording.js";

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

export const BASE_LABEL = "Compared with the base branch, not with the live knowledge base";

/** `> [!NOTE]` block saying what the plan compares with (one plain line for a live comparison). */
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

/** Blocking guards and plan errors, overridden guards, withheld deletes, rejected documents, unreadable files, kept records. */
export function problemsSection(plan: Plan, cap: ListCap): string {
  const tripped = plan.guards.filter((g) => g.tripped);
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  const blockers = [
    ...tripped.filter((g) => !g.overridden).map((g) => `**${g.guard} guard:** ${escapeText(g.message)}`),
    ...plan.errors.map((e) => `**plan error:** ${escapeText(e)}`),
  ];
  return [
    isBlocked(plan) ? callout("CAUTION", "The plan is blocked: nothing will be written.", blockers, cap) : "",
    callout(
      "WARNING",
      "Guard overridden by allow-mass-delete",
      tripped.filter((g) => g.overridden).map((g) => `**${g.guard}:** ${escapeText(g.message)}`),
      cap,
    ),
    callout("WARNING", "Deletes withheld", plan.deletesWithheld.map(escapeText), cap),
    callout(
      "CAUTION",
      `${plural(plan.rejected.length, "document")} rejected`,
      plan.rejected.map((r) => `${code(r.externalId)} (${code(r.sourcePath)}): ${escapeText(r.message)}`),
      cap,
    ),
    callout(
      "CAUTION",
      `${plural(errors.length, "file")} could not be read`,
      errors.map((d) => `${code(locationOf(d))}: ${escapeText(d.message)}`),
      cap,
    ),
    ...heldSections(plan).map((section) => callout(section.kind, section.title, section.items, cap)),
  ]
    .filter((block) => block.length > 0)
    .join("\n\n");
}

/** Document warnings, collapsed; several files with one problem share one item. */
export function warningsSection(plan: Plan, cap: ListCap): string {
  const warnings = plan.diagnostics.filter((d) => d.severity === "warning");
  const items = groupWarnings(warnings).map((group) =>
    group.kind === "one"
      ? `${code(locationOf(group.diagnostic))}: ${escapeText(group.diagnostic.message)}`
      : `${escapeText(group.summary)}: ${locationList(group.diagnostics, cap.maxItems > 100, (text) => code(text))}`,
  );
  return details(plural(warnings.length, "warning"), items, cap);
}

/** Pages not published, collapsed under their counts by reason (`3 pages left out: 2 drafts, 1 partial`). */
export function leftOutSection(plan: Plan, cap: ListCap): string {
  const pages = leftOutPages(plan);
  if (pages.length === 0) return "";
  const items = pages.map((page) => `${code(page.path)}: ${escapeText(describeLeftOut(page))}`);
  return details(`${plural(pages.length, "page")} left out: ${leftOutCounts(pages)}`, items, cap);
}
