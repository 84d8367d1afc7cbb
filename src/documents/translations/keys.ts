import { DEFAULT_FRONTMATTER_KEYS } from "../../config/document-options.js";
import type { Document } from "../document.js";
import { localeKey } from "../locale/tags.js";

/** Frontmatter keys that name a translation group explicitly (Hugo's is `translationKey`). */
export const TRANSLATION_KEY_NAMES = DEFAULT_FRONTMATTER_KEYS.translationKey;

/** The explicit translation key of a page, when its frontmatter has one. */
export function translationKeyOf(doc: Document): string | undefined {
  for (const name of TRANSLATION_KEY_NAMES) {
    const value = doc.metadata[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/** Sorts languages in the order the site lists them; unlisted ones after, alphabetically. */
export function localeRank(locales: readonly string[]): (lang: string | undefined) => number {
  const keys = locales.map(localeKey);
  return (lang) => {
    const index = lang === undefined ? -1 : keys.indexOf(localeKey(lang));
    return index === -1 ? keys.length : index;
  };
}

export function sameLocale(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && localeKey(a) === localeKey(b);
}

/** `<prefix><lang>/<base id>`: the prefix stays first, so ownership by id prefix still holds. */
export function languageId(baseId: string, lang: string, idPrefix: string): string {
  const rest = idPrefix && baseId.startsWith(idPrefix) ? baseId.slice(idPrefix.length) : baseId;
  return `${idPrefix}${lang}/${rest}`;
}
