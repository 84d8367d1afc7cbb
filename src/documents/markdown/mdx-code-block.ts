import type { RewriteLines } from "./block-rule.js";
import { closesFence, fenceOpenedBy } from "./fences.js";

const OPENER = /^([ \t]*)(?:`{3,}|~{3,})[ \t]*mdx-code-block[ \t]*$/;

/**
 * Docusaurus renders a fenced block whose language is `mdx-code-block` as MDX, not as code: its
 * docs show the rendered example (tabs, admonitions) right after the code that writes it. So
 * the lines between the fences (`start` … `end`) are cleaned like the rest of the page and the
 * fence lines go. Undefined for any other fence, which stays code.
 */
export function unwrapMdxCodeBlock(lines: readonly string[], start: number, end: number, rewriteLines: RewriteLines): string[] | undefined {
  const indent = OPENER.exec(lines[start]!)?.[1];
  const fence = fenceOpenedBy(lines[start]!);
  if (indent === undefined || !fence) return undefined;
  const last = end > start && closesFence(lines[end]!, fence) ? end : end + 1;
  const inner = lines.slice(start + 1, last).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()));
  return rewriteLines(inner).map((line) => (line === "" ? line : indent + line));
}
