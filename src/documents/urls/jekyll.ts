import { stringField, type RoutedPage } from "./route.js";
import { jekyllSlugify } from "./slugs.js";
import type { JekyllRules } from "./types.js";

// Jekyll's URL rules (jekyllrb.com/docs/permalinks/, lib/jekyll/{configuration,page,utils}.rb):
// posts (`_posts/` and `<category>/_posts/`) follow the site `permalink` (a style such as `date`
// or `pretty`, or a pattern); collection documents (`_<name>/`) their collection's `permalink`,
// else `/:collection/:path` plus the style's suffix; pages `/:path/:basename` plus the suffix,
// an `index` page its folder. A page's own `permalink`, else a matching `defaults` entry, wins.

const STYLES: Record<string, string> = {
  pretty: "/:categories/:year/:month/:day/:title/",
  none: "/:categories/:title:output_ext",
  date: "/:categories/:year/:month/:day/:title:output_ext",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
};

const POST = /^(?:(?<folders>.*)\/)?_posts\/(?:.*\/)?(?<date>\d{4}-\d{1,2}-\d{1,2})-(?<slug>[^/]+)\.[^./]+$/;

/** The URL route Jekyll gives a file; undefined for files it does not publish (`_includes/`, an unlisted collection). */
export function jekyllRoute(rules: JekyllRules, page: RoutedPage): string | undefined {
  const post = POST.exec(page.path)?.groups;
  if (post) return postRoute(rules, page, post);
  const collection = /^_([^/]+)\/(.+)$/.exec(page.path);
  if (collection) return collectionRoute(rules, page, collection[1]!, collection[2]!);
  if (page.path.split("/").some((segment) => segment.startsWith("_"))) return undefined;
  return pageRoute(rules, page);
}

function postRoute(rules: JekyllRules, page: RoutedPage, post: Record<string, string | undefined>): string {
  const template = stringField(page.data, "permalink") ?? defaultPermalink(rules, page.path, "posts") ?? STYLES[rules.permalink] ?? rules.permalink;
  const date = dateParts(stringField(page.data, "date") ?? post.date!);
  const slug = stringField(page.data, "slug") ?? post.slug!;
  const categories = [...(post.folders ? post.folders.split("/") : []), ...listField(page.data, "categories"), ...listField(page.data, "category")];
  return fill(template, {
    ...date,
    categories: [...new Set(categories.map((c) => c.toLowerCase()))].join("/"),
    title: jekyllSlugify(slug, "pretty", true),
    slug: jekyllSlugify(slug, "default", false),
    name: jekyllSlugify(slug, "default", false),
    collection: "posts",
    output_ext: ".html",
  });
}

function collectionRoute(rules: JekyllRules, page: RoutedPage, name: string, relative: string): string | undefined {
  const collection = rules.collections[name];
  if (!collection?.output) return undefined;
  const template = stringField(page.data, "permalink") ?? defaultPermalink(rules, page.path, name) ?? collection.permalink ?? withSuffix("/:collection/:path", rules.permalink);
  const path = relative.replace(/\.[^./]+$/, "");
  const basename = path.split("/").at(-1) ?? "";
  const title = stringField(page.data, "slug") ?? basename;
  return fill(template, {
    collection: name,
    path,
    name: jekyllSlugify(basename, "default", false),
    title: jekyllSlugify(title, "pretty", true),
    slug: jekyllSlugify(title, "default", false),
    output_ext: ".html",
    ...dateParts(stringField(page.data, "date") ?? ""),
  });
}

function pageRoute(rules: JekyllRules, page: RoutedPage): string {
  const segments = page.path.split("/");
  const basename = (segments.pop() ?? "").replace(/\.[^.]+$/, "");
  const folder = segments.join("/");
  const template = stringField(page.data, "permalink") ?? defaultPermalink(rules, page.path, "pages")
    ?? (basename === "index" ? "/:path/" : withSuffix("/:path/:basename", rules.permalink));
  return fill(template, { path: folder, basename, output_ext: ".html" });
}

/** Jekyll's `add_permalink_suffix`: `/` for `pretty` (or a pattern ending in `/`), else the output extension. */
function withSuffix(template: string, style: string): string {
  if (style === "pretty" || (!(style in STYLES) && style.endsWith("/"))) return `${template}/`;
  return `${template}:output_ext`;
}

/** The `permalink` of the most specific `defaults` entry for the file (longest path; later wins ties). */
function defaultPermalink(rules: JekyllRules, path: string, type: string): string | undefined {
  let best: { length: number; permalink: string } | undefined;
  for (const entry of rules.defaults) {
    if (entry.type !== undefined && entry.type !== type) continue;
    if (entry.path !== "" && path !== entry.path && !path.startsWith(`${entry.path.replace(/\/$/, "")}/`)) continue;
    if (!best || entry.path.length >= best.length) best = { length: entry.path.length, permalink: entry.permalink };
  }
  return best?.permalink;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/:([a-z_]+)/g, (whole, name: string) => values[name] ?? whole);
}

function dateParts(written: string): Record<string, string> {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(written);
  if (!match) return {};
  const [year, month, day] = [match[1]!, match[2]!.padStart(2, "0"), match[3]!.padStart(2, "0")];
  const yearDay = Math.round((Date.UTC(+year, +month - 1, +day) - Date.UTC(+year, 0, 1)) / 86_400_000) + 1;
  return { year, month, day, i_month: String(+month), i_day: String(+day), short_year: year.slice(2), y_day: String(yearDay).padStart(3, "0") };
}

/** A list field (`categories: [a, b]` or `categories: a b`), as strings. */
function listField(data: Readonly<Record<string, unknown>>, key: string): string[] {
  const value = data[key];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
}
