import type { Document } from "../document.js";
import { externalIdOf, scopedIdWithin, type IdScope } from "../id.js";
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
  /** How explicit frontmatter ids were read (Settings `idScope`). Default `global`. */
  idScope?: IdScope;
  /** The path a page's id comes from (a versioned page's path in `docs/`). Default: the path itself. */
  pagePath?: (sourcePath: string) => string;
  /** The id prefix of a page (`idPrefix`, plus `<version>/` when several versions are published). Default `idPrefix`. */
  idPrefixOf?: (sourcePath: string) => string;
}

/**
 * Gives every document its language and its base id: the id its path has once the locale
 * folder or suffix is removed (`fr/guides/install.md` → `guides/install`). An explicit
 * frontmatter id is kept as the base id; one read relative to its folder (`idScope: folder`) is
 * re-read from the locale-free folder, so Docusaurus's
 * `i18n/fr/docusaurus-plugin-content-docs/current/guides/x.md` with `id: overview` shares the
 * base id of `docs/guides/x.md` with `id: overview`: `docs/guides/overview`. A source URL that
 * came from the path is rebuilt the way generators publish translations: `<lang>/` in front of
 * the base path, nothing for the default locale (`guides/install.fr.md` → `/fr/guides/install/`).
 * Returns new documents.
 */
export function localizeDocuments(documents: readonly Document[], options: LocalizeOptions): Document[] {
  const idOfPath = options.idOfPath ?? ((sourcePath: string) => externalIdOf({ sourcePath, idPrefix: options.idPrefix }));
  return documents.map((doc) => {
    const page = localeOf(doc.sourcePath, doc.lang, options);
    if (page.basePath === doc.sourcePath) return { ...doc, lang: page.lang };
    const localized: Document = { ...doc, lang: page.lang };
    const baseId = rebasedId(doc, page.basePath, idOfPath, options);
    if (baseId !== undefined) localized.externalId = baseId;
    const sourceUrl = localizedUrl(doc, page, options);
    if (sourceUrl !== undefined) localized.sourceUrl = sourceUrl;
    return localized;
  });
}

/** The id a page has once its path is locale-free, when its id came from its path or folder. */
function rebasedId(doc: Document, basePath: string, idOfPath: (sourcePath: string) => string, options: LocalizeOptions): string | undefined {
  if (doc.externalId === idOfPath(doc.sourcePath)) return idOfPath(basePath);
  if (options.idScope !== "folder") return undefined;
  const pagePath = options.pagePath ?? ((path: string) => path);
  const idPrefixOf = options.idPrefixOf ?? (() => options.idPrefix);
  const explicitId = scopedIdWithin(doc.externalId, pagePath(doc.sourcePath), idPrefixOf(doc.sourcePath));
  return explicitId === undefined ? undefined : externalIdOf({ sourcePath: pagePath(basePath), explicitId, idPrefix: idPrefixOf(basePath), idScope: "folder" });
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
