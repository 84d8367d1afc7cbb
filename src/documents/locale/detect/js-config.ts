import { siteLocales, type SiteLocales } from "./types.js";

// These configs are JavaScript. They are read as text with patterns, never executed: a config
// that computes its locales (from a variable or a function) simply yields nothing.
const QUOTED = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
const DEFAULT_LOCALE = /\bdefaultLocale\s*:\s*(['"`])([^'"`]+)\1/;

/** Docusaurus `i18n: { defaultLocale: 'en', locales: ['en', 'fr'] }`. */
export function docusaurusLocales(text: string): SiteLocales | undefined {
  const code = withoutComments(text);
  const i18n = blockAfter(code, /\bi18n\s*:\s*\{/) ?? code;
  const list = blockAfter(i18n, /\blocales\s*:\s*\[/, "[", "]");
  const locales = list === undefined ? [] : quotedStrings(list);
  return siteLocales(locales, DEFAULT_LOCALE.exec(i18n)?.[2]);
}

/**
 * Starlight and VitePress `locales: { root: { lang: 'en' }, fr: {...}, 'pt-br': {...} }` (keys
 * are the locale folders; `root` is the default language, kept at the top of the docs folder),
 * or Astro's `i18n: { defaultLocale: 'en', locales: ['en', 'fr'] }`.
 */
export function objectConfigLocales(text: string): SiteLocales | undefined {
  const code = withoutComments(text);
  const list = blockAfter(code, /\blocales\s*:\s*\[/, "[", "]");
  if (list !== undefined) return siteLocales(quotedStrings(list), DEFAULT_LOCALE.exec(code)?.[2]);
  const body = blockAfter(code, /\blocales\s*:\s*\{/);
  if (body === undefined) return undefined;
  const keys = topLevelKeys(body);
  const rootLang = keys.includes("root") ? langOf(body, "root") ?? "" : undefined;
  const named = DEFAULT_LOCALE.exec(code)?.[2];
  const defaultLocale = rootLang !== undefined ? rootLang || undefined : named;
  return siteLocales(keys.filter((key) => key !== "root"), defaultLocale);
}

function quotedStrings(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((match) => match[2]!);
}

/** The text between the bracket that ends `opener` and its matching closing bracket. */
function blockAfter(text: string, opener: RegExp, open = "{", close = "}"): string | undefined {
  const match = opener.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'" || char === '"' || char === "`") {
      index = endOfString(text, index);
      continue;
    }
    if (char === open) depth++;
    if (char === close && --depth === 0) return text.slice(start, index);
  }
  return undefined;
}

function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === quote) return index;
  }
  return text.length;
}

/** Keys of an object literal's body at depth 0: `root:`, `fr:`, `'pt-br':`. */
function topLevelKeys(body: string): string[] {
  const flat = flatten(body);
  return [...flat.matchAll(/(?:^|[,{\s])(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$-]*))\s*:/g)].map((m) => m[2] ?? m[3]!);
}

/** The body with every nested `{…}` and `[…]` emptied, so only depth-0 text remains. */
function flatten(body: string): string {
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
  return entry === undefined ? undefined : /\blang\s*:\s*(['"`])([^'"`]+)\1/.exec(flatten(entry))?.[2];
}

function withoutComments(text: string): string {
  // Line comments only where `//` starts a line or follows whitespace, so URLs survive.
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
}
