import type { Element, Root, RootContent } from "hast";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { fromHtml } from "hast-util-from-html";
import { unified } from "unified";
import { markdownToHast } from "./markdown-hast.js";

/** Tags Humind keeps when it sanitizes `content_html` (HM-KN "HTML content"); every other tag is dropped. */
export const HUMIND_TAGS: readonly string[] = [
  "p", "a", "br", "hr", "em", "strong", "b", "i", "u", "ul", "ol", "li",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
  "table", "thead", "tbody", "tr", "th", "td", "img", "span", "div",
];

/** URL schemes kept per attribute. Humind documents http, https, mailto (and data:) for links. */
export const HUMIND_URL_SCHEMES: Readonly<Record<"href" | "src", readonly string[]>> = {
  href: ["http", "https", "mailto"],
  src: ["http", "https"],
};

/**
 * The local copy of Humind's allow-list, as a hast-util-sanitize schema. It is deliberately no
 * wider than the documented list: what kb-publish sends is then exactly what Humind stores, so the
 * hash of the payload describes the stored entry. `class` is dropped everywhere because the
 * allowed class values are not documented; data: links are dropped because "valid" is not defined.
 */
export const HUMIND_SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: [...HUMIND_TAGS],
  attributes: { a: ["href"], img: ["src", "alt", "width", "height"] },
  protocols: { href: [...HUMIND_URL_SCHEMES.href], src: [...HUMIND_URL_SCHEMES.src] },
  // Removed together with their content; any other unknown tag is unwrapped (its text kept).
  strip: ["script", "style", "iframe", "object", "embed", "form", "input", "textarea", "select", "button", "template"],
  ancestors: {},
  required: {},
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Humind keeps only absolute links with an allowed scheme; hast-util-sanitize would keep relative
 * ones (`../guide.md`, `#anchor`), which Humind strips. Drop them here so sent equals stored.
 */
function dropRelativeUrls() {
  return (tree: Root) => tree.children.forEach(dropInNode);
}

function dropInNode(node: RootContent): void {
  if (node.type !== "element") return;
  dropUnsafeUrls(node);
  node.children.forEach(dropInNode);
}

function dropUnsafeUrls(node: Element): void {
  for (const key of ["href", "src"] as const) {
    const value = node.properties[key];
    if (value === undefined || value === null) continue;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(String(value).trim())?.[1]?.toLowerCase();
    if (!scheme || !HUMIND_URL_SCHEMES[key].includes(scheme)) delete node.properties[key];
  }
}

/** The same allow-list for every tree: Markdown rendered by markdown-hast.ts, and pages that are already HTML. */
const htmlCleaner = unified().use(dropRelativeUrls).use(rehypeSanitize, HUMIND_SANITIZE_SCHEMA).use(rehypeStringify).freeze();

/**
 * The `content_html` kb-publish sends for a Markdown body (GFM; raw HTML inside the Markdown is
 * not passed through), restricted to Humind's allow-list. Pure and deterministic.
 */
export function markdownToHumindHtml(markdown: string): string {
  const tree = htmlCleaner.runSync(markdownToHast(markdown));
  return htmlCleaner.stringify(tree).trim();
}

/** The `content_html` kb-publish sends for a page read from built HTML. Pure and deterministic. */
export function cleanHumindHtml(html: string): string {
  const tree = htmlCleaner.runSync(fromHtml(html, { fragment: true }));
  return htmlCleaner.stringify(tree).trim();
}
