/**
 * How notes (admonitions, callouts, alerts) are written in the cleaned Markdown: a blockquote
 * whose first line names the kind, `> **Warning:** Title`, readable by people and models alike.
 */

/** Kinds written by generators under other names, mapped to the word a reader expects. */
const KIND_ALIASES: Record<string, string> = {
  primary: "note",
  secondary: "note",
  light: "note",
  dark: "note",
  abstract: "summary",
  tldr: "summary",
  hint: "tip",
  attention: "warning",
  error: "danger",
  fail: "failure",
  missing: "failure",
  check: "success",
  done: "success",
  help: "question",
  faq: "question",
  cite: "quote",
  "see-also": "see also",
  seealso: "see also",
};

/**
 * Kinds recognised as notes in `:::kind`, `!!! kind`, shortcodes and components. Anything else
 * in those places is a plain container (tabs, steps, code groups) whose content is kept as is.
 */
export const NOTE_KINDS = new Set([
  "note", "tip", "info", "warning", "danger", "caution", "important", "success", "question",
  "example", "quote", "bug", "failure", "summary", "todo", "abstract", "tldr", "hint", "attention",
  "error", "fail", "missing", "check", "done", "help", "faq", "cite", "seealso", "see-also",
  "primary", "secondary", "light", "dark", "notice", "alert", "callout", "aside", "admonition",
]);

/** `Note`, `Warning`, … for a kind as written (`WARNING`, `attention`, `secondary`). Unknown kinds read "Note". */
export function kindLabel(kind: string | undefined): string {
  const lower = (kind ?? "note").trim().toLowerCase();
  const known = NOTE_KINDS.has(lower) && !["notice", "alert", "callout", "aside", "admonition"].includes(lower);
  const word = known ? (KIND_ALIASES[lower] ?? lower) : "note";
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The first line of a note: `**Warning:** Title`, or `**Warning:**` without a title. */
export function noteHeading(kind: string | undefined, title?: string): string {
  const label = `**${kindLabel(kind)}:**`;
  const trimmed = title?.trim();
  return trimmed ? `${label} ${trimmed}` : label;
}

/** A bold line naming a tab or a collapsible section: `**npm**`. Empty when there is no label. */
export function boldLabel(label: string | undefined): string {
  const trimmed = label?.replace(/\s+/g, " ").trim();
  return trimmed ? `**${trimmed}**` : "";
}

/**
 * Wraps already-cleaned lines into a blockquote at `indent`, headed by `heading`. Code lines are
 * prefixed like any other: the code inside the quote is unchanged.
 */
export function blockquote(heading: string, body: readonly string[], indent = ""): string[] {
  const content = trimBlankEdges(body);
  const lines = content.length > 0 ? [heading, "", ...content] : [heading];
  return lines.map((line) => (line.trim() === "" ? `${indent}>` : `${indent}> ${line}`));
}

export function trimBlankEdges(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return lines.slice(start, end);
}
