/**
 * A locale code in canonical BCP 47 form (`pt_br` → `pt-BR`, `ZH-hans` → `zh-Hans`), or
 * undefined when it is not a language tag at all. Folder and file names are often lower-case
 * (`pt-br`), so two spellings of one locale must compare equal.
 */
export function canonicalLocale(code: string): string | undefined {
  const written = code.trim().replaceAll("_", "-");
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(written)) return undefined;
  try {
    return Intl.getCanonicalLocales(written)[0];
  } catch {
    return undefined;
  }
}

/** The key two spellings of one locale share: canonical and lower-case, or the raw text lower-cased. */
export function localeKey(code: string): string {
  return (canonicalLocale(code) ?? code.trim()).toLowerCase();
}

/**
 * Finds `name` (a folder name, a file-name suffix, a frontmatter value) among the configured
 * locales, ignoring case and `_`/`-`, and returns the configured locale in canonical form.
 * With `loose`, a language tag also matches the one configured locale it refines or is refined
 * by (`en-US` on an `en` site, `en` on an `en-US` site), because pages and `<html lang>` often
 * say more (or less) than the site's locale list.
 */
export function matchLocale(name: string, locales: readonly string[], options: { loose?: boolean } = {}): string | undefined {
  const key = localeKey(name);
  const found = locales.find((locale) => localeKey(locale) === key) ?? (options.loose ? looseMatch(key, locales) : undefined);
  return found === undefined ? undefined : (canonicalLocale(found) ?? found);
}

function looseMatch(key: string, locales: readonly string[]): string | undefined {
  const related = locales.filter((locale) => {
    const other = localeKey(locale);
    return key.startsWith(`${other}-`) || other.startsWith(`${key}-`);
  });
  return related.length === 1 ? related[0] : undefined;
}
