import { splitCodeSpans } from "./code-spans.js";
import type { Flavor } from "./options.js";
import { literalPart, mergeParts, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { scanBlocks } from "./scanner.js";
import type { LineKind } from "./scanner.js";

/** The page split into parts (code blocks and code spans literal), and its first heading's source. */
export interface Segments {
  parts: Part[];
  heading?: string;
}

/** Splits a page into text and literal code, using the block scan and then code spans in the text. */
export function segmentsOf(source: string, flavor: Flavor): Segments {
  const lines = source.split("\n");
  const scan = scanBlocks(lines, flavor);
  const parts: Part[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && scan.kinds[i] === scan.kinds[start]) continue;
    if (start > 0) parts.push(textPart("\n"));
    parts.push(...partsOf(lines.slice(start, i).join("\n"), scan.kinds[start]!, flavor));
    start = i;
  }
  const segments: Segments = { parts: mergeParts(parts) };
  if (scan.heading !== undefined) segments.heading = scan.heading;
  return segments;
}

function partsOf(text: string, kind: LineKind, flavor: Flavor): Part[] {
  if (kind === "text") return splitCodeSpans(text, flavor);
  return [kind === "indented" ? { ...literalPart(text), indented: true } : literalPart(text)];
}
