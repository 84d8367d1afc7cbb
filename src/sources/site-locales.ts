import path from "node:path";
import { exists, MAX_CONFIG_LEVELS, readSmallFile, subfolders } from "./config-files.js";
import type * as DetectModule from "../documents/locale/detect/index.js";
import type { SiteLocales } from "../documents/locale/detect/index.js";

/** The config readers (YAML, TOML, JS text): loaded only once a config file is found. */
type Detect = typeof DetectModule;
const loadDetect = (): Promise<Detect> => import("../documents/locale/detect/index.js");

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
  /** What could not be read (a config importing its locales from a package). Empty when all was read. */
  notes: string[];
}

type Reader = (detect: Detect, text: string) => SiteLocales | undefined;

const DOCUSAURUS_CONFIGS = ["js", "ts", "mjs", "cjs", "mts"].map((ext) => `docusaurus.config.${ext}`);
// `config.toml` alone is not Hugo's: many tools use that name.
const HUGO_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml"];

// Tried in order in each folder; the first file that names locales wins.
const CANDIDATES: [string, Reader][] = [
  ...["hugo", "config", "config/_default/hugo", "config/_default/config"].flatMap((base) => [
    [`${base}.toml`, (d: Detect, t: string) => d.hugoLocales(t, "toml")] as [string, Reader],
    [`${base}.yaml`, (d: Detect, t: string) => d.hugoLocales(t, "yaml")] as [string, Reader],
    [`${base}.yml`, (d: Detect, t: string) => d.hugoLocales(t, "yaml")] as [string, Reader],
    [`${base}.json`, (d: Detect, t: string) => d.hugoLocales(t, "json")] as [string, Reader],
  ]),
  ["config/_default/languages.toml", (d, t) => d.hugoLocales(t, "toml", true)],
  ["config/_default/languages.yaml", (d, t) => d.hugoLocales(t, "yaml", true)],
  ...DOCUSAURUS_CONFIGS.map((name): [string, Reader] => [name, (d, t) => d.docusaurusLocales(t)]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext): [string, Reader] => [`astro.config.${ext}`, (d, t) => d.objectConfigLocales(t)]),
  // VitePress: `config.ts`, or a `config/` folder whose `index.ts` merges per-locale files.
  ...[".vitepress", "docs/.vitepress"].flatMap((dir) =>
    ["config", "config/index"].flatMap((base) => ["ts", "mts", "js", "mjs"].map((ext): [string, Reader] => [`${dir}/${base}.${ext}`, (d, t) => d.objectConfigLocales(t)])),
  ),
  ["mkdocs.yml", (d, t) => d.mkdocsLocales(t)],
  ["mkdocs.yaml", (d, t) => d.mkdocsLocales(t)],
];

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
 * {@link MAX_CONFIG_LEVELS} folders): the site's locales (see {@link detectSiteLocales}) and whether
 * it is a Docusaurus site, whose frontmatter ids are relative to the page's folder.
 */
export async function detectSite(root: string): Promise<SiteDetection> {
  const found: SiteDetection = { notes: [] };
  let dir = path.resolve(root);
  for (let level = 0; level < MAX_CONFIG_LEVELS; level++) {
    found.locales ??= (await fromConfigFiles(dir, found.notes)) ?? (await fromDocusaurusFolders(dir, undefined));
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

async function fromConfigFiles(dir: string, notes: string[]): Promise<DetectedLocales | undefined> {
  for (const [name, read] of CANDIDATES) {
    const file = path.join(dir, name);
    const text = await readSmallFile(file);
    const detect = text === undefined ? undefined : await loadDetect();
    const locales =
      text === undefined || detect === undefined
        ? undefined
        : (read(detect, text) ?? (JS_CONFIG.test(name) ? await withImportedLocales(detect, file, text, read, notes) : undefined));
    if (!locales) continue;
    const withFolders = name.startsWith("docusaurus.config.") ? await fromDocusaurusFolders(dir, locales) : undefined;
    return { ...(withFolders ?? locales), source: file };
  }
  return undefined;
}

const JS_CONFIG = /\.[cm]?[jt]s$/;
const MODULE_EXTENSIONS = ["", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js", "/index.mjs"];

/**
 * Locales a JavaScript config imports from a module of the repository (`import locales from
 * './locales.json'`, `import { localesConfig } from './config/locales'`): the module is read as
 * text and its value stands in for the name. A module that cannot be read (a package, a value
 * built by code) gives a note saying to set `locales`.
 */
async function withImportedLocales(detect: Detect, file: string, text: string, read: Reader, notes: string[]): Promise<SiteLocales | undefined> {
  const imported = detect.localesImport(text);
  if (!imported) return undefined;
  const module = imported.specifier.startsWith(".") ? await firstReadable(path.resolve(path.dirname(file), imported.specifier)) : undefined;
  const value = module && detect.exportedValue(module.text, imported.exported, module.file.endsWith(".json"));
  const locales = value === undefined ? undefined : read(detect, `${text}\nconst ${imported.name} = ${value}`);
  if (!locales) notes.push(`${path.basename(file)} imports its locales from "${imported.specifier}", which kb-publish cannot read as data; expected a local module exporting a literal; set locales: in kb-publish.yml`);
  return locales;
}

async function firstReadable(base: string): Promise<{ file: string; text: string } | undefined> {
  for (const extension of MODULE_EXTENSIONS) {
    const text = await readSmallFile(`${base}${extension}`);
    if (text !== undefined) return { file: `${base}${extension}`, text };
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
  const locales = (await loadDetect()).siteLocales([...(config?.locales ?? []), ...found], config?.defaultLocale);
  return locales && { ...locales, source: i18n };
}
