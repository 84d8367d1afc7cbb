import type { IdScope } from "../id.js";
import { routeIdOf } from "./route.js";
import type { SiteUrlRules } from "./types.js";

export { idOfRoute, routeIdOf } from "./route.js";
export type { Generator, SiteUrlRules } from "./types.js";

/** How a Markdown page is keyed once its generator's URL rules are known. */
export interface PageIdentity {
  /** The id path of the page's URL (see {@link routeIdOf}); undefined: from the path, as without rules. */
  route?: string;
  /** The explicit frontmatter id that still wins over the route; undefined when the route already holds it. */
  explicitId?: string;
}

/**
 * The route and explicit id of one Markdown page. An explicit id (the `id-key` frontmatter)
 * wins over the route as it wins over the path, except on Docusaurus sites read with the default
 * `id` key and `id-scope` (not `global`): there `id` is Docusaurus's own doc id, already part of
 * the route (`docs/guides/<id>`, unless a `slug` moves the page), so the route is the id and the
 * built page gets the same.
 */
export function pageIdentity(
  rules: SiteUrlRules | undefined,
  page: { sourcePath: string; data: Readonly<Record<string, unknown>>; idKey: string; idScope?: IdScope; explicitId?: string },
): PageIdentity {
  const route = rules ? routeIdOf(rules, page.sourcePath, page.data) : undefined;
  if (route === undefined) return page.explicitId === undefined ? {} : { explicitId: page.explicitId };
  const routeHoldsId = rules?.generator === "docusaurus" && page.idKey === "id" && page.idScope !== "global";
  return routeHoldsId || page.explicitId === undefined ? { route } : { route, explicitId: page.explicitId };
}
