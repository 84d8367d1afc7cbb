import { textOfHtml } from "../entities.js";
import { LABEL_MARK } from "../marks.js";
import { boldLabel } from "../note.js";
import { inlineCode, preformatted } from "./code.js";
import { attribute, dropped, labelLine, type HandlerTable, type TagHandler } from "./handler.js";

const block: TagHandler = { container: true, open: () => "\n", close: () => "\n" };
const heading = (depth: number): TagHandler => ({ open: () => `\n${"#".repeat(depth)} `, close: () => "\n" });

/** HTML elements (matched case-insensitively) in Markdown and MDX prose. */
export const HTML_HANDLERS: HandlerTable = {
  img: { open: (tag) => (tag.attributes.src ? `![${(attribute(tag, "alt") ?? "").replace(/[[\]]/g, "")}](${tag.attributes.src})` : "") },
  br: { open: () => " " },
  // Captured whole when possible; when code inside splits it, the markers wrap it instead.
  summary: { capture: true, open: (_tag, inner) => (inner === undefined ? `\n${LABEL_MARK}**` : labelLine(boldLabel(textOfHtml(inner)))), close: () => "**\n\n" },
  pre: preformatted,
  code: inlineCode,
  li: { open: () => "\n- ", close: () => "\n" },
  ...Object.fromEntries(["script", "style", "svg", "noscript", "template", "iframe", "video", "audio", "canvas", "object"].map((name) => [name, dropped])),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((depth) => [`h${depth}`, heading(depth)])),
  ...Object.fromEntries(
    ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "html", "main", "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"].map((name) => [name, block]),
  ),
};
