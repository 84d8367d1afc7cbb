import type { Element, Root } from "hast";
import { attributeOf, classesOf, visibleText, walkElements } from "./tree.js";

/** A `<link rel="alternate" hreflang="…">`: the same page in another language. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** What a built page says about itself outside its content. */
export interface PageHead {
  /** `<html lang>`, canonicalised (`en`, `pt-BR`); undefined when absent or not a language tag. */
  lang?: string;
  /** `<title>` text as written, site suffix included. */
  title?: string;
  ogTitle?: string;
  /** `og:site_name`, used to strip the site suffix from `<title>` exactly. */
  siteName?: string;
  /** `<link rel="canonical">` href, as written. */
  canonical?: string;
  ogUrl?: string;
  description?: string;
  /** `<meta name="keywords">` (comma-separated) and `article:tag` values, in page order. */
  keywords: string[];
  /** `<meta name="generator">` values (`Docusaurus v3.10.2`, `Astro v5.6.1`, `Starlight v0.37.7`), in page order. */
  generators: string[];
  /** `<meta name="robots">` (or `googlebot`) contains `noindex` or `none`. */
  noindex: boolean;
  /** The target of `<meta http-equiv="refresh" content="0; url=…">`: the page is a redirect stub. */
  redirectTo?: string;
  alternates: Alternate[];
  /** The classes of `<html>` and `<body>`, where generators mark the kind of page (`blog-list-page`, `td-blog`). */
  pageClasses: string[];
}

/**
 * Reads the page's `<head>` (and `<html lang>`, the `<html>` and `<body>` classes) from the top
 * of the page (see parseTop); never throws.
 */
export function readHead(tree: Root): PageHead {
  const head: PageHead = { keywords: [], generators: [], noindex: false, alternates: [], pageClasses: [] };
  const html = tree.children.find((c): c is Element => c.type === "element" && c.tagName === "html");
  const lang = html ? canonicalLanguage(attributeOf(html, "lang")) : undefined;
  if (lang) head.lang = lang;
  const child = (name: string) => html?.children.find((c): c is Element => c.type === "element" && c.tagName === name);
  const body = child("body");
  head.pageClasses = [...(html ? classesOf(html) : []), ...(body ? classesOf(body) : [])];
  const headElement = child("head");
  if (!headElement) return dropUndefined(head);
  walkElements(headElement, (element) => {
    if (element.tagName === "title") head.title ??= visibleText(element) || undefined;
    else if (element.tagName === "meta") readMeta(element, head);
    else if (element.tagName === "link") readLink(element, head);
  });
  return dropUndefined(head);
}

function readMeta(meta: Element, head: PageHead): void {
  const name = (attributeOf(meta, "name") ?? attributeOf(meta, "property") ?? "").toLowerCase();
  const content = attributeOf(meta, "content")?.trim();
  const httpEquiv = attributeOf(meta, "httpEquiv")?.toLowerCase();
  if (content === undefined || content === "") return;
  if (httpEquiv === "refresh") head.redirectTo = refreshTarget(content);
  else if (name === "robots" || name === "googlebot") head.noindex ||= /\b(?:noindex|none)\b/i.test(content);
  else if (name === "og:title") head.ogTitle ??= content;
  else if (name === "og:site_name") head.siteName ??= content;
  else if (name === "og:url") head.ogUrl ??= content;
  else if (name === "description") head.description ??= content;
  else if (name === "keywords") head.keywords.push(...content.split(",").map((k) => k.trim()).filter(Boolean));
  else if (name === "article:tag") head.keywords.push(content);
  else if (name === "generator") head.generators.push(content);
}

function readLink(link: Element, head: PageHead): void {
  const rel = (attributeOf(link, "rel") ?? "").toLowerCase().split(/\s+/);
  const href = attributeOf(link, "href")?.trim();
  if (!href) return;
  if (rel.includes("canonical")) head.canonical ??= href;
  const hreflang = attributeOf(link, "hrefLang");
  if (rel.includes("alternate") && hreflang) head.alternates.push({ hreflang, href });
}

/** `0; url=https://…` (quotes optional) -> the URL; a refresh without a URL reloads itself, which is no redirect. */
function refreshTarget(content: string): string | undefined {
  const match = /url\s*=\s*['"]?([^'"]+)['"]?/i.exec(content);
  return match?.[1]?.trim() || undefined;
}

function canonicalLanguage(value: string | undefined): string | undefined {
  const written = value?.trim();
  if (!written) return undefined;
  try {
    return Intl.getCanonicalLocales(written.replaceAll("_", "-"))[0];
  } catch {
    return undefined;
  }
}

function dropUndefined(head: PageHead): PageHead {
  for (const key of Object.keys(head) as (keyof PageHead)[]) if (head[key] === undefined) delete head[key];
  return head;
}
