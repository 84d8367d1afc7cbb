import { stripNumberPrefix } from "../page-path.js";
import { segmentsOf, stringField, type RoutedPage } from "./route.js";
import type { DocusaurusPlugin, DocusaurusRules } from "./types.js";

// Docusaurus's URL rules (docusaurus.io/docs/create-doc, /docs/blog, /docs/i18n/tutorial):
// - docs: `<routeBasePath>/<folders>/<slug>`; folders and file names lose their number prefixes;
//   `slug` (absolute from the route base, or relative to the folder) wins, else the frontmatter
//   `id`, else the file name; `index`, `README` and a file named like its folder are the folder.
// - blog: `<routeBasePath>/<slug>`, else the date in the file name or folder becomes
//   `YYYY/MM/DD/` (`2019-05-28-first-post.md` → `2019/05/28/first-post`), else the file path.
// - pages: `src/pages/x.md` → `x`.
// - translations `i18n/<locale>/docusaurus-plugin-content-<plugin>[-<id>]/…` get `<locale>/` in front.

const I18N = /^i18n\/(?<locale>[^/]+)\/docusaurus-plugin-content-(?<kind>docs|blog|pages)(?:-(?<id>[^/]+))?\/(?<rest>.+)$/;

/** The URL route Docusaurus gives a page; undefined for files no plugin publishes (a README at the site root). */
export function docusaurusRoute(rules: DocusaurusRules, page: RoutedPage): string | undefined {
  const translated = I18N.exec(page.path)?.groups;
  if (translated) {
    const route = translatedRoute(rules, translated.kind!, translated.id ?? "default", translated.rest!, page.data);
    return route === undefined ? undefined : `${translated.locale}/${route}`;
  }
  const docs = pluginOf(rules.docs, page.path);
  if (docs) return joinRoute(docs.routeBasePath, docRoute(page.path.slice(docs.path.length + 1), page.data));
  const blog = pluginOf(rules.blog, page.path);
  if (blog) return joinRoute(blog.routeBasePath, blogRoute(page.path.slice(blog.path.length + 1), page.data));
  if (page.path.startsWith("src/pages/")) return pageRoute(page.path.slice("src/pages/".length));
  return undefined;
}

function translatedRoute(rules: DocusaurusRules, kind: string, id: string, rest: string, data: Readonly<Record<string, unknown>>): string | undefined {
  if (kind === "pages") return pageRoute(rest);
  const plugin = (kind === "docs" ? rules.docs : rules.blog).find((p) => p.id === id);
  if (!plugin) return undefined;
  if (kind === "blog") return joinRoute(plugin.routeBasePath, blogRoute(rest, data));
  // Only the current version: older versions' URLs depend on versions.json (not read).
  const current = /^current\/(.+)$/.exec(rest)?.[1];
  return current === undefined ? undefined : joinRoute(plugin.routeBasePath, docRoute(current, data));
}

/** The plugin whose folder holds the path, the deepest first (`docs/api` before `docs`). */
function pluginOf(plugins: readonly DocusaurusPlugin[], path: string): DocusaurusPlugin | undefined {
  return [...plugins].sort((a, b) => b.path.length - a.path.length).find((p) => path.startsWith(`${p.path}/`));
}

function docRoute(relative: string, data: Readonly<Record<string, unknown>>): string {
  const segments = segmentsOf(relative).map(stripNumberPrefix);
  const name = segments.pop() ?? "";
  const folders = segments;
  const slug = stringField(data, "slug");
  if (slug !== undefined) {
    // An absolute slug is taken from the route base: returned relative to it.
    return slug.startsWith("/") ? slug.slice(1) : [...folders, slug].join("/");
  }
  const isCategoryIndex = ["index", "readme"].includes(name.toLowerCase()) || name.toLowerCase() === folders.at(-1)?.toLowerCase();
  const id = stringField(data, "id");
  if (id === undefined && isCategoryIndex) return folders.join("/");
  return [...folders, id ?? name].join("/");
}

// As Docusaurus's blogUtils `parseBlogFileName`: the last date in the path.
const DATED = /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?\.mdx?$/;

function blogRoute(relative: string, data: Readonly<Record<string, unknown>>): string {
  const slug = stringField(data, "slug");
  if (slug !== undefined) return slug.replace(/^\//, "");
  const dated = DATED.exec(relative)?.groups;
  if (dated) return `${dated.date!.replaceAll("-", "/")}/${dated.folder}${dated.text}`;
  return relative.replace(/(?:\/index)?\.mdx?$/, "");
}

function pageRoute(relative: string): string {
  return relative.replace(/\.mdx?$/, "");
}

function joinRoute(base: string, rest: string): string {
  return [base, rest].filter((part) => part !== "").join("/");
}
