import { canonicalLocale, matchLocale } from "./tags.js";

/** The locales of a site. */
export interface LocaleOptions {
  /** Locale codes the site is translated into, in display order (`["en", "fr"]`). */
  locales: readonly string[];
  /** The language of pages that say nothing about theirs. */
  defaultLocale: string;
}

/** A page's language and its path with every locale marker removed. */
export interface PageLocale {
  /** Canonical language tag (`fr`, `pt-BR`). */
  lang: string;
  /** The path with the locale folder or file-name suffix removed: what the page's base id comes from. */
  basePath: string;
  /** Where the language came from. */
  source: "frontmatter" | "suffix" | "folder" | "default";
}

// Docusaurus keeps translations outside the docs folder; each plugin folder maps back to the
// folder its originals live in, so the translation's base path equals the original's path.
const DOCUSAURUS_I18N = /^(?<before>(?:.*\/)?)i18n\/(?<locale>[^/]+)\/docusaurus-plugin-content-(?<plugin>[^/]+?)\/(?<rest>.+)$/;

/**
 * The language of one page and its base path. Precedence: frontmatter (`lang`, `language`,
 * `locale`, already read by derive), a file-name suffix that is a configured locale
 * (`page.fr.md`), a locale folder (Docusaurus `i18n/<locale>/docusaurus-plugin-content-docs/current/`,
 * or the first folder named after a configured locale: Hugo `content/<lang>/`, Starlight
 * `src/content/docs/<locale>/`, VitePress and plain `<locale>/`), else the default locale.
 * Locale markers are removed from `basePath` even when the frontmatter names the language. A
 * frontmatter language that refines a configured locale is that locale (`en-US` on an `en` site).
 */
export function localeOf(path: string, frontmatterLang: string | undefined, options: LocaleOptions): PageLocale {
  const fromPath = pathLocale(path.replaceAll("\\", "/"), options.locales);
  const written = frontmatterLang === undefined ? undefined : frontmatterLang.trim();
  if (written) {
    const lang = matchLocale(written, options.locales, { loose: true }) ?? canonicalLocale(written) ?? written;
    return { lang, basePath: fromPath?.basePath ?? path, source: "frontmatter" };
  }
  if (fromPath) return fromPath;
  const lang = canonicalLocale(options.defaultLocale) ?? options.defaultLocale;
  return { lang, basePath: path, source: "default" };
}

function pathLocale(path: string, locales: readonly string[]): PageLocale | undefined {
  return docusaurusLocale(path) ?? suffixLocale(path, locales) ?? folderLocale(path, locales);
}

function docusaurusLocale(path: string): PageLocale | undefined {
  const groups = DOCUSAURUS_I18N.exec(path)?.groups;
  const lang = groups && canonicalLocale(groups.locale!);
  if (!groups || !lang) return undefined;
  const home = pluginHome(groups.plugin!, groups.rest!);
  if (!home) return undefined;
  return { lang, basePath: `${groups.before}${home}`, source: "folder" };
}

/**
 * Where the originals of a Docusaurus plugin folder live (default plugin paths):
 * `docs/current/x` → `docs/x`, `docs/version-1.0/x` → `versioned_docs/version-1.0/x`,
 * `docs-<id>/current/x` → `<id>/x`, `blog/x` → `blog/x`, `pages/x` → `src/pages/x`.
 */
function pluginHome(plugin: string, rest: string): string | undefined {
  if (plugin === "blog") return `blog/${rest}`;
  if (plugin === "pages") return `src/pages/${rest}`;
  const docs = /^(?:docs|docs-(?<id>.+))$/.exec(plugin);
  const version = /^(?<name>current|version-[^/]+)\/(?<page>.+)$/.exec(rest)?.groups;
  if (!docs || !version) return undefined;
  const id = docs.groups?.id;
  if (version.name === "current") return `${id ?? "docs"}/${version.page}`;
  return `${id ? `${id}_versioned_docs` : "versioned_docs"}/${version.name}/${version.page}`;
}

function suffixLocale(path: string, locales: readonly string[]): PageLocale | undefined {
  const match = /^(?<stem>(?:.*\/)?[^/]+)\.(?<suffix>[^./]+)(?<extension>\.[^./]+)$/.exec(path)?.groups;
  const lang = match && matchLocale(match.suffix!, locales);
  if (!match || !lang) return undefined;
  return { lang, basePath: `${match.stem}${match.extension}`, source: "suffix" };
}

function folderLocale(path: string, locales: readonly string[]): PageLocale | undefined {
  const segments = path.split("/");
  for (let index = 0; index < segments.length - 1; index++) {
    const lang = matchLocale(segments[index]!, locales);
    if (lang === undefined) continue;
    const basePath = [...segments.slice(0, index), ...segments.slice(index + 1)].join("/");
    return { lang, basePath, source: "folder" };
  }
  return undefined;
}
