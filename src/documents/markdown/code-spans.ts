import type { Flavor } from "./options.js";
import { literalPart, mergeParts, textPart } from "./parts.js";
import type { Part } from "./parts.js";

/**
 * Splits inline code spans out of text (CommonMark): a run of backticks up to the next run of
 * the same length, never across a blank line; a backslash-escaped backtick opens nothing. In MDX,
 * `{`…`}` is a JavaScript template literal (CodeBlock content), not code.
 */
export function splitCodeSpans(text: string, flavor: Flavor): Part[] {
  if (!text.includes("`")) return [textPart(text)];
  const parts: Part[] = [];
  const runs = /`+/g;
  let cursor = 0;
  for (let open = runs.exec(text); open; open = runs.exec(text)) {
    if (isEscaped(text, open.index)) {
      runs.lastIndex = open.index + 1;
      continue;
    }
    const close = matchingRun(text, open.index + open[0].length, open[0].length);
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

function matchingRun(text: string, from: number, length: number): number | undefined {
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = from;
  const limit = blank.exec(text)?.index ?? text.length;
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let run = runs.exec(text); run && run.index < limit; run = runs.exec(text)) {
    if (run[0].length === length) return run.index + length;
  }
  return undefined;
}
