/**
 * Humind's server-side HTML sanitizer, as documented (HM-KN "HTML content"): a fixed allow-list
 * of tags and attributes. Where the page is vague the choices below are INF and deliberately
 * modelled on sanitize-html's defaults:
 * - a tag outside the list is unwrapped (its children are kept), except the tags in
 *   `dropWithContent`, which disappear together with their content; comments are dropped;
 * - `href`/`src` keep relative URLs and the listed schemes; `data:` only as a base64 image;
 * - `class` is allowed on every kept tag, but only values matching `classPatterns`
 *   (`language-*`, as Markdown renderers put on code blocks);
 * - the result is re-serialised with hast-util-to-html (the serializer rehype-stringify uses),
 *   with one extra newline after `<pre>` when its text starts with one, so sanitizing twice
 *   gives the same string as sanitizing once.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";

/** The allow-list in one place, so a client's local sanitizer can be checked against it. */
export const HUMIND_ALLOWED_HTML = {
  tags: [
    "p", "a", "br", "hr", "em", "strong", "b", "i", "u", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
    "table", "thead", "tbody", "tr", "th", "td", "img", "span", "div",
  ],
  /** Removed with everything inside them; other disallowed tags are unwrapped. */
  dropWithContent: ["script", "style", "iframe", "object", "embed", "input", "textarea", "select", "option", "noscript", "template"],
  /** hast property names kept per tag; `*` applies to every kept tag. */
  attributes: { a: ["href"], img: ["src", "alt", "width", "height"], "*": ["className"] } as Record<string, readonly string[]>,
  /** Schemes allowed in absolute URLs; relative URLs are always kept. */
  protocols: { href: ["http", "https", "mailto", "data"], src: ["http", "https", "data"] } as Record<string, readonly string[]>,
  /** The only `data:` URIs accepted. */
  dataUri: /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/,
  classPatterns: [/^language-[A-Za-z0-9_+#.-]+$/],
} as const;

const ALLOWED_TAGS: ReadonlySet<string> = new Set(HUMIND_ALLOWED_HTML.tags);
const DROPPED_TAGS: ReadonlySet<string> = new Set(HUMIND_ALLOWED_HTML.dropWithContent);

/** Sanitizes an HTML fragment exactly as the emulated service stores it. */
export function sanitizeHumindHtml(html: string): string {
  const root = sanitizeTree(html);
  keepLeadingNewlines(root);
  return toHtml(root);
}

/**
 * The parser drops one newline right after `<pre>`, so a text that starts with a newline must be
 * serialised with an extra one, or sanitizing the output again would lose it.
 */
function keepLeadingNewlines(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const first = child.children[0];
    if (child.tagName === "pre" && first?.type === "text" && first.value.startsWith("\n")) first.value = `\n${first.value}`;
    keepLeadingNewlines(child);
  }
}

/** Plain text of the sanitized HTML, whitespace collapsed: what an excerpt is cut from. */
export function htmlText(html: string): string {
  return toString(sanitizeTree(html)).replace(/\s+/g, " ").trim();
}

function sanitizeTree(html: string): Root {
  const root = fromHtml(html, { fragment: true });
  return { type: "root", children: cleanChildren(root.children) };
}

function cleanChildren(children: readonly RootContent[]): ElementContent[] {
  return children.flatMap((child) => cleanNode(child));
}

function cleanNode(node: RootContent): ElementContent[] {
  if (node.type === "text") return [node];
  if (node.type !== "element") return []; // comments, doctypes
  if (DROPPED_TAGS.has(node.tagName)) return [];
  const children = cleanChildren(node.children);
  if (!ALLOWED_TAGS.has(node.tagName)) return children;
  return [{ type: "element", tagName: node.tagName, properties: cleanProperties(node), children }];
}

function cleanProperties(node: Element): Element["properties"] {
  const allowed = [...(HUMIND_ALLOWED_HTML.attributes[node.tagName] ?? []), ...(HUMIND_ALLOWED_HTML.attributes["*"] ?? [])];
  const kept: Element["properties"] = {};
  for (const name of allowed) {
    const value = node.properties[name];
    if (value === undefined || value === null) continue;
    if (name === "className") {
      const classes = (Array.isArray(value) ? value : [value]).map(String).filter(isAllowedClass);
      if (classes.length > 0) kept.className = classes;
    } else if (name === "href" || name === "src") {
      if (isAllowedUrl(String(value), HUMIND_ALLOWED_HTML.protocols[name] ?? [])) kept[name] = String(value);
    } else {
      kept[name] = value;
    }
  }
  return kept;
}

function isAllowedClass(value: string): boolean {
  return HUMIND_ALLOWED_HTML.classPatterns.some((pattern) => pattern.test(value));
}

/** Browsers ignore control characters and whitespace in a scheme (`java\tscript:`), so we do too. */
function isAllowedUrl(url: string, protocols: readonly string[]): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (!protocols.includes(scheme)) return false;
  return scheme !== "data" || HUMIND_ALLOWED_HTML.dataUri.test(compact);
}

