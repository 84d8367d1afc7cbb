import { mapText } from "./parts.js";
import type { Part } from "./parts.js";

/** `[text](destination "title")` and `![alt](destination)`: the part after `](`. */
const INLINE = /\]\([ \t]*/g;
/** `[label]: destination "title"` reference definitions at the start of a line; not footnotes (`[^1]:`). */
const DEFINITION = /^([ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)/gm;

/**
 * Rewrites every link and image destination in text parts with `mapUrl`; code is literal and
 * never seen. A destination in angle brackets keeps them.
 */
export function rewriteDestinations(parts: Part[], mapUrl: (destination: string) => string): Part[] {
  return mapText(parts, (text) => rewriteDefinitions(rewriteInline(text, mapUrl), mapUrl));
}

function rewriteInline(text: string, mapUrl: (destination: string) => string): string {
  if (!text.includes("](")) return text;
  let out = "";
  let cursor = 0;
  for (let match = INLINE.exec(text); match; match = INLINE.exec(text)) {
    const start = match.index + match[0].length;
    const end = destinationEnd(text, start);
    if (end === start) continue;
    out += text.slice(cursor, start) + mapWrapped(text.slice(start, end), mapUrl);
    cursor = end;
    INLINE.lastIndex = end;
  }
  return out + text.slice(cursor);
}

/** Where a destination starting at `start` ends: `<…>`, or up to whitespace or the unbalanced `)`. */
function destinationEnd(text: string, start: number): number {
  if (text[start] === "<") {
    const close = text.indexOf(">", start);
    return close === -1 || text.slice(start, close).includes("\n") ? start : close + 1;
  }
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\") i++;
    else if (/\s/.test(char)) break;
    else if (char === "(") depth++;
    else if (char === ")" && depth-- === 0) break;
  }
  return i;
}

function mapWrapped(destination: string, mapUrl: (destination: string) => string): string {
  if (destination.startsWith("<") && destination.endsWith(">")) return `<${mapUrl(destination.slice(1, -1))}>`;
  return mapUrl(destination);
}

function rewriteDefinitions(text: string, mapUrl: (destination: string) => string): string {
  if (!text.includes("]:")) return text;
  return text.replace(DEFINITION, (_whole, head: string, destination: string) => head + mapWrapped(destination, mapUrl));
}
