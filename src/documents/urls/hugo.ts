import { segmentsOf, stringField, type RoutedPage } from "./route.js";
import { hugoUrlize } from "./slugs.js";
import type { HugoRules } from "./types.js";

// Hugo's URL rules (gohugo.io/content-management/urls/): a page's path under the content folder,
// each segment sanitized (spaces → `-`, punctuation dropped) and lower-cased unless
// `disablePathToLower`; `index.md` (leaf bundle) and `_index.md` (section) are their folder;
// frontmatter `url` is the whole path, `slug` the last segment; `[permalinks]` patterns apply
// to the regular pages of their section.

/** The URL route Hugo gives a page under one of its content folders; undefined outside them. */
export function hugoRoute(rules: HugoRules, page: RoutedPage): string | undefined {
  const dir = rules.contentDirs.find((d) => page.path.startsWith(`${d}/`));
  if (dir === undefined) return undefined;
  const url = stringField(page.data, "url");
  if (url !== undefined) return url;
  const file = fileOf(page.path.slice(dir.length + 1), rules.languages);
  const pattern = file.kind === "section" ? undefined : permalinkOf(rules.permalinks, file.folders[0]);
  const route = pattern !== undefined ? expand(pattern, file, page.data, rules.keepCase) : plainRoute(file, page.data);
  return route.split("/").map((segment) => hugoUrlize(segment, rules.keepCase)).join("/");
}

interface HugoFile {
  kind: "page" | "bundle" | "section";
  /** Folders above the page (for a bundle or section: above its folder). */
  folders: string[];
  /** File name without extension and language (for a bundle or section: its folder's name). */
  name: string;
}

function fileOf(relative: string, languages: readonly string[]): HugoFile {
  const segments = segmentsOf(relative);
  let name = segments.pop() ?? "";
  const suffix = /^(.+)\.([^.]+)$/.exec(name);
  if (suffix && languages.some((lang) => lang.toLowerCase() === suffix[2]!.toLowerCase())) name = suffix[1]!;
  if (name === "index" || name === "_index") {
    const folder = segments.pop() ?? "";
    return { kind: name === "index" ? "bundle" : "section", folders: segments, name: folder };
  }
  return { kind: "page", folders: segments, name };
}

function plainRoute(file: HugoFile, data: Readonly<Record<string, unknown>>): string {
  // A section's URL is its folder; `slug` does not apply to sections.
  const slug = file.kind === "section" ? undefined : stringField(data, "slug");
  return [...file.folders, slug ?? file.name].filter(Boolean).join("/");
}

/** `[permalinks]`: by section, or (Hugo 0.120+) under `page` by section. */
function permalinkOf(permalinks: Readonly<Record<string, unknown>>, section: string | undefined): string | undefined {
  const pages = permalinks.page;
  const table = typeof pages === "object" && pages !== null ? (pages as Record<string, unknown>) : permalinks;
  const pattern = table[section ?? ""];
  return typeof pattern === "string" ? pattern : undefined;
}

/** Expands the permalink tokens Hugo documents, from the page's path, `date`, `title` and `slug`. */
function expand(pattern: string, file: HugoFile, data: Readonly<Record<string, unknown>>, keepCase: boolean): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateOf(data)) ?? ["", "0001", "01", "01"];
  const title = hugoUrlize(stringField(data, "title") ?? "", keepCase);
  const slug = stringField(data, "slug");
  const tokens: Record<string, string> = {
    year: date[1]!, month: date[2]!, day: date[3]!,
    section: file.folders[0] ?? "", sections: file.folders.join("/"),
    title, slug: slug ?? title, filename: file.name, contentbasename: file.name,
    slugorfilename: slug ?? file.name, slugorcontentbasename: slug ?? file.name,
  };
  return pattern.replace(/:([a-z]+)/g, (whole, name: string) => tokens[name] ?? whole);
}

function dateOf(data: Readonly<Record<string, unknown>>): string {
  for (const key of ["date", "publishDate", "pubdate", "published"]) {
    const value = data[key];
    if (typeof value === "string") return value;
    if (value instanceof Date) return value.toISOString();
  }
  return "";
}
