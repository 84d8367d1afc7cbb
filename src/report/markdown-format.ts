import { Buffer } from "node:buffer";
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

/**
 * A byte budget for one report, so a plan with thousands of rows stays under GitHub's limits
 * (job summary 1 MiB, PR comment 65,536 characters).
 */
export interface Budget {
  /** Spends the UTF-8 size of `line` (plus its newline) when it fits; false when it does not. */
  fits(line: string): boolean;
  /** Spends regardless: for headings and the lines that must always appear. */
  spend(line: string): void;
}

export function createBudget(maxBytes: number): Budget {
  let remaining = maxBytes;
  const size = (line: string) => Buffer.byteLength(line, "utf8") + 1;
  return {
    fits(line) {
      if (size(line) > remaining) return false;
      remaining -= size(line);
      return true;
    },
    spend(line) {
      remaining -= size(line);
    },
  };
}

export interface CapOptions {
  budget: Budget;
  maxRows: number;
  /** The line that replaces `count` left-out items. */
  more: (count: number) => string;
}

/** Takes lines while rows and bytes last, then one "… and N more" line. */
export function capLines(lines: string[], options: CapOptions): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (kept.length >= options.maxRows || !options.budget.fits(line)) break;
    kept.push(line);
  }
  const left = lines.length - kept.length;
  return left > 0 ? [...kept, options.more(left)] : kept;
}
