import { isAllText, joinLines, splitLines } from "./lines.js";
import type { Line } from "./lines.js";
import type { Flavor } from "./options.js";
import { mapText, textPart } from "./parts.js";
import type { Part } from "./parts.js";

/**
 * Lines that are only leftovers: attribute lists (`{: .note }`), stray `:::`, hugo-book `<--->`,
 * emptied list items, and Python-Markdown abbreviation definitions (`*[HTML]: Hyper Text…`),
 * which a reader never sees as text.
 */
const LEFTOVER_LINE = /^[ \t]*(?:\{:[^}]*\}|:{3,}|<--->|[-*+]|\d+[.)]|\*\[[^\]\n]+\]:.*)[ \t]*$/;
/** A heading's trailing id or attribute list (`## Install {#install}`, `# T { .class #id }`). */
const HEADING_ATTRIBUTES = /[ \t]*\{[ \t]*[#.][^{}]*\}[ \t]*$/;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;
/** Two or more spaces between words, left where an inline tag or expression was removed. */
const INNER_SPACES = /(\S)[ \t]{2,}(?=\S)/g;
/** Links and images left empty by removed template output (`[{{ post.title }}]({{ post.url }})`). */
const EMPTY_LINK = /!?\[\]\(\)/g;
/** Three or more line breaks, whitespace-only lines included. */
const BLANK_RUN = /\n(?:[ \t]*\n){2,}/g;
/** Repeated empty quote lines (`>` then `>`), left where a note's tags stood. */
const QUOTE_BLANK_RUN = /^((?:> )*>)\n(?:\1\n)+/gm;

/** Final clean-up of what removals left behind. Code is untouched; line rules see whole lines only. */
export function tidy(parts: Part[], flavor: Flavor): Part[] {
  const inline = mapText(parts, (text) => text.replace(EMPTY_LINK, ""));
  const lines = splitLines(inline);
  for (const line of lines) tidyLine(line, flavor);
  const blocks = mapText(joinLines(lines), (text) => text.replace(BLANK_RUN, "\n\n").replace(QUOTE_BLANK_RUN, "$1\n"));
  return trimEdges(blocks);
}

function tidyLine(line: Line, flavor: Flavor): void {
  const first = line.segments[0];
  const last = line.segments.at(-1);
  if (!first || first.literal) return;
  const whole = line.segments.map((segment) => segment.text).join("");
  if (isAllText(line) && LEFTOVER_LINE.test(whole)) {
    line.segments = [];
    return;
  }
  // Table rows keep their alignment.
  if (!whole.trimStart().startsWith("|")) {
    for (const segment of line.segments) if (!segment.literal) segment.text = segment.text.replace(INNER_SPACES, "$1 ");
  }
  if (!HEADING.test(first.text) || !last || last.literal) return;
  // Markdown keeps heading ids as text; in MDX the expression pass has removed them already.
  if (flavor === "md") last.text = last.text.replace(HEADING_ATTRIBUTES, "");
  last.text = last.text.trimEnd();
}

/** No blank lines before the first line, exactly one line break after the last. */
function trimEdges(parts: Part[]): Part[] {
  const first = parts[0];
  if (first && !first.literal) first.text = first.text.replace(/^(?:[ \t]*\n)+/, "");
  const last = parts.at(-1);
  if (last && !last.literal) last.text = last.text.replace(/\s*$/, "\n");
  else if (last) parts.push(textPart("\n"));
  return parts.filter((part) => part.text !== "");
}
