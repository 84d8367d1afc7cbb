import { CURRENT, type VersionPlan } from "./plan.js";

const VERSIONED = /^versioned_docs\/version-([^/]+)\/(.+)$/;
const TRANSLATED = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/(current|version-[^/]+)\//;

/**
 * The docs version a page belongs to, or undefined outside the site's docs: `docs/…` and its
 * translations are `current`, `versioned_docs/version-9.x/…` and its translations `9.x`.
 */
export function versionOf(sourcePath: string, plan: VersionPlan): string | undefined {
  const rest = withinSite(sourcePath, plan);
  if (rest === undefined) return undefined;
  if (rest.startsWith("docs/")) return CURRENT;
  const versioned = VERSIONED.exec(rest);
  if (versioned) return versioned[1];
  const translated = TRANSLATED.exec(rest)?.[1];
  return translated === undefined ? undefined : translated === CURRENT ? CURRENT : translated.slice("version-".length);
}

/**
 * The path a versioned page is known by: the path it has in `docs/` (`versioned_docs/version-9.x/a.md`
 * → `docs/a.md`). Ids come from it, so one page keeps one id across versions. Other paths are
 * returned unchanged.
 */
export function versionedPath(sourcePath: string, plan: VersionPlan | undefined): string {
  if (!plan) return sourcePath;
  const rest = withinSite(sourcePath, plan);
  const versioned = rest === undefined ? null : VERSIONED.exec(rest);
  return versioned ? `${plan.site}docs/${versioned[2]}` : sourcePath;
}

/**
 * What goes before a versioned page's id when several versions are published: `<version>/`
 * (`9.x/`, `current/`), so each version has its own ids. Empty otherwise. It is part of the id
 * prefix, never of the path, so a version such as `2.0` keeps its number.
 */
export function versionPrefix(sourcePath: string, plan: VersionPlan | undefined): string {
  if (!plan?.prefixed) return "";
  const version = versionOf(sourcePath, plan);
  return version === undefined ? "" : `${version}/`;
}

function withinSite(sourcePath: string, plan: VersionPlan): string | undefined {
  return sourcePath.startsWith(plan.site) ? sourcePath.slice(plan.site.length) : undefined;
}
