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

/**
 * The key shared by every translation of a page, from its `hreflang` alternates: the
 * `x-default` URL, else the default locale's, else the first alternate URL in sorted order.
 * Undefined when the page lists no alternates.
 */
export function translationKeyOf(alternates: readonly Alternate[], pageUrl?: string, defaultLocale?: string): string | undefined {
  const resolved = alternates.map((a) => ({ hreflang: a.hreflang.toLowerCase(), href: absolute(a.href, pageUrl) ?? a.href }));
  const pick = (lang: string | undefined) => resolved.find((a) => lang !== undefined && a.hreflang === lang.toLowerCase());
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
