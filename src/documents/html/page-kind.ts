import { startTagIndex } from "./locate.js";

/**
 * Built pages that are generated listings of other pages rather than pages of their own, known
 * by the classes generators put on `<html>` or `<body>`. They have no Markdown source, repeat
 * the text of the pages they list, and change whenever any of those pages does.
 */
export const LISTING_PAGE_CLASSES: readonly { className: string; what: string }[] = [
  // Docusaurus blog plugin (`<html class="blog-wrapper blog-list-page …">`).
  { className: "blog-list-page", what: "blog index (Docusaurus)" },
  { className: "blog-tags-list-page", what: "blog tag index (Docusaurus)" },
  { className: "blog-tags-post-list-page", what: "blog tag listing (Docusaurus)" },
  { className: "blog-authors-list-page", what: "blog author index (Docusaurus)" },
  { className: "blog-authors-posts-page", what: "blog author listing (Docusaurus)" },
  { className: "blog-archive-page", what: "blog archive (Docusaurus)" },
  // Docusaurus docs plugin: the tag pages of docs.
  { className: "docs-tags-list-page", what: "docs tag index (Docusaurus)" },
  { className: "docs-tags-doc-list-page", what: "docs tag listing (Docusaurus)" },
];

/** Listings known by a class on an element of the body (start tags outside scripts only). */
const LISTING_ELEMENTS: readonly { probe: RegExp; what: string }[] = [
  // Docusaurus `generated-index` category pages: `<div class="generatedIndexPage_vN6x">` (CSS-module suffix).
  { probe: /<div[^>]*?\sclass\s*=\s*["']?(?:[^"'>]*\s)?generatedIndexPage_/gi, what: "generated category index (Docusaurus)" },
];

/** Listings known by a pair of body classes: Docsy's blog section pages (`<body class="td-section td-blog">`). */
const LISTING_CLASS_PAIRS: readonly { classes: [string, string]; what: string }[] = [
  { classes: ["td-section", "td-blog"], what: "blog section listing (Docsy)" },
];

/**
 * Why a built page is a generated listing and not a page, or undefined for a page. `classes`
 * are those of `<html>` and `<body>`; `text` is the page and `bodyFrom` where its body starts.
 */
export function listingReason(classes: readonly string[], text: string, bodyFrom: number): string | undefined {
  const has = new Set(classes);
  const byClass = LISTING_PAGE_CLASSES.find((entry) => has.has(entry.className));
  if (byClass) return `${byClass.what}: a generated listing of the built site`;
  const byPair = LISTING_CLASS_PAIRS.find((entry) => entry.classes.every((name) => has.has(name)));
  if (byPair) return `${byPair.what}: a generated listing of the built site`;
  const byElement = LISTING_ELEMENTS.find((entry) => startTagIndex(text, entry.probe, bodyFrom) !== -1);
  return byElement ? `${byElement.what}: a generated listing of the built site` : undefined;
}
