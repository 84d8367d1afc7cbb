import type { Element, Root } from "hast";
import { select } from "hast-util-select";
import type { PageHead } from "./head.js";
import { visibleText } from "./tree.js";

/** Separators generators put between the page title and the site name in `<title>`. */
const SUFFIX_SEPARATORS = [" | ", " – ", " — ", " · ", " - ", " :: "];

/** Anchor glyphs left at the end of a heading read from the raw page (outside the cleaned content). */
const TRAILING_GLYPHS = /[\s#¶§🔗]+$/u;

/**
 * The title of a built page: the content's `<h1>`, else an `<h1>` in `<main>` (Starlight
 * renders it outside the Markdown content), else `og:title`, else `<title>` without the site
 * suffix (also taken off an og:title that merely repeats `<title>`). Undefined when the page
 * names no title at all.
 */
export function pageTitleOf(content: Element, tree: Root, head: PageHead): string | undefined {
  const heading = select("h1", content) ?? select("main h1", tree);
  const fromHeading = heading ? visibleText(heading).replace(TRAILING_GLYPHS, "") : "";
  if (fromHeading) return fromHeading;
  // Docusaurus copies the whole `<title>` into og:title, site suffix included.
  if (head.ogTitle && head.ogTitle !== head.title) return head.ogTitle;
  const written = head.ogTitle ?? head.title;
  return written ? withoutSiteSuffix(written, head.siteName) : undefined;
}

/**
 * `Install | My Docs` -> `Install`. With the site name known (`og:site_name`), only that exact
 * suffix is removed (a title without it is kept whole); otherwise the text after the last
 * separator is, unless nothing would remain.
 */
export function withoutSiteSuffix(title: string, siteName?: string): string {
  if (siteName) {
    for (const separator of SUFFIX_SEPARATORS) {
      const suffix = `${separator}${siteName}`;
      if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
    }
    return title;
  }
  const cut = Math.max(...SUFFIX_SEPARATORS.map((separator) => title.lastIndexOf(separator)));
  const kept = cut > 0 ? title.slice(0, cut).trim() : "";
  return kept || title;
}
