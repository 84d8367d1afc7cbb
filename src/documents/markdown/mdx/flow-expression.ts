import type { BlockRule } from "../block-rule.js";
import { excerpt } from "../context.js";
import { leadingWhitespace } from "../indent.js";
import { expressionExtent, expressionValue, MAX_EXPRESSION_LENGTH } from "./js-extent.js";

/**
 * An MDX expression that starts a line: `{/* a commented-out block, fences and all *\/}`,
 * `{frontMatter.description}`, `{items.map(...)}`. Read here, before the page is split into text
 * and code, because a comment may hold lines that would otherwise read as code fences or
 * paragraphs. It becomes the string it holds (when it is one) followed by the rest of its last
 * line; JavaScript the parser rejects is dropped with a warning.
 */
export const mdxFlowExpression: BlockRule = (lines, start, _rewrite, context) => {
  const line = lines[start]!;
  const indent = leadingWhitespace(line);
  if (line[indent.length] !== "{") return undefined;
  const { text, ends } = joinedLines(lines, start);
  const extent = expressionExtent(text, indent.length);
  const end = extent.end;
  if (end === undefined) return undefined;
  if (!extent.ok) context.warn(`MDX expression ${excerpt(text, indent.length, end)} is not valid JavaScript (${extent.reason}); expected an expression such as {props.name}; dropped`);
  const last = ends.findIndex((lineEnd) => lineEnd >= end);
  const rest = text.slice(end, ends[last]);
  const value = extent.ok ? expressionValue(extent.node) : "";
  const kept = `${value}${rest}`.trim() === "" ? [] : [`${indent}${value}${rest.trimStart()}`];
  return { lines: kept, next: start + last + 1 };
};

/** The lines from `start` joined (up to an expression's longest reach) and the offset each ends at. */
export function joinedLines(lines: readonly string[], start: number): { text: string; ends: number[] } {
  const ends: number[] = [];
  let text = "";
  for (let i = start; i < lines.length && text.length <= MAX_EXPRESSION_LENGTH; i++) {
    if (i > start) text += "\n";
    text += lines[i]!;
    ends.push(text.length);
  }
  return { text, ends };
}
