import { blockAfter, endOfString, longestStringList, propertyValue, stringValue, withoutComments } from "./js-text.js";
import { siteLocales, type SiteLocales } from "./types.js";

// These configs are JavaScript. They are read as text with patterns, never executed: literals
// are read, and so are constants holding literals and ternaries choosing between them; locales
// computed by functions yield nothing.

/**
 * Docusaurus `i18n: { defaultLocale: 'en', locales: ['en', 'fr'] }`. `locales` may be a ternary
 * (`process.env.CI ? ['en'] : ['en', 'fr']`): the longest list is taken, the production one.
 */
export function docusaurusLocales(text: string): SiteLocales | undefined {
  const code = withoutComments(text);
  const i18n = blockAfter(code, /\bi18n\s*:\s*\{/) ?? code;
  const list = propertyValue(i18n, code, "locales");
  const locales = list === undefined ? [] : longestStringList(code, list);
  return siteLocales(locales, defaultLocaleIn(i18n, code));
}

/**
 * Starlight and VitePress `locales: { root: { lang: 'en' }, fr: {...}, 'pt-br': {...} }` (keys
 * are the locale folders; `root` is the default language, kept at the top of the docs folder),
 * or Astro's `i18n: { defaultLocale: 'en', locales: ['en', 'fr'] }`. `locales` may be a
 * shorthand property naming a constant (`export const locales = {…}` … `starlight({ locales })`).
 */
export function objectConfigLocales(text: string): SiteLocales | undefined {
  const code = withoutComments(text);
  const value = propertyValue(code, code, "locales");
  if (value === undefined) return undefined;
  if (!value.startsWith("{")) return siteLocales(longestStringList(code, value), defaultLocaleIn(code, code));
  const body = blockAfter(value, /^\{/) ?? "";
  const keys = topLevelKeys(body);
  const rootLang = keys.includes("root") ? langOf(body, "root") ?? "" : undefined;
  const named = defaultLocaleIn(code, code);
  const defaultLocale = rootLang !== undefined ? rootLang || undefined : named;
  return siteLocales(keys.filter((key) => key !== "root"), defaultLocale);
}

function defaultLocaleIn(scope: string, code: string): string | undefined {
  const value = propertyValue(scope, code, "defaultLocale");
  return value === undefined ? undefined : stringValue(code, value);
}

/** Keys of an object literal's body at depth 0: `root:`, `fr:`, `'pt-br':`. */
function topLevelKeys(body: string): string[] {
  const flat = flatten(body);
  return [...flat.matchAll(/(?:^|[,{\s])(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$-]*))\s*:/g)].map((m) => m[2] ?? m[3]!);
}

/** The body with every nested `{…}` and `[…]` emptied, so only depth-0 text remains. */
export function flatten(body: string): string {
  let depth = 0;
  let out = "";
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === "'" || char === '"' || char === "`") {
      const end = endOfString(body, index);
      if (depth === 0) out += body.slice(index, end + 1);
      index = end;
      continue;
    }
    if (char === "{" || char === "[") depth++;
    if (depth === 0) out += char;
    if ((char === "}" || char === "]") && depth > 0) depth--;
  }
  return out;
}

function langOf(body: string, key: string): string | undefined {
  const entry = blockAfter(body, new RegExp(`(?:^|[,{\\s])['"]?${key}['"]?\\s*:\\s*\\{`));
  return entry === undefined ? undefined : /\blang['"]?\s*:\s*(['"`])([^'"`]+)\1/.exec(flatten(entry))?.[2];
}

/** What a Docusaurus config says about reading its docs, when written as literals (or constants holding them). */
export interface DocusaurusSettings {
  /** `markdown.format`: `mdx` (Docusaurus's default: `.md` is MDX too), `md` or `detect` (by extension). */
  markdownFormat?: string;
  /** The docs plugin's `lastVersion`: the version served at the docs' root URL. */
  lastVersion?: string;
}

export function docusaurusSettings(text: string): DocusaurusSettings {
  const code = withoutComments(text);
  const settings: DocusaurusSettings = {};
  const markdown = blockAfter(code, /\bmarkdown\s*:\s*\{/);
  const format = markdown === undefined ? undefined : propertyValue(markdown, code, "format");
  const formatText = format === undefined ? undefined : stringValue(code, format);
  if (formatText) settings.markdownFormat = formatText;
  const lastVersion = propertyValue(code, code, "lastVersion");
  const lastText = lastVersion === undefined ? undefined : stringValue(code, lastVersion);
  if (lastText) settings.lastVersion = lastText;
  return settings;
}
