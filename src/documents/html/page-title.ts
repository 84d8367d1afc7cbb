import type { Element } from "hast";
import type { MainContent } from "./content.js";
import type { PageHead } from "./head.js";
import { classesOf, visibleText, walkElements } from "./tree.js";

/** Separators generators put between the page title and the site name in `<title>`. */
const SUFFIX_SEPARATORS = [" | ", " – ", " — ", " · ", " - ", " :: "];

/** Anchor glyphs left at the end of a heading. */
const TRAILING_GLYPHS = /[\s#¶§🔗]+$/u;

/**
 * Generators whose `<title>` may name the page differently from its source: MkDocs takes the
 * label of the page in `nav:` of mkdocs.yml. There the content's `<h1>` is what the Markdown
 * side reads (frontmatter `title`, else the first `# heading`).
 */
const HEADING_FIRST: ReadonlySet<string> = new Set(["mkdocs", "mkdocs-material"]);

/**
 * The title of a built page, read the way the Markdown side reads the source's (frontmatter
 * `title`, else the first heading): generators print exactly that title in the head, while the
 * page's `<h1>` may be something else (a hero heading on a home page, the content's own `# …`
 * under a different frontmatter title). So: `og:title` when it is the page title alone (it
 * differs from `<title>`: Starlight, Docsy, jekyll-seo-tag), else `<title>` without the site
 * suffix, else the content's `<h1>`. On MkDocs sites the `<h1>` comes first (see
 * {@link HEADING_FIRST}). Undefined when the page names no title at all. Text is kept as written:
 * zero-width non-joiners and direction marks are part of the title.
 */
export function pageTitleOf(main: MainContent, head: PageHead): string | undefined {
  const heading = firstHeading(main.element);
  if (heading && HEADING_FIRST.has(main.generator)) return heading;
  const title = headTitle(head);
  // A VitePress home page without a frontmatter title prints the bare site title: the Markdown
  // side then reads `hero.name`, which the hero shows.
  if (main.selector === ".VPHome" && title !== undefined && !SUFFIX_SEPARATORS.some((s) => (head.title ?? "").includes(s))) {
    return heroName(main.element) ?? title;
  }
  return title ?? heading;
}

function heroName(home: Element): string | undefined {
  const name = selectByClass(home, "name");
  return name ? visibleText(name) || undefined : undefined;
}

function selectByClass(root: Element, className: string): Element | undefined {
  let found: Element | undefined;
  walkElements(root, (element) => {
    if (!found && classesOf(element).includes(className)) found = element;
    return found === undefined;
  });
  return found;
}

function headTitle(head: PageHead): string | undefined {
  // Docusaurus copies the whole `<title>` into og:title, site suffix included.
  if (head.ogTitle && head.ogTitle !== head.title) return head.ogTitle;
  const written = head.ogTitle ?? head.title;
  // A home page's title is often the site's name: it is still the title its source gives it.
  return written ? withoutSiteSuffix(written, head.siteName) : undefined;
}

function firstHeading(content: Element): string | undefined {
  let found: Element | undefined;
  walkElements(content, (element) => {
    if (found) return false;
    if (element.tagName === "h1") found = element;
    return found === undefined;
  });
  return (found && visibleText(found).replace(TRAILING_GLYPHS, "")) || undefined;
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
