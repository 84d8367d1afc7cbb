import type { Diagnostic, Document } from "../document.js";
import { canonicalLocale, localeKey } from "../locale/tags.js";
import { compareCodeUnits } from "../order.js";
import { translationKeyOf } from "./keys.js";
import type { TranslationSetup } from "./prepare.js";

/** What a run without locales finds out about languages from the pages themselves. */
export interface LocaleHints {
  /** Pages with frontmatter `lang` and a shared `translationKey` in two or more languages: grouped with these locales. */
  setup?: TranslationSetup;
  /** Otherwise, when the tree looks translated: one warning with the `locales:` line to add. */
  note?: Diagnostic;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
/** Folders or suffixes that could name a locale: `fr`, `pt-br`, `zh_CN`, `zh-Hans`. */
const LOCALE_LIKE = /^[a-z]{2}(?:[-_](?:[a-z]{2}|[a-z]{4}))?$/i;
/** How many pages two trees must share before one reads as a translation of the other. */
const MIN_SHARED = 2;

/**
 * For a run with no locales configured or detected: pages that say their language in frontmatter
 * and carry a `translationKey` are translations, so when one of them is in a language other than
 * the default, they are grouped, with the default locale and the languages they name (ids then
 * do not change when the default-language pages come or go). Otherwise, locale-named folders that mirror other
 * pages (`fr/guides/x.md` beside `guides/x.md`), `.fr.md` suffixes beside unsuffixed pages, or
 * frontmatter languages give one warning naming the `locales:` line that would group them.
 */
export function localeHints(documents: readonly Document[], defaultLocale: string): LocaleHints {
  const keyed = documents.filter((doc) => doc.lang !== undefined && translationKeyOf(doc) !== undefined);
  const translated = languagesIn(keyed.map((doc) => doc.lang!)).filter((lang) => localeKey(lang) !== localeKey(defaultLocale));
  if (translated.length > 0) return { setup: { locales: [defaultLocale, ...translated], defaultLocale, source: FRONTMATTER_SOURCE } };
  const found = [...mirroredFolders(documents), ...suffixes(documents), ...languagesBesidesDefault(documents, defaultLocale)];
  const locales = languagesIn(found).filter((lang) => localeKey(lang) !== localeKey(defaultLocale));
  if (locales.length === 0) return {};
  const line = `locales: [${[defaultLocale, ...locales].join(", ")}]`;
  const message = `pages look translated (${locales.join(", ")} by folder, file suffix or frontmatter lang) but no locales are configured, so they are published as separate pages; to group translations, add to kb-publish.yml: ${line}`;
  return { note: { severity: "warning", file: LOCALES_NOTE_FILE, message } };
}

/**
 * Languages pages declare, other than regional forms of the default (`en-US` on an `en` site, as a
 * built site's `<html lang>` often says): those are the site's own language, not translations.
 */
function languagesBesidesDefault(documents: readonly Document[], defaultLocale: string): string[] {
  const primary = (tag: string) => localeKey(tag).split("-")[0];
  const languages = languagesIn(documents.flatMap((doc) => (doc.lang ? [doc.lang] : [])));
  return languages.filter((lang) => primary(lang) !== primary(defaultLocale));
}

/** The `file` of notes about the site's languages as a whole (no one file is at fault). */
export const LOCALES_NOTE_FILE = "locales";

/** The `source` of a setup inferred from frontmatter: translation notes about missing pages are not given for it. */
export const FRONTMATTER_SOURCE = "frontmatter lang and translationKey";

/** Distinct language tags, canonical, in order of how many pages use them (then by name). */
function languagesIn(tags: string[]): string[] {
  const counts = new Map<string, number>();
  for (const tag of tags) {
    const lang = canonicalLocale(tag);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([lang]) => lang);
}

function isLanguage(name: string): boolean {
  if (!LOCALE_LIKE.test(name)) return false;
  const code = canonicalLocale(name);
  return code !== undefined && LANGUAGE_NAMES.of(code.split("-")[0]!) !== code.split("-")[0];
}

/** Locale-named folders whose pages mirror the pages beside them (or another locale folder's). */
function mirroredFolders(documents: readonly Document[]): string[] {
  const paths = documents.map((doc) => doc.sourcePath.split("/"));
  const localized = new Map<string, Map<string, Set<string>>>();
  for (const segments of paths) {
    segments.slice(0, -1).forEach((segment, index) => {
      if (!isLanguage(segment)) return;
      const parent = segments.slice(0, index).join("/");
      const trees = localized.get(parent) ?? new Map<string, Set<string>>();
      trees.set(segment, (trees.get(segment) ?? new Set()).add(segments.slice(index + 1).join("/")));
      localized.set(parent, trees);
    });
  }
  const found: string[] = [];
  for (const [parent, trees] of localized) {
    const plain = new Set(paths.flatMap((segments) => plainPath(segments, parent)));
    for (const [folder, tree] of trees) {
      const others = [plain, ...[...trees].filter(([name]) => name !== folder).map(([, other]) => other)];
      if (others.some((other) => shared(tree, other) >= MIN_SHARED)) found.push(folder);
    }
  }
  return found;
}

/** A page's path below `parent`, when it is not in a locale folder there. */
function plainPath(segments: string[], parent: string): string[] {
  const depth = parent === "" ? 0 : parent.split("/").length;
  if (segments.slice(0, depth).join("/") !== parent || segments.length <= depth + 1 || isLanguage(segments[depth]!)) return [];
  return [segments.slice(depth).join("/")];
}

/** `install.fr.md` beside `install.md`. */
function suffixes(documents: readonly Document[]): string[] {
  const paths = new Set(documents.map((doc) => doc.sourcePath));
  const found: string[] = [];
  for (const path of paths) {
    const match = /^(.*)\.([^./]+)(\.[^./]+)$/.exec(path);
    if (match && isLanguage(match[2]!) && paths.has(`${match[1]}${match[3]}`)) found.push(match[2]!);
  }
  return found;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const path of a) if (b.has(path)) count++;
  return count;
}
