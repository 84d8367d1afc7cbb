import type { Plan } from "../plan/types.js";
import { code, escapeText } from "./markdown-format.js";
import { plural, type ChangeRow } from "./wording.js";

/**
 * Records the plan leaves as they are on purpose, shown apart from the changes and never as a
 * deletion: `kept` (their file could not be read) and `skipped` (a newer commit wrote them).
 */
export function heldRows(plan: Plan): ChangeRow[] {
  return [
    ...(plan.kept ?? []).map((k): ChangeRow => ({ action: "kept", externalId: k.externalId, title: k.title, sourcePath: k.file, reason: k.reason })),
    ...(plan.skipped ?? []).map((s): ChangeRow => ({ action: "skipped", externalId: s.externalId, title: s.title, sourcePath: s.sourcePath, reason: skippedReason(s) })),
  ];
}

function skippedReason(skipped: NonNullable<Plan["skipped"]>[number]): string {
  return `${skipped.reason} (would ${skipped.action}: ${skipped.reasons.join(", ")})`;
}

/** A Markdown section of its own for the job summary and the PR comment: a title and list items. */
export interface HeldSection {
  kind: "NOTE" | "WARNING";
  title: string;
  items: string[];
}

export function heldSections(plan: Plan): HeldSection[] {
  const kept = plan.kept ?? [];
  const skipped = plan.skipped ?? [];
  const sections: HeldSection[] = [];
  if (kept.length > 0) {
    sections.push({
      kind: "NOTE",
      title: `${plural(kept.length, "published page")} kept as ${kept.length === 1 ? "it is" : "they are"}: the file could not be read, so the copy is neither updated nor deleted`,
      items: kept.map((k) => `${code(k.externalId)} (${code(k.file)}): ${escapeText(k.reason)}`),
    });
  }
  if (skipped.length > 0) {
    sections.push({
      kind: "WARNING",
      title: `${plural(skipped.length, "record")} skipped: a newer commit published ${skipped.length === 1 ? "it" : "them"} (pass allow-rollback to overwrite)`,
      items: skipped.map((s) => `${code(s.externalId)}: ${escapeText(skippedReason(s))}`),
    });
  }
  return sections;
}

/** The warning a run from an older commit ends with; undefined when the rollback guard skipped nothing. */
export function rollbackWarning(plan: Plan): string | undefined {
  const skipped = plan.skipped ?? [];
  if (skipped.length === 0) return undefined;
  const newest = [...skipped].sort((a, b) => b.commit.time - a.commit.time)[0]!.commit;
  return (
    `${plural(skipped.length, "record was", "records were")} left as ${skipped.length === 1 ? "it is" : "they are"}: ` +
    `a newer commit published ${skipped.length === 1 ? "it" : "them"} (newest ${newest.sha.slice(0, 12)}, ` +
    `${new Date(newest.time * 1000).toISOString()}) and these docs are from an older commit; ` +
    "run from the newest commit, or pass --allow-rollback (input allow-rollback) to overwrite them"
  );
}
