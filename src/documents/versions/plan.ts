/**
 * Docusaurus versioned docs (https://docusaurus.io/docs/versioning): the current docs in
 * `docs/`, each released version in `versioned_docs/version-<name>/`, listed newest first in
 * `versions.json`. Which versions a run publishes, and the folders it skips, read from those
 * files and never by running the site's config.
 */

/** A Docusaurus site's versions, as its files say. */
export interface SiteVersions {
  /** The site folder relative to the docs root, `""` or ending in `/` (`website/`). */
  site: string;
  /** `versions.json`, newest first. */
  released: string[];
  /** The docs plugin's `lastVersion`, when the config writes it as a literal (or a constant holding one). */
  lastVersion?: string;
  /** Released versions whose `versioned_docs/version-<name>/` folder exists under the root. */
  folders: string[];
  /** Whether `docs/` (the current version) exists under the root. */
  current: boolean;
}

/** The version name Docusaurus gives `docs/`. */
export const CURRENT = "current";

/**
 * Settings `versions`: `latest` (default: the docs plugin's `lastVersion`, else the newest of
 * `versions.json`, else the current docs), `current`, `all`, or a list of version names
 * (`current` for `docs/`).
 */
export type VersionSetting = readonly string[];

/** What a run publishes of a versioned site. */
export interface VersionPlan {
  site: string;
  /** Version names published (`current` for `docs/`). */
  published: string[];
  /** Ids carry the version (`<version>/docs/…`): more than one version is published. */
  prefixed: boolean;
}

/** The plan, the globs of the folders left out (relative to the root), and notes for the user. */
export interface VersionSelection {
  plan: VersionPlan;
  exclude: string[];
  notes: string[];
}

export function selectVersions(site: SiteVersions, setting: VersionSetting): VersionSelection {
  const notes: string[] = [];
  const available = [...(site.current ? [CURRENT] : []), ...site.released.filter((name) => site.folders.includes(name))];
  const wanted = wantedVersions(site, setting);
  const published = wanted.filter((name) => available.includes(name));
  for (const name of wanted.filter((name) => !available.includes(name))) {
    notes.push(`version "${name}" has no folder under the docs root (expected ${name === CURRENT ? `${site.site}docs/` : `${site.site}versioned_docs/version-${name}/`}); not published`);
  }
  if (published.length === 0 && site.current) published.push(CURRENT);
  const skipped = [...new Set([...site.folders, ...(site.current ? [CURRENT] : [])])].filter((name) => !published.includes(name));
  const plan = { site: site.site, published, prefixed: setting.includes("all") || published.length > 1 };
  return { plan, exclude: skipped.flatMap((name) => foldersOf(site.site, name)), notes };
}

function wantedVersions(site: SiteVersions, setting: VersionSetting): string[] {
  if (setting.includes("all")) return [CURRENT, ...site.released];
  return setting.map((name) => {
    if (name !== "latest") return name;
    const latest = site.lastVersion ?? site.released[0];
    return latest !== undefined && site.folders.includes(latest) ? latest : CURRENT;
  });
}

function foldersOf(site: string, version: string): string[] {
  if (version === CURRENT) return [`${site}docs/**`, `${site}i18n/*/docusaurus-plugin-content-docs/current/**`];
  return [`${site}versioned_docs/version-${version}/**`, `${site}i18n/*/docusaurus-plugin-content-docs/version-${version}/**`];
}
