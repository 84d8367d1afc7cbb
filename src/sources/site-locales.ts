import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  docusaurusLocales,
  hugoLocales,
  mkdocsLocales,
  objectConfigLocales,
  siteLocales,
  type SiteLocales,
} from "../documents/locale/detect/index.js";

/** Locales read from a generator's config file (or Docusaurus `i18n/` folders), and where. */
export interface DetectedLocales extends SiteLocales {
  /** Absolute path of the file (or folder) the locales came from. */
  source: string;
}

/** What a site's generator config says without configuration. */
export interface SiteDetection {
  /** The locales of the first config (in `root`, then each parent) that names any. */
  locales?: DetectedLocales;
  /** Absolute path of a `docusaurus.config.*` in `root` or a parent, when there is one. */
  docusaurusConfig?: string;
  /** Absolute path of a Hugo config (`hugo.*`, `config/_default/`) in `root` or a parent, when there is one. */
  hugoConfig?: string;
}

type Reader = (text: string) => SiteLocales | undefined;

const DOCUSAURUS_CONFIGS = ["js", "ts", "mjs", "cjs", "mts"].map((ext) => `docusaurus.config.${ext}`);
// `config.toml` alone is not Hugo's: many tools use that name.
const HUGO_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml"];

// Tried in order in each folder; the first file that names locales wins.
const CANDIDATES: [string, Reader][] = [
  ...["hugo", "config", "config/_default/hugo", "config/_default/config"].flatMap((base) => [
    [`${base}.toml`, (t: string) => hugoLocales(t, "toml")] as [string, Reader],
    [`${base}.yaml`, (t: string) => hugoLocales(t, "yaml")] as [string, Reader],
    [`${base}.yml`, (t: string) => hugoLocales(t, "yaml")] as [string, Reader],
    [`${base}.json`, (t: string) => hugoLocales(t, "json")] as [string, Reader],
  ]),
  ["config/_default/languages.toml", (t) => hugoLocales(t, "toml", true)],
  ["config/_default/languages.yaml", (t) => hugoLocales(t, "yaml", true)],
  ...DOCUSAURUS_CONFIGS.map((name): [string, Reader] => [name, docusaurusLocales]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext): [string, Reader] => [`astro.config.${ext}`, objectConfigLocales]),
  // VitePress: `config.ts`, or a `config/` folder whose `index.ts` merges per-locale files.
  ...[".vitepress", "docs/.vitepress"].flatMap((dir) =>
    ["config", "config/index"].flatMap((base) => ["ts", "mts", "js", "mjs"].map((ext): [string, Reader] => [`${dir}/${base}.${ext}`, objectConfigLocales])),
  ),
  ["mkdocs.yml", mkdocsLocales],
  ["mkdocs.yaml", mkdocsLocales],
];

const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_LEVELS = 8;

/**
 * Finds the site's locales without configuration: looks in `root`, then its parents up to the
 * repository root (the folder holding `.git`), for a generator config file, and for Docusaurus
 * `i18n/<locale>/docusaurus-plugin-content-*` folders. Never executes a config file.
 */
export async function detectSiteLocales(root: string): Promise<DetectedLocales | undefined> {
  return (await detectSite(root)).locales;
}

/**
 * One walk from `root` up to the repository root (the folder holding `.git`, at most
 * {@link MAX_LEVELS} folders): the site's locales (see {@link detectSiteLocales}) and whether
 * it is a Docusaurus site, whose frontmatter ids are relative to the page's folder.
 */
export async function detectSite(root: string): Promise<SiteDetection> {
  const found: SiteDetection = {};
  let dir = path.resolve(root);
  for (let level = 0; level < MAX_LEVELS; level++) {
    found.locales ??= (await fromConfigFiles(dir)) ?? (await fromDocusaurusFolders(dir, undefined));
    found.docusaurusConfig ??= await firstFile(dir, DOCUSAURUS_CONFIGS);
    found.hugoConfig ??= await firstFile(dir, HUGO_CONFIGS);
    const parent = path.dirname(dir);
    if ((found.locales && (found.docusaurusConfig || found.hugoConfig)) || parent === dir || (await exists(path.join(dir, ".git")))) break;
    dir = parent;
  }
  return found;
}

async function firstFile(dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    const file = path.join(dir, name);
    if (await exists(file)) return file;
  }
  return undefined;
}

async function fromConfigFiles(dir: string): Promise<DetectedLocales | undefined> {
  for (const [name, read] of CANDIDATES) {
    const file = path.join(dir, name);
    const text = await readSmallFile(file);
    const locales = text === undefined ? undefined : read(text);
    if (!locales) continue;
    const withFolders = name.startsWith("docusaurus.config.") ? await fromDocusaurusFolders(dir, locales) : undefined;
    return { ...(withFolders ?? locales), source: file };
  }
  return undefined;
}

/** Adds the locales that have a Docusaurus translation folder to those of the config (if any). */
async function fromDocusaurusFolders(dir: string, config: SiteLocales | undefined): Promise<DetectedLocales | undefined> {
  const i18n = path.join(dir, "i18n");
  const found: string[] = [];
  for (const locale of await subfolders(i18n)) {
    const plugins = await subfolders(path.join(i18n, locale));
    if (plugins.some((name) => name.startsWith("docusaurus-plugin-content-"))) found.push(locale);
  }
  if (found.length === 0) return undefined;
  const locales = siteLocales([...(config?.locales ?? []), ...found], config?.defaultLocale);
  return locales && { ...locales, source: i18n };
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

/** A regular file's text (symlinks are not followed), or undefined when absent or too large. */
async function readSmallFile(file: string): Promise<string | undefined> {
  try {
    const stats = await lstat(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES) return undefined;
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
