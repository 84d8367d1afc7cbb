import type { Plan } from "../plan/types.js";
import { code, escapeText } from "./markdown-format.js";
import { plural, type ChangeRow } from "./wording.js";

/**
 * Records the plan leaves as they are on purpose, shown apart from the changes and never as a
 * deletion: `kept` (their file could not be read).
 */
export function heldRows(plan: Plan): ChangeRow[] {
  return (plan.kept ?? []).map((k) => ({ action: "kept", externalId: k.externalId, title: k.title, sourcePath: k.file, reason: k.reason }));
}

/** A Markdown section of its own for the job summary and the PR comment: a title and list items. */
export interface HeldSection {
  title: string;
  items: string[];
}

export function heldSections(plan: Plan): HeldSection[] {
  const kept = plan.kept ?? [];
  if (kept.length === 0) return [];
  return [
    {
      title: `${plural(kept.length, "published page")} kept as ${kept.length === 1 ? "it is" : "they are"}: the file could not be read, so the copy is neither updated nor deleted`,
      items: kept.map((k) => `${code(k.externalId)} (${code(k.file)}): ${escapeText(k.reason)}`),
    },
  ];
}
