import type { Element } from "hast";
import type { Alternate, PageHead } from "./head.js";
import { walkElements } from "./tree.js";

/**
 * The public URL of a built page: its canonical link, else `og:url`, else `baseUrl` joined with
 * the page's route. Relative canonical links are resolved against `baseUrl`; a URL that still
 * is not absolute is not a source URL.
 */
export function pageUrlOf(head: PageHead, route: string, baseUrl?: string): string | undefined {
  for (const written of [head.canonical, head.ogUrl]) {
    const url = written === undefined ? undefined : absolute(written, baseUrl);
    if (url) return url;
  }
  if (baseUrl === undefined) return undefined;
  return absolute(route === "index" ? "" : `${route}/`, withTrailingSlash(baseUrl));
}

/** The page whose translation key is read: its URL and language, and the site's default locale. */
export interface KeyContext {
  pageUrl?: string;
  lang?: string;
  defaultLocale?: string;
}

/**
 * The key shared by every translation of a page, from its `hreflang` alternates: the
 * `x-default` URL, else the default locale's, else the first alternate URL in sorted order.
 * The page itself counts as one of its alternates (Hugo lists only the *other* translations),
 * so every page of a group picks the same URL. Undefined when the page lists no alternates.
 */
export function translationKeyOf(alternates: readonly Alternate[], context: KeyContext = {}): string | undefined {
  const { pageUrl, lang, defaultLocale } = context;
  if (alternates.length === 0) return undefined;
  const self = pageUrl && lang ? [{ hreflang: lang, href: pageUrl }] : [];
  const resolved = [...alternates, ...self].map((a) => ({ hreflang: a.hreflang.toLowerCase(), href: absolute(a.href, pageUrl) ?? a.href }));
  // `en` picks `en-US` when no alternate is exactly `en`.
  const pick = (code: string | undefined) => {
    const wanted = code?.toLowerCase();
    return wanted === undefined ? undefined : resolved.find((a) => a.hreflang === wanted) ?? resolved.find((a) => a.hreflang.startsWith(`${wanted}-`));
  };
  const chosen = pick("x-default") ?? pick(defaultLocale) ?? [...resolved].sort((a, b) => (a.href < b.href ? -1 : 1))[0];
  return chosen?.href;
}

/**
 * Makes relative `href` / `src` attributes in the content absolute against the page URL, so
 * links keep working outside the site. Fragment-only links (`#section`) stay as they are.
 */
export function absolutizeLinks(content: Element, pageUrl: string): void {
  walkElements(content, (element) => {
    for (const name of ["href", "src"]) {
      const value = element.properties[name];
      if (typeof value !== "string" || value.startsWith("#") || value === "") continue;
      element.properties[name] = absolute(value, pageUrl) ?? value;
    }
  });
}

function absolute(url: string, base?: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
