import { closesFence, fenceOpenedBy } from "./fences.js";
import type { Fence } from "./fences.js";
import { indentWidth, isBlank } from "./indent.js";
import type { Flavor } from "./options.js";

/** What a line of the page is: prose (or markup), part of a fenced block, or indented code. */
export type LineKind = "text" | "fence" | "indented";

export interface BlockScan {
  kinds: LineKind[];
  /** Source text of the first top-level depth-1 heading (ATX `#` or setext `===`), if any. */
  heading?: string;
}

const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const ATX_H1 = /^ {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
/** Raw HTML blocks that may hold blank lines and indentation without either meaning anything. */
const RAW_HTML: [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
];

/**
 * A one-pass block scan with CommonMark's rules for what is code: fenced blocks (in MDX at any
 * indentation), and in Markdown indented code (four columns past the enclosing list item, after
 * a blank line, never continuing a paragraph). It stands in for a full parse, which costs far
 * more on large sites, and also finds the page's first top-level `# heading`.
 */
export function scanBlocks(lines: readonly string[], flavor: Flavor): BlockScan {
  const scan: BlockScan = { kinds: new Array<LineKind>(lines.length).fill("text") };
  const lists: number[] = [];
  let fence: Fence | undefined;
  let rawClose: RegExp | undefined;
  let previous: "blank" | "paragraph" | "other" | "indented" = "blank";
  let paragraphStart = 0;
  // Blank lines after indented code belong to it only when more indented code follows.
  let pendingBlanks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      scan.kinds[i] = "fence";
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (rawClose) {
      if (rawClose.test(line)) rawClose = undefined;
      continue;
    }
    if (isBlank(line)) {
      if (previous === "indented") pendingBlanks.push(i);
      else previous = "blank";
      continue;
    }
    const indent = indentWidth(line);
    const base = lists.at(-1) ?? 0;
    if (flavor === "md" && indent >= base + 4 && previous !== "paragraph") {
      for (const blank of [i, ...pendingBlanks]) scan.kinds[blank] = "indented";
      pendingBlanks = [];
      previous = "indented";
      continue;
    }
    const afterBlank = previous === "blank" || pendingBlanks.length > 0;
    pendingBlanks = [];
    const opened = flavor === "mdx" || indent < base + 4 ? fenceOpenedBy(line) : undefined;
    if (opened) {
      scan.kinds[i] = "fence";
      fence = opened;
      previous = "other";
      continue;
    }
    rawClose = RAW_HTML.find(([open, close]) => open.test(line) && !close.test(line))?.[1];
    const atx = /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line);
    trackLists(lists, line, indent, afterBlank || atx);
    const topLevel = lists.length === 0 && !line.trimStart().startsWith(">");
    if (scan.heading === undefined && topLevel) scan.heading = headingAt(lines, i, previous === "paragraph" ? paragraphStart : undefined);
    if (previous !== "paragraph") paragraphStart = i;
    const underline: boolean = previous === "paragraph" && SETEXT_H1.test(line);
    previous = atx || underline ? "other" : "paragraph";
  }
  return scan;
}

/**
 * Keeps the content columns of the open list items: a marker opens one; a less indented line
 * closes them after a blank line (or when it is a heading), not as a lazy continuation.
 */
function trackLists(lists: number[], line: string, indent: number, closes: boolean): void {
  const marker = LIST_MARKER.exec(line);
  if (marker && indent < (lists.at(-1) ?? 0) + 4) {
    while (lists.length > 0 && lists.at(-1)! > indent) lists.pop();
    const spaces = marker[3]!.length;
    lists.push(indent + marker[2]!.length + (spaces === 0 || spaces > 4 ? 1 : spaces));
    return;
  }
  if (!closes) return;
  while (lists.length > 0 && indent < lists.at(-1)!) lists.pop();
}

/** The source of a depth-1 heading ending on line `i`: an ATX line, or a setext paragraph. */
function headingAt(lines: readonly string[], i: number, paragraphStart: number | undefined): string | undefined {
  const line = lines[i]!;
  const atx = ATX_H1.exec(line);
  if (atx) return atx[1]?.trim() || undefined;
  if (paragraphStart === undefined || !SETEXT_H1.test(line)) return undefined;
  return lines.slice(paragraphStart, i).join("\n").trim() || undefined;
}
