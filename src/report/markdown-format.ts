import { printable } from "./wording.js";

/** Longest text kept in one table cell or list item; longer text is cut with "…". */
export const MAX_CELL_CHARS = 500;

/**
 * Plain text made inert for GitHub Markdown: no line breaks, no table-breaking `|`, no
 * emphasis, links, HTML or headings, and no `@mention` pings (a zero-width space follows `@`).
 */
export function escapeText(text: string): string {
  const flat = clip(printable(oneLine(text)));
  const escaped = flat.replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`).replace(/@/g, "@\u200b");
  // A leading "-", "+", "=" or "1." would start a list or heading inside a list item.
  return escaped.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A code span that survives any backticks in `text`; `inTable` escapes `|` for GFM tables. */
export function code(text: string, options: { inTable?: boolean } = {}): string {
  const flat = clip(printable(oneLine(text)));
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = flat.startsWith("`") || flat.endsWith("`") ? ` ${flat} ` : flat;
  const span = `${fence}${padded}${fence}`;
  return options.inTable ? span.replace(/\|/g, "\\|") : span;
}

/** A GFM table row from already-escaped cells. */
export function tableRow(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ");
}

function clip(text: string): string {
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}
