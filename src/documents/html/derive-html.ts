import type { DeriveOutcome, SourceFile } from "../derive.js";
import type { Document } from "../document.js";
import { externalIdOf } from "../id.js";
import { normalizeTags } from "../tags.js";
import { titleFromPath } from "../title.js";
import { normalizeText } from "../normalize.js";
import { builtBy, recordBuiltBy } from "./built-by.js";
import { cleanContent } from "./clean.js";
import { locateMainContent, type ContentSearch, type MainContent } from "./content.js";
import { htmlOf, markdownOf, stripPresentation } from "./convert.js";
import { readHead, type PageHead } from "./head.js";
import { parseTop } from "./locate.js";
import { listingReason } from "./page-kind.js";
import { pageTitleOf } from "./page-title.js";
import { pagePathOf } from "./paths.js";
import { absolutizeLinks, pageUrlOf, translationKeyOf } from "./urls.js";

/** How built HTML pages become documents. */
export interface HtmlDeriveOptions {
  /** Prepended to every id. Default in Settings: empty. */
  idPrefix: string;
  /** Locale codes whose folders (`fr/…`) are taken off paths before the id is made. Default none. */
  locales?: readonly string[];
  /** The site's main language: picks the translation key among `hreflang` alternates. Default none. */
  defaultLocale?: string;
  /** Site URL: resolves relative canonical links, and is the source URL of pages without one. Default none. */
  baseUrl?: string;
  /**
   * Also keep the cleaned HTML in `Document.html`, for targets that send HTML. Default true.
   * False skips the serialisation and the memory for targets that only read `content`.
   */
  html?: boolean;
}

/**
 * Derives the Document for one built HTML page: the main content (found by generator-aware
 * selectors, then cleaned of chrome) as Markdown in `content` and, unless `html: false`, as
 * HTML in `html`; title, language, source URL and translation key from the page itself. Only
 * the top of the page and its content element are parsed (see locate.ts). Pages that are not
 * pages of their own — redirects, `noindex`, generated listings, pages without a content
 * element or with an empty one — are left out with the reason. Pure: never throws for bad
 * input, never touches I/O.
 */
export function deriveHtmlDocument(file: SourceFile, options: HtmlDeriveOptions): DeriveOutcome {
  const path = pagePathOf(file.path, options.locales ?? []);
  if (path.kind === "not-a-page") return { kind: "excluded", reason: path.reason };

  const text = normalizeText(file.text);
  const top = parseTop(text);
  const head = readHead(top.tree);
  if (head.redirectTo !== undefined) return { kind: "excluded", reason: `redirect stub to ${head.redirectTo}` };
  if (head.noindex) return { kind: "excluded", reason: "noindex in <meta name=\"robots\">" };
  const listing = listingReason(head.pageClasses, text, top.bodyFrom);
  if (listing) return { kind: "excluded", reason: listing };
  const search = locateMainContent(text, top.bodyFrom);
  // Textless: a page that had text and lost it (a broken build, a new theme) keeps its published copy.
  if (search.kind !== "found") return { kind: "excluded", reason: notFoundReason(search), textless: true };

  const document = buildDocument({ file, head, main: search, idPath: path.idPath, locale: path.locale, options });
  if (!document.content) return { kind: "excluded", reason: `page has no text once navigation is removed (content found by "${search.selector}")`, textless: true };
  // A generator prints the title of a page whose source has no body (a section page, a stub):
  // the Markdown side leaves that source out as a page without text, and so does this side.
  if (document.content.replace(/^# .*\n?/, "").trim() === "") {
    return { kind: "excluded", reason: `page has no text besides its title (content found by "${search.selector}")`, textless: true };
  }
  const generator = builtBy(document);
  return generator === undefined ? { kind: "document", document, diagnostics: [] } : { kind: "document", document, diagnostics: [], builtBy: generator };
}

function notFoundReason(search: Exclude<ContentSearch, { kind: "found" }>): string {
  if (search.kind === "empty") return `content element "${search.selector}" (${search.generator}) is empty; the page is left out rather than read from its navigation`;
  return `no content element (tried ${search.tried.map((s) => `"${s}"`).join(", ")}); the page is left out rather than read from the whole <body>`;
}

interface PageParts {
  file: SourceFile;
  head: PageHead;
  main: MainContent;
  idPath: string;
  locale?: string;
  options: HtmlDeriveOptions;
}

const KNOWN_GENERATORS = ["docusaurus", "starlight", "vitepress", "hugo", "mkdocs", "jekyll"];

/** The most specific generator the page names: Starlight over the Astro it runs on. */
function declaredGenerator(head: PageHead): string | undefined {
  const named = head.generators.join(" ").toLowerCase();
  return KNOWN_GENERATORS.find((generator) => named.includes(generator));
}

function buildDocument(parts: PageParts): Document {
  const { file, head, main, idPath, options } = parts;
  cleanContent(main.element);
  // Read before presentation classes go: a home page's hero name is found by its class.
  const title = pageTitleOf(main, head) ?? titleFromPath(idPath);
  const sourceUrl = pageUrlOf(head, idPath, options.baseUrl);
  if (sourceUrl) absolutizeLinks(main.element, sourceUrl);
  // Presentation only matters in the HTML a target receives; the Markdown is written without it.
  if (options.html !== false) stripPresentation(main.element);

  const lang = head.lang ?? parts.locale;
  const document: Document = {
    // `.html` appended so that externalIdOf strips exactly that, never a dot inside the route (`release-1.0`).
    externalId: externalIdOf({ sourcePath: `${idPath}.html`, idPrefix: options.idPrefix }),
    title,
    content: markdownOf(main.element),
    // Spread here so a kept `html` sits where it always has in the document.
    ...(options.html === false ? {} : { html: htmlOf(main.element) }),
    tags: normalizeTags(head.keywords).tags,
    sourcePath: file.path,
    metadata: {},
  };
  if (lang) document.lang = lang;
  if (head.description) document.description = head.description;
  if (sourceUrl) document.sourceUrl = sourceUrl;
  const translationKey = translationKeyOf(head.alternates, { pageUrl: sourceUrl, lang, defaultLocale: options.defaultLocale });
  if (translationKey) document.metadata.translationKey = translationKey;
  recordBuiltBy(document, declaredGenerator(head) ?? main.generator);
  return document;
}
