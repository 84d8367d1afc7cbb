import { textOfHtml } from "./entities.js";
import { expressionText } from "./expressions.js";
import { fenceFor } from "./fences.js";
import { boldLabel, noteHeading } from "./note.js";
import { LABEL_MARK } from "./marks.js";
import { literalPart, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import type { ScannedTag } from "./tag-scanner.js";


/**
 * How one tag is replaced. `container` tags (components, block HTML) open a level whose
 * indented children are dedented; a `quote` container's content becomes a blockquote. `capture` handlers receive the raw content up to the closing
 * tag and replace the whole element.
 */
export interface TagHandler {
  container?: boolean;
  /** A note: its content is written as a blockquote (containers only). */
  quote?: boolean;
  capture?: boolean;
  open?: (tag: ScannedTag, inner?: string) => string | Part[];
  close?: (tag: ScannedTag) => string;
}

const attribute = (tag: ScannedTag, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = tag.attributes[name];
    if (value !== undefined) return value.startsWith("{") ? expressionText(value) : value;
  }
  return undefined;
};
const labelLine = (text: string): string => (text ? `\n${LABEL_MARK}${text}\n\n` : "");
const dropped: TagHandler = { capture: true, open: () => "" };
const container: TagHandler = { container: true };
const labelled = (...names: string[]): TagHandler => ({ container: true, open: (tag) => labelLine(boldLabel(attribute(tag, ...names))) });
const note = (fixedKind?: string): TagHandler => ({
  container: true,
  quote: true,
  open: (tag) => labelLine(noteHeading(fixedKind ?? attribute(tag, "type", "kind", "variant"), attribute(tag, "title"))),
});
const block: TagHandler = { container: true, open: () => "\n", close: () => "\n" };
const heading = (depth: number): TagHandler => ({ open: () => `\n${"#".repeat(depth)} `, close: () => "\n" });

function fencedCode(language: string, code: string): Part[] {
  const fence = fenceFor(code);
  return [textPart("\n"), literalPart(`${fence}${language}\n${code}\n${fence}`), textPart("\n")];
}

/** `<pre><code class="language-js">…</code></pre>`: entities decoded, a fenced block. */
function preformatted(tag: ScannedTag, inner = ""): Part[] {
  const classes = `${tag.attributes.class ?? ""} ${/<code\b[^>]*>/i.exec(inner)?.[0] ?? ""}`;
  const language = /language-([\w+-]+)/.exec(classes)?.[1] ?? "";
  return fencedCode(language, textOfHtml(inner).replace(/^\n|\n$/g, ""));
}

function inlineCode(inner = ""): Part[] {
  const code = textOfHtml(inner);
  const ticks = "`".repeat(Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return code ? [literalPart(`${ticks}${pad}${code}${pad}${ticks}`)] : [];
}

/** Docusaurus `<CodeBlock language="js">{`…`}</CodeBlock>`: the template literal is the code. */
function codeBlock(tag: ScannedTag, inner = ""): Part[] {
  const trimmed = inner.trim();
  const code = trimmed.startsWith("{") ? expressionText(trimmed) : trimmed;
  return fencedCode(attribute(tag, "language", "lang") ?? "", code.replace(/^\n|\n$/g, ""));
}

const HTML: Record<string, TagHandler> = {
  img: { open: (tag) => (tag.attributes.src ? `![${(attribute(tag, "alt") ?? "").replace(/[[\]]/g, "")}](${tag.attributes.src})` : "") },
  br: { open: () => " " },
  // Captured whole when possible; when code inside splits it, the markers wrap it instead.
  summary: { capture: true, open: (_tag, inner) => (inner === undefined ? `\n${LABEL_MARK}**` : labelLine(boldLabel(textOfHtml(inner)))), close: () => "**\n\n" },
  pre: { capture: true, open: preformatted },
  code: { capture: true, open: (_tag, inner) => inlineCode(inner) },
  li: { open: () => "\n- ", close: () => "\n" },
  ...Object.fromEntries(["script", "style", "svg", "noscript", "template", "iframe", "video", "audio", "canvas", "object"].map((name) => [name, dropped])),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((depth) => [`h${depth}`, heading(depth)])),
  ...Object.fromEntries(
    ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "html", "main", "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"].map((name) => [name, block]),
  ),
};

const COMPONENTS: Record<string, TagHandler> = {
  TabItem: labelled("label", "title", "value"),
  Tab: labelled("label", "title", "value"),
  "Tabs.Tab": labelled("label", "title", "value"),
  Details: labelled("summary", "title"),
  Accordion: labelled("title", "summary"),
  Collapsible: labelled("title", "summary"),
  Step: labelled("title"),
  Card: labelled("title"),
  Badge: { open: (tag) => attribute(tag, "text", "label") ?? "" },
  Admonition: note(),
  Aside: note(),
  Callout: note(),
  CodeBlock: { capture: true, open: codeBlock },
  ...Object.fromEntries(["Note", "Tip", "Info", "Warning", "Caution", "Danger", "Important", "Check"].map((name) => [name, note(name)])),
};

/** The handler for a tag: components by exact name, HTML case-insensitively; unknown components are containers. */
export function handlerFor(name: string): TagHandler {
  if (name === "" || /^[A-Z]/.test(name) || name.includes(".")) return COMPONENTS[name] ?? container;
  return HTML[name.toLowerCase()] ?? {};
}
