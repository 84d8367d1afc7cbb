import { matchLocale } from "../locale/tags.js";
import { docusaurusRoute } from "./docusaurus.js";
import { hugoRoute } from "./hugo.js";
import { jekyllRoute } from "./jekyll.js";
import { mkdocsRoute, starlightRoute } from "./simple.js";
import type { SiteUrlRules } from "./types.js";
import { vitepressRoute } from "./vitepress.js";

/** A Markdown page as the URL rules see it. */
export interface RoutedPage {
  /** Path relative to the generator's site folder (where its config is), POSIX. */
  path: string;
  /** The page's frontmatter (after kb-publish's key mapping). */
  data: Readonly<Record<string, unknown>>;
}

type RouteOf<R> = (rules: R, page: RoutedPage) => string | undefined;

// One entry per generator: a newcomer adds a generator here, and a module beside this one.
const ROUTES: { [G in SiteUrlRules["generator"]]: RouteOf<Extract<SiteUrlRules, { generator: G }>> } = {
  docusaurus: docusaurusRoute,
  hugo: hugoRoute,
  jekyll: jekyllRoute,
  mkdocs: mkdocsRoute,
  starlight: starlightRoute,
  vitepress: vitepressRoute,
};

/**
 * The id path a Markdown page gets from its generator's URL rules: the URL the generator builds
 * it at, in the form built HTML paths take (see `pagePathOf`): no leading or trailing slash, no
 * `.html`, `index` folded into its folder (the site root is `index`), and a leading locale segment
 * removed when locales are in play (the language is set apart, as for built pages). Undefined
 * when the rules give the page no URL (a file the generator does not publish, a versioned doc):
 * its id then comes from its path, as before.
 */
export function routeIdOf(rules: SiteUrlRules, sourcePath: string, data: Readonly<Record<string, unknown>>): string | undefined {
  const page = { path: `${rules.within}${sourcePath.replaceAll("\\", "/")}`, data };
  const route = (ROUTES[rules.generator] as RouteOf<SiteUrlRules>)(rules, page);
  return route === undefined ? undefined : idOfRoute(route, rules.locales);
}

/** `/fr/docs/intro/` → `docs/intro` (with `fr` a locale); `/about.html` → `about`; `/` → `index`. */
export function idOfRoute(route: string, locales: readonly string[]): string {
  const segments = route.split(/[?#]/)[0]!.split("/").filter((segment) => segment !== "" && segment !== ".");
  const last = segments.at(-1);
  if (last !== undefined) {
    const stem = last.replace(/\.html?$/i, "");
    if (stem.toLowerCase() === "index") segments.pop();
    else segments[segments.length - 1] = stem;
  }
  if (segments.length > 0 && matchLocale(segments[0]!, locales) !== undefined) segments.shift();
  return segments.length === 0 ? "index" : segments.join("/");
}

/** A frontmatter value that is a non-empty string, trimmed. */
export function stringField(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The path without its last extension, split into segments. */
export function segmentsOf(path: string): string[] {
  return path.replace(/\.[^./]+$/, "").split("/").filter(Boolean);
}
