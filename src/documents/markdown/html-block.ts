import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { markdownOf } from "../html/convert.js";
import type { BlockRule } from "./block-rule.js";
import { fenceOpenedBy } from "./fences.js";
import { isBlank, leadingWhitespace } from "./indent.js";
import { expressionExtent, expressionValue } from "./mdx/js-extent.js";

/**
 * Raw HTML blocks in Markdown (CommonMark's block-level HTML, and HTML elements written as JSX
 * in MDX) become Markdown through the project's own hast → mdast path (the one built HTML pages
 * take): tables become GFM tables, lists lists, links and images Markdown links and images, and
 * character references are decoded by the HTML parser. A table or list runs to its closing tag;
 * any other block to the first blank line, as CommonMark reads it. Blocks that hold Markdown
 * (`<div markdown>`, MkDocs' md_in_html, or a code fence) are left to the markup pass, which
 * keeps their content as Markdown.
 */
const OPENER = /^[ \t]{0,3}<(table|ul|ol|dl|div|p|figure|blockquote|center|section|article|aside|h[1-6]|iframe|video|hr|img|picture|nav)(?=[\s/>]|$)/i;
/** Elements read to their closing tag, blank lines included: their layout never holds Markdown. */
const STRUCTURES = new Set(["table", "ul", "ol", "dl"]);
const MAX_LINES = 2000;

export const htmlBlock: BlockRule = (lines, start, _rewrite, context) => {
  const line = lines[start]!;
  const name = OPENER.exec(line)?.[1]?.toLowerCase();
  if (!name || /\smarkdown(?:=["']?(?:1|block|span)?["']?)?[\s/>]/.test(line)) return undefined;
  if (context.flavor === "mdx" && !STRUCTURES.has(name)) return undefined;
  const end = STRUCTURES.has(name) ? closingTagLine(lines, start, name) : blankLineAfter(lines, start);
  if (end === undefined) return undefined;
  const chunk = lines.slice(start, end + 1);
  if (chunk.some((text) => fenceOpenedBy(text)) || (!STRUCTURES.has(name) && chunk.some((text) => /^\s*(?:[-*+]|\d+[.)])\s|^\s*#{1,6}\s/.test(text)))) return undefined;
  const html = context.flavor === "mdx" ? withoutExpressions(chunk.join("\n")) : chunk.join("\n");
  const markdown = htmlToMarkdown(html).trimEnd();
  const indent = leadingWhitespace(line);
  return { lines: markdown === "" ? [""] : ["", ...markdown.split("\n").map((text) => (text === "" ? text : indent + text)), ""], next: end + 1 };
};

function closingTagLine(lines: readonly string[], start: number, name: string): number | undefined {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, "gi");
  let depth = 0;
  for (let i = start; i < lines.length && i - start < MAX_LINES; i++) {
    for (const match of lines[i]!.matchAll(tags)) depth += match[1] ? -1 : 1;
    if (depth <= 0) return i;
  }
  return undefined;
}

function blankLineAfter(lines: readonly string[], start: number): number {
  let end = start;
  while (end + 1 < lines.length && !isBlank(lines[end + 1]!)) end++;
  return end;
}

/** The HTML as Markdown; `<summary>` becomes a bold line, as in the rest of the page. */
export function htmlToMarkdown(html: string): string {
  const root: Root = fromHtml(html, { fragment: true });
  const wrapper: Element = { type: "element", tagName: "div", properties: {}, children: root.children.map(boldSummaries) as ElementContent[] };
  return markdownOf(wrapper);
}

function boldSummaries(node: Root["children"][number]): Root["children"][number] {
  if (node.type !== "element") return node;
  if (node.tagName === "summary") {
    const text: ElementContent = { type: "text", value: toString(node).replace(/\s+/g, " ").trim() };
    return { type: "element", tagName: "p", properties: {}, children: [{ type: "element", tagName: "strong", properties: {}, children: [text] }] };
  }
  return { ...node, children: node.children.map(boldSummaries) as ElementContent[] };
}

/** JSX in an MDX table: attribute expressions become empty attributes, child expressions the text they hold. */
function withoutExpressions(jsx: string): string {
  let out = "";
  let cursor = 0;
  for (let at = jsx.indexOf("{"); at !== -1; at = jsx.indexOf("{", cursor)) {
    const extent = expressionExtent(jsx, at);
    if (extent.end === undefined) break;
    const value = extent.ok ? expressionValue(extent.node) : "";
    out += jsx.slice(cursor, at) + (jsx[at - 1] === "=" ? '""' : value.replace(/</g, "&lt;"));
    cursor = extent.end;
  }
  return out + jsx.slice(cursor);
}
