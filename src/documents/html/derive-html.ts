import type { Root } from "hast";
import type { DeriveOutcome, SourceFile } from "../derive.js";
import type { Diagnostic, Document } from "../document.js";
import { externalIdOf } from "../id.js";
import { normalizeTags } from "../tags.js";
import { titleFromPath } from "../title.js";
import { normalizeText } from "../normalize.js";
import { cleanContent } from "./clean.js";
import { selectMainContent } from "./content.js";
import type { MainContent } from "./content.js";
import { htmlOf, markdownOf, stripPresentation } from "./convert.js";
import { readHead } from "./head.js";
import type { PageHead } from "./head.js";
import { pageTitleOf } from "./page-title.js";
import { parseHtml } from "./parse.js";
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
 * Derives the Document for one built HTML page: the main content (chosen by generator-aware
 * selectors, then cleaned of chrome) as Markdown in `content` and, unless `html: false`, as
 * HTML in `html`; title, language, source URL and translation key from the page itself. The
 * HTML is parsed once. Pure: never throws for bad input, never touches I/O.
 */
export function deriveHtmlDocument(file: SourceFile, options: HtmlDeriveOptions): DeriveOutcome {
  const path = pagePathOf(file.path, options.locales ?? []);
  if (path.kind === "not-a-page") return { kind: "excluded", reason: path.reason };

  const tree = parseHtml(normalizeText(file.text));
  const head = readHead(tree);
  if (head.redirectTo !== undefined) return { kind: "excluded", reason: `redirect stub to ${head.redirectTo}` };
  if (head.noindex) return { kind: "excluded", reason: "noindex in <meta name=\"robots\">" };
  const main = selectMainContent(tree);
  if (!main) return { kind: "excluded", reason: "page has no text", textless: true };

  const document = buildDocument({ file, tree, head, main, idPath: path.idPath, locale: path.locale, options });
  if (!document.content) return { kind: "excluded", reason: `page has no text once navigation is removed (content found by "${main.selector}")`, textless: true };
  return { kind: "document", document, diagnostics: fallbackWarning(file.path, main) };
}

/** Reading the whole `<body>` means no known layout matched: say so, since chrome may remain. */
function fallbackWarning(file: string, main: MainContent): Diagnostic[] {
  if (main.selector !== "body") return [];
  const message = "no main content element found (tried the generator selectors, main, article); read the whole <body>, so site navigation may remain in the document";
  return [{ severity: "warning", file, message }];
}

interface PageParts {
  file: SourceFile;
  tree: Root;
  head: PageHead;
  main: MainContent;
  idPath: string;
  locale?: string;
  options: HtmlDeriveOptions;
}

function buildDocument(parts: PageParts): Document {
  const { file, tree, head, main, idPath, options } = parts;
  cleanContent(main.element);
  const sourceUrl = pageUrlOf(head, idPath, options.baseUrl);
  if (sourceUrl) absolutizeLinks(main.element, sourceUrl);
  stripPresentation(main.element);

  const document: Document = {
    // `.html` appended so that externalIdOf strips exactly that, never a dot inside the route (`release-1.0`).
    externalId: externalIdOf({ sourcePath: `${idPath}.html`, idPrefix: options.idPrefix }),
    title: pageTitleOf(main.element, tree, head) ?? titleFromPath(idPath),
    content: markdownOf(main.element),
    // Spread here so a kept `html` sits where it always has in the document.
    ...(options.html === false ? {} : { html: htmlOf(main.element) }),
    tags: normalizeTags(head.keywords).tags,
    sourcePath: file.path,
    metadata: {},
  };
  const lang = head.lang ?? parts.locale;
  if (lang) document.lang = lang;
  if (head.description) document.description = head.description;
  if (sourceUrl) document.sourceUrl = sourceUrl;
  const translationKey = translationKeyOf(head.alternates, sourceUrl, options.defaultLocale);
  if (translationKey) document.metadata.translationKey = translationKey;
  return document;
}
