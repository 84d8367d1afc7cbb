import type { Document } from "../document.js";
import { externalIdOf } from "../id.js";
import { sourceUrlOf } from "../links.js";
import { localeOf, type LocaleOptions, type PageLocale } from "../locale/locale-of.js";
import { localeKey } from "../locale/tags.js";

export interface LocalizeOptions extends LocaleOptions {
  /** The id prefix of the run (Settings `idPrefix`). */
  idPrefix: string;
  /** Site URL (Settings `baseUrl`): path-derived source URLs are rebuilt for the language. Default none. */
  baseUrl?: string;
  /** How an id is derived from a path; default {@link externalIdOf}. */
  idOfPath?: (sourcePath: string) => string;
}

/**
 * Gives every document its language and its base id: the id its path has once the locale
 * folder or suffix is removed (`fr/guides/install.md` → `guides/install`). An explicit
 * frontmatter id is kept as the base id. A source URL that came from the path is rebuilt the
 * way generators publish translations: `<lang>/` in front of the base path, nothing for the
 * default locale (`guides/install.fr.md` → `/fr/guides/install/`). Returns new documents.
 */
export function localizeDocuments(documents: readonly Document[], options: LocalizeOptions): Document[] {
  const idOfPath = options.idOfPath ?? ((sourcePath: string) => externalIdOf({ sourcePath, idPrefix: options.idPrefix }));
  return documents.map((doc) => {
    const page = localeOf(doc.sourcePath, doc.lang, options);
    if (page.basePath === doc.sourcePath) return { ...doc, lang: page.lang };
    const localized: Document = { ...doc, lang: page.lang };
    if (doc.externalId === idOfPath(doc.sourcePath)) localized.externalId = idOfPath(page.basePath);
    const sourceUrl = localizedUrl(doc, page, options);
    if (sourceUrl !== undefined) localized.sourceUrl = sourceUrl;
    return localized;
  });
}

/** The URL a translation is published at, when the page's URL came from its path. */
function localizedUrl(doc: Document, page: PageLocale, options: LocalizeOptions): string | undefined {
  const { baseUrl } = options;
  if (!baseUrl || doc.sourceUrl === undefined || doc.sourceUrl !== sourceUrlOf({ sourcePath: doc.sourcePath, baseUrl })) return undefined;
  if (localeKey(page.lang) === localeKey(options.defaultLocale)) return sourceUrlOf({ sourcePath: page.basePath, baseUrl });
  // URLs use the locale as the site spells it (`pt-br` for Starlight, `pt-BR` for Docusaurus).
  const spelling = options.locales.find((locale) => localeKey(locale) === localeKey(page.lang)) ?? page.lang;
  return sourceUrlOf({ sourcePath: `${spelling}/${page.basePath}`, baseUrl });
}
