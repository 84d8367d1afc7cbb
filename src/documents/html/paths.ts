import { posix } from "node:path";
import { externalIdOf } from "../id.js";
import { matchLocale } from "../locale/tags.js";

/** File extensions read as built HTML pages. */
export const HTML_EXTENSIONS = [".html", ".htm"] as const;

/** True for `.html` / `.htm` files (any case). */
export function isHtmlPath(path: string): boolean {
  const extension = posix.extname(path).toLowerCase();
  return (HTML_EXTENSIONS as readonly string[]).includes(extension);
}

/**
 * Where a built page sits, as the Markdown source it was built from would: `idPath` is what
 * `externalIdOf` receives as the source path, `locale` the leading locale folder (if any).
 */
export type PagePath = { kind: "page"; idPath: string; locale?: string } | { kind: "not-a-page"; reason: string };

/**
 * Maps a built HTML path to a source-like path: `guides/install/index.html` and
 * `guides/install.html` -> `guides/install`, `index.html` -> `index`. A leading folder naming
 * one of `locales` (`fr/guides/install/index.html`) is taken off and returned as `locale`, so
 * every translation of a page maps to the same path. Generated listings are not pages: 404
 * pages, search pages, tag and category listings and paginated listings (`page/2/`).
 */
export function pagePathOf(htmlPath: string, locales: readonly string[]): PagePath {
  const segments = htmlPath.replaceAll("\\", "/").split("/").filter((s) => s !== "" && s !== ".");
  // Matched like Markdown locale folders: case, `_` and `-` do not matter (`pt_br` is `pt-BR`).
  const locale = segments.length > 1 ? matchLocale(segments[0]!, locales) : undefined;
  const rest = locale === undefined ? segments : segments.slice(1);
  const file = rest.at(-1) ?? "";
  const stem = file.slice(0, file.length - posix.extname(file).length);
  const folders = rest.slice(0, -1);
  const route = stem.toLowerCase() === "index" && folders.length > 0 ? folders : [...folders, stem];

  const reason = notAPageReason(route);
  if (reason) return { kind: "not-a-page", reason };
  const idPath = route.join("/");
  return locale === undefined ? { kind: "page", idPath } : { kind: "page", idPath, locale };
}

/** Folders blog plugins keep their generated archive and author listings in. */
const BLOG_FOLDERS = new Set(["blog", "posts", "news"]);

function notAPageReason(route: readonly string[]): string | undefined {
  const last = route.at(-1)?.toLowerCase();
  const lower = route.map((segment) => segment.toLowerCase());
  if (last === "404") return "404 page of the built site";
  if (route.length === 1 && last === "search") return "search page of the built site";
  if (lower.includes("_print")) return "printable copy (Docsy `_print/`) of a section of the built site";
  if (BLOG_FOLDERS.has(lower[0] ?? "") && (lower[1] === "archive" || lower[1] === "authors") && route.length <= 3) {
    return "blog archive or author listing of the built site";
  }
  const isTaxonomy = (segment: string) => ["tags", "categories"].includes(segment.toLowerCase());
  // `tags/` or `docs/tags/` itself, or anything below a taxonomy folder; `reference/api/tags/` is a page.
  const listingRoot = route.length <= 2 && isTaxonomy(last ?? "");
  if (listingRoot || route.slice(0, -1).some(isTaxonomy)) return "tag or category listing of the built site";
  if (route.length >= 2 && route.at(-2)?.toLowerCase() === "page" && /^\d+$/.test(last ?? "")) {
    return "paginated listing of the built site";
  }
  return undefined;
}

/**
 * The external id a built page gets from its path alone, locale folders kept:
 * `fr/docs/intro/index.html` -> `fr/docs/intro`. For the translation step's `idOfPath`, so it
 * can recognise HTML ids as path-derived and re-key them without the locale folder.
 */
export function htmlIdOfPath(htmlPath: string, idPrefix: string): string {
  const page = pagePathOf(htmlPath, []);
  const route = page.kind === "page" ? page.idPath : htmlPath;
  // `.html` appended so that externalIdOf strips exactly that, never a dot inside the route (`release-1.0`).
  return externalIdOf({ sourcePath: `${route}.html`, idPrefix });
}
