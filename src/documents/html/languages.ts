import type { Document } from "../document.js";
import { localeKey } from "../locale/tags.js";
import { builtBy } from "./built-by.js";

/** The `<html lang>` each built page declared, by source path, before the translation step ran. */
export function declaredLanguages(documents: readonly Document[]): Map<string, string> {
  const declared = new Map<string, string>();
  for (const doc of documents) if (builtBy(doc) !== undefined && doc.lang !== undefined) declared.set(doc.sourcePath, doc.lang);
  return declared;
}

/**
 * Puts back the language a built page declares in `<html lang>` where the translation step
 * read it as the site's locale it refines (`fa-IR` on a site whose locale folder is `fa`): the
 * page says more than its folder. Ids and groups stay as the step made them (they follow the
 * locale folder, as URLs do). A declared language that is not a refinement (another language
 * altogether) is left as the step decided. Returns new documents.
 */
export function withDeclaredLanguages(documents: readonly Document[], declared: ReadonlyMap<string, string>): Document[] {
  if (declared.size === 0) return [...documents];
  const refined = (lang: string | undefined, sourcePath: string): string | undefined => {
    const written = declared.get(sourcePath);
    return written !== undefined && lang !== undefined && localeKey(written).startsWith(`${localeKey(lang)}-`) ? written : lang;
  };
  return documents.map((doc) => {
    const lang = refined(doc.lang, doc.sourcePath);
    const translations = doc.translations?.map((t) => ({ ...t, lang: refined(t.lang, t.sourcePath) ?? t.lang }));
    return lang === doc.lang && translations === undefined ? doc : { ...doc, ...(lang === undefined ? {} : { lang }), ...(translations ? { translations } : {}) };
  });
}
