import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Settings } from "../config/settings.js";
import { canonicalJson, HASH_SCHEMA_VERSION, sha256, sha256Bytes } from "../documents/hash.js";
import type { TargetCapabilities } from "../targets/target.js";
import type { SiteSetup } from "./prepare.js";

/**
 * Bumped whenever derivation (reading, cleanup, ids, translations, a target's payload) changes
 * in a way the tool version does not already cover, e.g. between two builds of one version. A
 * new value makes every record re-derive once; records whose payload did not change are not
 * rewritten.
 */
export const DERIVATION_VERSION = 1;

/** The settings that shape what a page becomes; anything else (keys, URLs, guards) does not. */
export type DerivationSettings = Pick<
  Settings,
  | "include"
  | "exclude"
  | "idPrefix"
  | "idKey"
  | "idScope"
  | "maxFileBytes"
  | "baseUrl"
  | "locales"
  | "defaultLocale"
  | "frontmatterKeys"
  | "overrides"
  | "target"
  | "components"
  | "versions"
>;

export interface DerivationKeyInput {
  settings: DerivationSettings;
  capabilities: Pick<TargetCapabilities, "nativeTranslations" | "takesHtml">;
  /** What the run settled about the site: locales, id scope, Markdown flavor, versions, URL rules, excluded sections. */
  site: SiteSetup;
  /** sha256 of each site config file, by path relative to the docs root (see siteConfigHashes). */
  configs: Record<string, string>;
  /** kb-publish's version: a release may derive differently. */
  toolVersion: string;
}

/**
 * The derivation key stored in every record's provenance: sha256 over every input of derivation
 * that is not a page file. A record whose key differs is derived again, never trusted.
 */
export function derivationKey(input: DerivationKeyInput): string {
  const { settings: s, capabilities, site, configs, toolVersion } = input;
  const settings = {
    include: s.include,
    exclude: s.exclude,
    idPrefix: s.idPrefix,
    idKey: s.idKey,
    idScope: s.idScope,
    maxFileBytes: s.maxFileBytes,
    baseUrl: s.baseUrl,
    locales: s.locales,
    defaultLocale: s.defaultLocale,
    frontmatterKeys: s.frontmatterKeys,
    overrides: s.overrides,
    target: s.target,
    components: s.components,
    versions: s.versions,
  };
  const target = { native: capabilities.nativeTranslations, html: capabilities.takesHtml ?? false };
  const versions = { derivation: DERIVATION_VERSION, hash: HASH_SCHEMA_VERSION, tool: toolVersion };
  return sha256(canonicalJson({ versions, settings, target, site, configs }));
}

/** Generator config files, by path relative to a site folder: what detection reads, and what it may read next. */
const CONFIG_FILES = [
  ...["docusaurus.config", "astro.config", "sidebars", ".vitepress/config", ".vitepress/config/index", "docs/.vitepress/config", "docs/.vitepress/config/index"].flatMap(
    (base) => ["js", "ts", "mjs", "cjs", "mts", "json"].map((ext) => `${base}.${ext}`),
  ),
  ...["hugo", "config", "_config", "mkdocs"].flatMap((base) => ["toml", "yaml", "yml", "json"].map((ext) => `${base}.${ext}`)),
  "versions.json",
];
/** Folders whose every file is config (Hugo's config directory). */
const CONFIG_FOLDERS = ["config/_default"];
const MAX_LEVELS = 8;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * sha256 of every generator config file in the docs root and its parents up to the repository
 * root (the folder holding `.git`), the folders locale detection reads. Symlinks are not followed.
 */
export function siteConfigHashes(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  let dir = path.resolve(root);
  for (let level = 0; level < MAX_LEVELS; level++) {
    for (const file of configFilesIn(dir)) {
      const sha = hashSmallFile(file);
      if (sha !== undefined) hashes[path.relative(root, file).split(path.sep).join("/")] = sha;
    }
    const parent = path.dirname(dir);
    if (parent === dir || existsSync(path.join(dir, ".git"))) break;
    dir = parent;
  }
  return hashes;
}

function configFilesIn(dir: string): string[] {
  const top = new Set(listDir(dir));
  const files = CONFIG_FILES.filter((name) => top.has(name.split("/")[0]!)).map((name) => path.join(dir, name));
  for (const folder of CONFIG_FOLDERS) {
    if (top.has(folder.split("/")[0]!)) files.push(...listDir(path.join(dir, folder)).map((name) => path.join(dir, folder, name)));
  }
  return files;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function hashSmallFile(file: string): string | undefined {
  try {
    const stats = lstatSync(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES) return undefined;
    return sha256Bytes(readFileSync(file));
  } catch {
    return undefined;
  }
}
