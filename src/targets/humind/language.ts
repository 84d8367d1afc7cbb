/** Humind's language-tag rule for translations and `default_language` (HM-KN, `invalid_lang_format`). */
export const HUMIND_LANG_PATTERN = /^[a-z]{2}(-[A-Z]{2})?$/;

/**
 * A page language in the form Humind accepts: `pt_br`, `PT-br` and `pt-BR` all become `pt-BR`,
 * `EN` becomes `en`. Anything that cannot be written as `xx` or `xx-YY` is returned unchanged,
 * so {@link humindLanguageProblem} can name it.
 */
export function toHumindLanguage(lang: string): string {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(lang.trim());
  if (!match) return lang;
  const [, language, region] = match;
  return region ? `${language!.toLowerCase()}-${region.toUpperCase()}` : language!.toLowerCase();
}

/** Why Humind would refuse this language tag (422 `invalid_lang_format`), or undefined when it is fine. */
export function humindLanguageProblem(lang: string, where: string): string | undefined {
  if (HUMIND_LANG_PATTERN.test(lang)) return undefined;
  return (
    `language ${JSON.stringify(lang)} in ${where} is not a Humind language tag: ` +
    `expected a two-letter ISO 639-1 code with an optional region, like en, fr or pt-BR (^[a-z]{2}(-[A-Z]{2})?$)`
  );
}
