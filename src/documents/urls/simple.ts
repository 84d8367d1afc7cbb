import { segmentsOf, stringField, type RoutedPage } from "./route.js";
import { githubSlug } from "./slugs.js";
import type { SiteUrlRules } from "./types.js";

type MkDocsRules = Extract<SiteUrlRules, { generator: "mkdocs" }>;
type StarlightRules = Extract<SiteUrlRules, { generator: "starlight" }>;

/**
 * MkDocs (mkdocs/structure/files.py): a page's path under `docs_dir` without `.md`; `index.md`
 * and `README.md` (exactly that case) are their folder's page. With `use_directory_urls` off the
 * URL ends in `.html` instead of `/`: the same id either way.
 */
export function mkdocsRoute(rules: MkDocsRules, page: RoutedPage): string | undefined {
  const relative = within(rules.docsDir, page.path);
  if (relative === undefined) return undefined;
  const segments = segmentsOf(relative);
  if (segments.at(-1) === "README") segments.pop();
  return segments.join("/");
}

/**
 * Starlight on Astro's content layer (astro/dist/content/utils.js `getContentEntryIdAndSlug`):
 * frontmatter `slug` is the route; else each path segment of the file under `src/content/docs`
 * goes through github-slugger (`Best Practices.md` → `best-practices`) and `/index` is dropped.
 */
export function starlightRoute(rules: StarlightRules, page: RoutedPage): string | undefined {
  const relative = within(rules.docsDir, page.path);
  if (relative === undefined) return undefined;
  const slug = stringField(page.data, "slug");
  if (slug !== undefined) return slug;
  return segmentsOf(relative).map((segment) => githubSlug(segment)).join("/");
}

/** The path relative to a folder of the site, or undefined when it lies outside; `""` is the site itself. */
export function within(folder: string, path: string): string | undefined {
  if (folder === "") return path;
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
}
