import type { BlockRule } from "../block-rule.js";
import { leadingWhitespace } from "../indent.js";
import { scanTag } from "../tag-scanner.js";
import { joinedLines } from "./flow-expression.js";

/**
 * A JSX tag that starts a line and spans several (`<SidebarPreview\n\tconfig={[ … ]}\n/>`): its
 * lines are kept together and untouched here, so no other block rule reads the JavaScript of
 * its attributes as Markdown (a line starting with `{` inside them is not an expression of its
 * own). The markup pass reads the whole tag later.
 */
export const mdxFlowTag: BlockRule = (lines, start) => {
  const line = lines[start]!;
  const at = leadingWhitespace(line).length;
  if (line[at] !== "<" || !/[A-Za-z]/.test(line[at + 1] ?? "") || scanTag(line, at, "mdx")) return undefined;
  const { text, ends } = joinedLines(lines, start);
  const tag = scanTag(text, at, "mdx");
  if (!tag) return undefined;
  const last = ends.findIndex((lineEnd) => lineEnd >= tag.end);
  return { lines: lines.slice(start, start + last + 1), next: start + last + 1 };
};
