import type { Element, ElementContent } from "hast";
import { attributeOf } from "./tree.js";

// Phrasing content (text, emphasis, code, links, images, breaks) as GitHub-flavoured Markdown.
// Hand-written rather than hast-util-to-mdast + mdast-util-to-markdown: on built pages that pair
// spent more than half of all derivation time (cloning the tree, building mdast, tracking
// positions, testing ~40 escape patterns on every text node), and built content is the small,
// regular subset of HTML that generators emit from Markdown. Text is escaped where Markdown
// would otherwise read a construct: the rendered text of the output is the text of the input.

/** Where phrasing is written: table cells turn breaks into spaces and escape `|`. */
export interface InlineContext {
  inTable?: boolean;
}

const SKIPPED = new Set(["input", "svg", "math", "wbr", "script", "style", "template", "button", "select", "textarea", "object", "canvas"]);

/**
 * The phrasing of `nodes` on one line (breaks aside): HTML whitespace collapsed, leading and
 * trailing whitespace dropped.
 */
export function phrasing(nodes: readonly ElementContent[], context: InlineContext = {}): string {
  const out = { text: "" };
  for (const node of nodes) appendNode(out, node, context);
  // A hard break only exists between two pieces of text: at either end it would print a `\`.
  if (out.text.includes("\\\n")) return out.text.replace(/ *\\\n */g, "\\\n").replace(/^(?:\\\n| )+|(?:\\\n| )+$/g, "");
  return withoutEdgeSpaces(out.text);
}

/** The text without leading and trailing ASCII spaces (other whitespace, such as a no-break space, is content). */
function withoutEdgeSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

interface Output {
  text: string;
  /** The last thing written closes emphasis after punctuation: the next letter must not touch it. */
  closerAfterPunctuation?: boolean;
}

function appendNode(out: Output, node: ElementContent, context: InlineContext): void {
  if (node.type === "text") append(out, escapeText(node.value.replace(/[ \t\n\r\f]+/g, " "), context));
  else if (node.type === "element") appendElement(out, node, context);
}

/** Appends text, never leaving two spaces in a row (HTML collapses them across elements too). */
function append(out: Output, text: string): void {
  let next = out.text.endsWith(" ") && text.startsWith(" ") ? text.slice(1) : text;
  // `**a.**b` does not close (a closer after punctuation must be followed by space or
  // punctuation): the letter is written as a character reference, as mdast-util-to-markdown does.
  if (out.closerAfterPunctuation && /^[\p{L}\p{N}]/u.test(next)) next = `${characterReference(next.codePointAt(0)!)}${next.slice(String.fromCodePoint(next.codePointAt(0)!).length)}`;
  if (next !== "") out.closerAfterPunctuation = false;
  out.text += next;
}

const characterReference = (code: number) => `&#x${code.toString(16).toUpperCase()};`;

const PUNCTUATION = /[\p{P}\p{S}]/u;

function appendElement(out: Output, element: Element, context: InlineContext): void {
  const tag = element.tagName;
  if (SKIPPED.has(tag)) return;
  if (tag === "br") return append(out, context.inTable ? " " : "\\\n");
  if (tag === "code" || tag === "kbd" || tag === "samp" || tag === "tt") return append(out, codeSpan(textContent(element), context));
  if (tag === "img") return append(out, image(element, context));
  if (tag === "a") return link(out, element, context);
  if (tag === "em" || tag === "i") return wrap(out, element, "*", context);
  if (tag === "strong" || tag === "b") return wrap(out, element, "**", context);
  if (tag === "del" || tag === "s" || tag === "strike") return wrap(out, element, "~~", context);
  // Anything else inline (`span`, `sup`, `abbr`, block elements met inside phrasing) is read for its text.
  for (const child of element.children) appendNode(out, child, context);
}

/**
 * `*x*`, `**x**`, `~~x~~`: spaces at the edges move outside the markers (Markdown does not
 * allow them inside). Emphasis uses `*`, which opens and closes inside words too (`_` does not).
 * Markers next to punctuation on their inner side must have space or punctuation on the
 * outer side (CommonMark flanking rules): a letter there is written as a character reference.
 */
