import type { Flavor } from "./options.js";
import { mapText } from "./parts.js";
import type { Part } from "./parts.js";

/** Kramdown / Python-Markdown attribute lists on a line of their own: `{: .note }`. */
const ATTRIBUTE_LINE = /^[ \t]*\{:[^}\n]*\}[ \t]*$/gm;
/** Trailing heading ids and attribute lists: `## Install {#install}`, `# Title { .class #id }`. */
const HEADING_ATTRIBUTES = /^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]*\{[ \t]*[#.:][^{}\n]*\}[ \t]*$/gm;
/** Trailing whitespace after a heading's text, left behind by removed tags. */
const HEADING_TRAILING = /^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]+$/gm;
/** A stray container fence (`:::`) the block pass did not pair, or a hugo-book column break (`<--->`). */
const STRAY_FENCE = /^[ \t]*(?::{3,}|<--->)[ \t]*$/gm;
/** Two or more spaces between words, left where an inline tag or expression was removed. */
const INNER_SPACES = /(\S)[ \t]{2,}(?=\S)/g;
/** Links and images left empty by removed template output (`[{{ post.title }}]({{ post.url }})`). */
const EMPTY_LINK = /!?\[\]\(\)/g;
/** List items left with nothing in them once their template output was removed. */
const EMPTY_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]*$/gm;
/** Repeated empty quote lines (`>` then `>`), left where a note's tags stood. */
const QUOTE_BLANK_RUN = /^((?:> )*>)\n(?:\1\n)+/gm;
/** Three or more line breaks, whitespace-only lines included. */
const BLANK_RUN = /\n(?:[ \t]*\n){2,}/g;

/** Final text clean-up: attribute lists, stray fences, runs of blank lines. Code is untouched. */
export function tidy(parts: Part[], flavor: Flavor): Part[] {
  const tidied = mapText(parts, (text) => {
    let out = text.replace(ATTRIBUTE_LINE, "").replace(STRAY_FENCE, "").replace(EMPTY_LINK, "").replace(EMPTY_ITEM, "");
    if (flavor === "md") out = out.replace(HEADING_ATTRIBUTES, "$1");
    return out.replace(HEADING_TRAILING, "$1").replace(INNER_SPACES, "$1 ").replace(BLANK_RUN, "\n\n").replace(QUOTE_BLANK_RUN, "$1\n");
  });
  return trimEdges(tidied);
}

/** No blank lines before the first line, exactly one line break after the last. */
function trimEdges(parts: Part[]): Part[] {
  const first = parts[0];
  if (first && !first.literal) first.text = first.text.replace(/^(?:[ \t]*\n)+/, "");
  const last = parts.at(-1);
  if (last && !last.literal) last.text = last.text.replace(/\s+$/, "\n");
  else if (last) parts.push({ text: "\n", literal: false });
  return parts.filter((part) => part.text !== "");
}
