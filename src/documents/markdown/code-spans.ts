import { expressionExtent } from "./mdx/js-extent.js";
import type { Flavor } from "./options.js";
import { literalPart, mergeParts, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { scanTag } from "./tag-scanner.js";

/**
 * Splits inline code spans out of text (CommonMark): a run of backticks up to the next run of
 * the same length, never across a blank line; a backslash-escaped backtick opens nothing. What
 * starts first wins, as in CommonMark and MDX: a backtick inside an HTML comment, an HTML or JSX
 * tag (`<Badge title="Remove `x`" />`), in MDX an `{expression}` (a template literal), or in
 * Markdown a Hugo shortcode (`{{< figure caption="Click `Edit`" >}}`, read before the Markdown
 * is) is not a code span.
 */
export function splitCodeSpans(text: string, flavor: Flavor): Part[] {
  if (!text.includes("`")) return [textPart(text)];
  const parts: Part[] = [];
  const runs = flavor === "mdx" ? /`+|<!--|<[A-Za-z/>]|\{/g : /`+|<!--|<[A-Za-z/]|\{\{[<%]/g;
  const blankAfter = blankLineFinder(text);
  let cursor = 0;
  for (let open = runs.exec(text); open; open = runs.exec(text)) {
    if (open[0][0] !== "`") {
      runs.lastIndex = constructEnd(text, open.index, open[0], flavor) ?? open.index + 1;
      continue;
    }
    if (isEscaped(text, open.index)) {
      runs.lastIndex = open.index + 1;
      continue;
    }
    const from = open.index + open[0].length;
    const close = matchingRun(text, from, open[0].length, blankAfter(from));
    if (close === undefined) continue;
    runs.lastIndex = close;
    parts.push(textPart(text.slice(cursor, open.index)), literalPart(text.slice(open.index, close)));
    cursor = close;
  }
  parts.push(textPart(text.slice(cursor)));
  return mergeParts(parts);
}

/** Where a comment, tag or expression starting at `at` ends; undefined when none starts there. */
function constructEnd(text: string, at: number, opener: string, flavor: Flavor): number | undefined {
  if (opener === "<!--") {
    const end = text.indexOf("-->", at + 4);
    return end === -1 ? undefined : end + 3;
  }
  if (opener === "{") return isEscaped(text, at) ? undefined : expressionExtent(text, at).end;
  if (opener.startsWith("{{")) return shortcodeEnd(text, at, opener[2] === "<" ? ">}}" : "%}}");
  return scanTag(text, at, flavor)?.end;
}

/** A shortcode never spans more than this: an unclosed `{{<` is text. */
const MAX_SHORTCODE_LENGTH = 4000;

function shortcodeEnd(text: string, at: number, closer: string): number | undefined {
  const end = text.indexOf(closer, at + 3);
  return end === -1 || end - at > MAX_SHORTCODE_LENGTH ? undefined : end + closer.length;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Where the next blank line after an index starts (text length when none); each search is reused. */
function blankLineFinder(text: string): (from: number) => number {
  const blank = /\n[ \t]*\n/g;
  let found = -1;
  return (from) => {
    if (found >= from) return found;
    blank.lastIndex = from;
    found = blank.exec(text)?.index ?? text.length;
    return found;
  };
}

function matchingRun(text: string, from: number, length: number, limit: number): number | undefined {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let run = runs.exec(text); run && run.index < limit; run = runs.exec(text)) {
    if (run[0].length === length) return run.index + length;
  }
  return undefined;
}
