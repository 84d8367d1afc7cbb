import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { defaultHandlers, type Handle } from "hast-util-to-mdast";
import type { Code, Html } from "mdast";

/**
 * hast-util-to-mdast handlers for what built pages hold and GitHub-flavoured Markdown cannot
 * say the default way: a code block's title, and tables whose cells hold blocks.
 */
export const MARKDOWN_HANDLERS: Record<string, Handle> = { pre: codeBlock, table };

/** A fenced block, with the block's title (see code.ts) as `title="…"` after the language. */
function codeBlock(...args: Parameters<Handle>): Code {
  const [, node] = args;
  const result = defaultHandlers.pre!(args[0], node) as Code;
  const title = node.properties.title;
  if (typeof title === "string" && title !== "") result.meta = `title=${JSON.stringify(title)}`;
  return result;
}

/** Cell content GFM can hold: phrasing only, after at most one paragraph and one-line code. */
const BLOCKS = new Set(["ul", "ol", "dl", "blockquote", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "details", "figure", "br", "div"]);

/**
 * A GFM table cell is one line of inline content. A table whose cells hold lists, several
 * paragraphs, multi-line code or line breaks cannot be written as one without losing them, so it
 * stays HTML inside the Markdown (CommonMark HTML block), on one line so a blank line in its
 * code cannot end the block: newlines become `&#10;`, which HTML reads as the same character.
 * One-line code blocks in cells become inline code, and the table stays a GFM table.
 */
function table(...args: Parameters<Handle>): ReturnType<Handle> {
  const [state, node] = args;
  if (!cellsFitGfm(node)) {
    const html: Html = { type: "html", value: toHtml(node).replace(/\n/g, "&#10;") };
    state.patch(node, html);
    return html;
  }
  return defaultHandlers.table!(state, inlineCodeInCells(node));
}

function cellsFitGfm(node: Element): boolean {
  const fits = (element: Element, inCell: boolean): boolean => {
    const paragraphs = element.children.filter((c) => c.type === "element" && c.tagName === "p").length;
    if (inCell && paragraphs > 1) return false;
    return element.children.every((child) => {
      if (child.type !== "element") return true;
      const cell = child.tagName === "td" || child.tagName === "th";
      if (inCell && (BLOCKS.has(child.tagName) || (child.tagName === "pre" && textOf(child).includes("\n")))) return false;
      return fits(child, inCell || cell);
    });
  };
  return fits(node, false);
}

/** A copy of the table with each (one-line) `<pre>` in a cell turned into inline `<code>`. */
function inlineCodeInCells(node: Element): Element {
  const copy = (element: Element): Element => ({
    ...element,
    children: element.children.map((child): ElementContent => {
      if (child.type !== "element") return child;
      if (child.tagName === "pre") return { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: textOf(child) }] };
      return copy(child);
    }),
  });
  return copy(node);
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === "text" ? child.value : child.type === "element" ? textOf(child) : "")).join("");
}