function wrap(out: Output, element: Element, marker: string, context: InlineContext): void {
  const { lead, body, trail } = edges(phrasingKeepingEdges(element.children, context));
  if (body === "") return append(out, lead || trail);
  const before = out.text + lead;
  const opensAfterLetter = PUNCTUATION.test(body[0]!) && /[\p{L}\p{N}]$/u.test(before);
  if (opensAfterLetter) {
    const last = String.fromCodePoint(before.codePointAt(before.length - 1) ?? before.charCodeAt(before.length - 1));
    out.text = `${before.slice(0, -last.length)}${characterReference(last.codePointAt(0)!)}`;
  } else {
    append(out, lead);
  }
  out.text += `${marker}${body}${marker}`;
  out.closerAfterPunctuation = PUNCTUATION.test(body.at(-1)!) && trail === "";
  append(out, trail);
}

/** A link's text with its edge spaces outside the brackets, where the browser shows them. */
function link(out: Output, element: Element, context: InlineContext): void {
  const { lead, body, trail } = edges(phrasingKeepingEdges(element.children, context));
  append(out, lead);
  append(out, linkMarkdown(element, body, context));
  append(out, trail);
}

function edges(inner: string): { lead: string; body: string; trail: string } {
  const body = inner.trim();
  return { lead: body !== "" && inner.startsWith(" ") ? " " : body === "" && inner !== "" ? " " : "", body, trail: body !== "" && inner.endsWith(" ") ? " " : "" };
}

function phrasingKeepingEdges(nodes: readonly ElementContent[], context: InlineContext): string {
  const out = { text: "" };
  for (const node of nodes) appendNode(out, node, context);
  return out.text;
}

function linkMarkdown(element: Element, inner: string, context: InlineContext): string {
  const href = attributeOf(element, "href");
  if (href === undefined || href === "") return inner;
  if (inner === "") return "";
  const title = attributeOf(element, "title");
  // An absolute URL shown as itself becomes an autolink, as mdast-util-to-markdown writes it.
  if (title === undefined && inner === escapeText(href, context) && /^[a-z][a-z\d+.-]*:[^\s<>]*$/i.test(href)) return `<${href}>`;
  return `[${inner}](${destination(href)}${titlePart(title)})`;
}

function image(element: Element, context: InlineContext): string {
  const src = attributeOf(element, "src");
  if (src === undefined || src === "") return "";
  const alt = escapeText((attributeOf(element, "alt") ?? "").replace(/\s+/g, " ").trim(), context);
  return `![${alt}](${destination(src)}${titlePart(attributeOf(element, "title"))})`;
}

/** A link destination: in `<…>` when it has spaces or unbalanced parentheses. */
function destination(url: string): string {
  const balanced = (url.match(/\(/g) ?? []).length === (url.match(/\)/g) ?? []).length;
  if (/[\s<>]/.test(url) || !balanced) return `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>`;
  return url;
}

function titlePart(title: string | undefined): string {
  return title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : "";
}

/** An inline code span: a backtick fence longer than any run inside, padded when needed; `|` escaped in tables (GFM). */
export function codeSpan(text: string, context: InlineContext = {}): string {
  const written = text.replace(/\n/g, " ");
  const value = context.inTable ? written.replace(/\|/g, "\\|") : written;
  if (value === "") return "";
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(value) || (/^ /.test(value) && / $/.test(value) && value.trim() !== "") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

const MAYBE_SYNTAX = /[\\*`[\]_<&~|]/;

/**
 * Escapes what Markdown would read as syntax inside a line of text: `\`, `*`, `` ` ``, `[`, `]`
 * after `[`, `_` at a word edge, `<` opening a tag or autolink, `&` opening a character
 * reference, `~` (GFM strikes through with one), and `|` in tables. Constructs that only exist at the start of a line are
 * escaped by {@link escapeLineStart}.
 */
export function escapeText(text: string, context: InlineContext = {}): string {
  // Most text has none of these characters: skip the replacements (they run on every text node).
  if (!MAYBE_SYNTAX.test(text)) return text;
  let escaped = text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\")
    .replace(/[*`[\]]/g, "\\$&")
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (match) => match.replace("_", "\\_"))
    .replace(/<(?=[a-zA-Z/!?])/g, "\\<")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/~/g, "\\~");
  if (context.inTable) escaped = escaped.replace(/\|/g, "\\|");
  return escaped;
}

/** Escapes a line's first characters where they would start a heading, quote, list or rule. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?= |$)/, "\\$1")
    .replace(/^([>+-])(?= |$)/, "\\$1")
    .replace(/^(\d{1,9})([.)])(?= |$)/, "$1\\$2")
    .replace(/^(=+|-{3,})\s*$/, "\\$1");
}

/** The text of an element, as written (code keeps its spacing). */
export function textContent(node: Element): string {
  return node.children.map((child) => (child.type === "text" ? child.value : child.type === "element" ? textContent(child) : "")).join("");
}
