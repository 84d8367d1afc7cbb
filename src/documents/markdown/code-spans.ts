import type { Flavor } from "./options.js";
import { literalPart, mergeParts, textPart } from "./parts.js";
import type { Part } from "./parts.js";

/**
 * Splits inline code spans out of text (CommonMark): a run of backticks up to the next run of
 * the same length, never across a blank line; a backslash-escaped backtick opens nothing, and
 * neither does one inside an HTML comment that opened first. In MDX,
 * `{`…`}` is a JavaScript template literal (CodeBlock content), not code.
 */
export function splitCodeSpans(text: string, flavor: Flavor): Part[] {
  if (!text.includes("`")) return [textPart(text)];
  const parts: Part[] = [];
  // An HTML comment that starts first wins over a code span, as in CommonMark: it stays text.
  const runs = /`+|<!--/g;
  const blankAfter = blankLineFinder(text);
  let cursor = 0;
  for (let open = runs.exec(text); open; open = runs.exec(text)) {
    if (open[0] === "<!--") {
      const end = text.indexOf("-->", open.index + 4);
      if (end !== -1) runs.lastIndex = end + 3;
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
    if (flavor === "mdx" && text[open.index - 1] === "{" && text[close] === "}") continue;
    parts.push(textPart(text.slice(cursor, open.index)), literalPart(text.slice(open.index, close)));
    cursor = close;
  }
  parts.push(textPart(text.slice(cursor)));
  return mergeParts(parts);
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
