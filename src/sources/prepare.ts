import path from "node:path";
import type { Override } from "../config/document-options.js";
import type { MarkdownSite } from "../documents/derive.js";
import type { Diagnostic, Document } from "../documents/document.js";
import { externalIdOf, type IdScope } from "../documents/id.js";
import type { ComponentRule } from "../documents/markdown/index.js";
import { compareCodeUnits } from "../documents/order.js";
import { withoutFallbackPages } from "../documents/html/fallbacks.js";
import { declaredLanguages, withDeclaredLanguages } from "../documents/html/languages.js";
import { applyOverrides } from "../documents/overrides.js";
import { LOCALES_NOTE_FILE } from "../documents/translations/hints.js";
import { prepareTranslations, translationSetup, type TranslationSetup } from "../documents/translations/index.js";
import { selectVersions, versionedPath, versionPrefix, type VersionPlan } from "../documents/versions/index.js";
import { byFileThenLine, loadDocuments, type LoadOptions, type LoadResult } from "./load.js";
import { readDocusaurusSite } from "./site-docusaurus.js";
import { detectSite } from "./site-locales.js";
import { detectUrlRules } from "./site-urls.js";

/** The settings reading the docs needs (a subset of Settings). */
export interface ReadSettings extends LoadOptions {
  locales: string[];
  defaultLocale: string;
  overrides?: Override[];
  /** Docusaurus versions to publish (Settings `versions`). Default `["latest"]`. */
  versions?: string[];
  /** Config-file `components:` rules. Default none. */
  components?: Record<string, ComponentRule>;
}

/**
 * Reads the docs as a target should receive them: settles the site's locales (configured or
 * detected), how explicit ids are read, how Markdown is read and which docs versions are
 * published, loads every page, applies config-file overrides, then shapes languages and
 * translation groups for the target (one document per group for targets with native
 * translations, one per language otherwise). Translation and version notes join the diagnostics
 * as warnings.
 */
export async function readDocuments(
  settings: ReadSettings,
  capabilities: { nativeTranslations: boolean; takesHtml?: boolean },
): Promise<LoadResult> {
  const site = await siteSetup(settings);
  const locales = site.setup ? { locales: site.setup.locales, defaultLocale: site.setup.defaultLocale } : {};
  // Plain data only: workers receive it (each makes its own include reader, see derive-file.ts).
  const markdown = { ...site.markdown, ...(settings.components ? { components: settings.components } : {}) };
  const exclude = [...settings.exclude, ...site.exclude];
  const loaded = await loadDocuments({ ...settings, ...locales, exclude, idScope: site.idScope, html: capabilities.takesHtml ?? false, markdown });
  const prepared = prepareDocuments(loaded, { ...settings, idScope: site.idScope, setup: site.setup, native: capabilities.nativeTranslations, versions: site.markdown.versions });
  return { ...prepared, diagnostics: [...prepared.diagnostics, ...site.notes].sort(byFileThenLine) };
}

export interface PrepareOptions {
  idPrefix: string;
  idScope?: IdScope;
  baseUrl?: string;
  overrides?: Override[];
  setup: TranslationSetup | undefined;
  native: boolean;
  /** Docusaurus docs versions published (ids of versioned pages). Default none. */
  versions?: VersionPlan;
  /** For locales inferred from frontmatter when none are set. Default `en`. */
  defaultLocale?: string;
}

/** Overrides, then languages and translation groups, for documents already loaded. Pure. */
export function prepareDocuments(loaded: LoadResult, options: PrepareOptions): LoadResult {
  return prepareWithPages(loaded, options).prepared;
}

/**
 * {@link prepareDocuments}, also returning what the incremental planner groups pages by: the
 * pages between overrides and translations, untranslated fallback copies included (they belong
 * to their original's unit), and the translation setup in effect, inferred from frontmatter when
 * none was configured or detected (see localeHints).
 */
export function prepareWithPages(loaded: LoadResult, options: PrepareOptions): PreparedWithPages {
  const pages = options.setup ? withoutFallbackPages(loaded.documents, options.setup.defaultLocale) : { documents: loaded.documents, excluded: [] };
  const overridden = applyOverrides(pages.documents, options.overrides);
  const declared = declaredLanguages(overridden.documents);
  const paths = translationPaths(options);
  const shaped = prepareTranslations(overridden.documents, { ...options, ...paths });
  const prepared = {
    documents: withDeclaredLanguages(shaped.documents, declared),
    diagnostics: [...loaded.diagnostics, ...shaped.notes].sort(byFileThenLine),
    excluded: [...loaded.excluded, ...pages.excluded, ...overridden.excluded, ...shaped.excluded].sort((a, b) => compareCodeUnits(a.file, b.file)),
  };
  const unitPages = pages.excluded.length > 0 ? applyOverrides(loaded.documents, options.overrides).documents : overridden.documents;
  return { prepared, pages: unitPages, setup: shaped.setup, paths };
}

export interface PreparedWithPages {
  prepared: LoadResult;
  /** The pages units are made of (see unitsOf). */
  pages: Document[];
  /** The translation setup in effect: configured, detected, or inferred from frontmatter. */
  setup: TranslationSetup | undefined;
  /** How translation ids are made from paths (versioned docs), as the translation step used them. */
  paths: TranslationPaths;
}

/** How the translation step reads a page's path and id (a versioned page is read as its `docs/` page). */
export interface TranslationPaths {
  idOfPath: (sourcePath: string) => string;
  pagePath: (sourcePath: string) => string;
  idPrefixOf: (sourcePath: string) => string;
}

function translationPaths(options: Pick<PrepareOptions, "idPrefix" | "versions">): TranslationPaths {
  const pagePath = (sourcePath: string) => versionedPath(sourcePath, options.versions);
  const idPrefixOf = (sourcePath: string) => `${options.idPrefix}${versionPrefix(sourcePath, options.versions)}`;
  const idOfPath = (sourcePath: string) => externalIdOf({ sourcePath: pagePath(sourcePath), idPrefix: idPrefixOf(sourcePath) });
  return { idOfPath, pagePath, idPrefixOf };
}

/** What a run settles about the site before reading it. */
export interface SiteSetup {
  /** Configured locales, else those detected from the generator's config; undefined: no languages in play. */
  setup: TranslationSetup | undefined;
  /** The configured id scope, else `folder` for a Docusaurus site (a `docusaurus.config.*` found), else `global`. */
  idScope: IdScope;
  /** How Markdown is read on this site: `.md` as MDX on Docusaurus sites, the docs versions published, the generator's URL rules (ids follow its URLs). */
  markdown: MarkdownSite;
  /** Globs (relative to the root) of folders the site does not publish: docs versions not selected, Hugo sections cascading `render: never`. */
  exclude: string[];
  /** Notes about the site's setup (a requested version without a folder). */
  notes: Diagnostic[];
}

/** Settles locales, the id scope, the Markdown flavor and versions from the settings, detecting what they leave open (see detectSite). */
export async function siteSetup(settings: {
  root: string;
  locales: string[];
  defaultLocale: string;
  idScope?: IdScope;
  versions?: string[];
  exclude?: string[];
}): Promise<SiteSetup> {
  const site = await detectSite(settings.root);
  const detected = settings.locales.length > 0 ? undefined : site.locales;
  const relative = detected && { ...detected, source: relativePath(settings.root, detected.source) };
  const setup = translationSetup({ locales: settings.locales, defaultLocale: settings.defaultLocale, detected: relative });
  const notes = settings.locales.length > 0 ? [] : site.notes.map((message): Diagnostic => ({ severity: "warning", file: LOCALES_NOTE_FILE, message }));
  const result: SiteSetup = { setup, idScope: settings.idScope ?? (site.docusaurusConfig ? "folder" : "global"), markdown: {}, exclude: [], notes };
  const urlRules = await detectUrlRules(settings.root, setup?.locales);
  if (urlRules) result.markdown.urlRules = urlRules;
  // Loaded for Hugo sites only: it parses frontmatter, whose YAML and TOML parsers a no-op never needs.
  if (site.hugoConfig) result.exclude = await (await import("./hugo-cascade.js")).hugoCascadeExcludes(settings.root, settings.exclude ?? []);
  if (!site.docusaurusConfig) return result;
  const docusaurus = await readDocusaurusSite(site.docusaurusConfig, settings.root);
  if (docusaurus.markdownFormat === "mdx") result.markdown.mdFlavor = "mdx";
  if (docusaurus.versions) {
    const selection = selectVersions(docusaurus.versions, settings.versions ?? ["latest"]);
    result.markdown.versions = selection.plan;
    result.exclude = selection.exclude;
    const file = relativePath(settings.root, path.join(path.dirname(site.docusaurusConfig), "versions.json"));
    result.notes.push(...selection.notes.map((message): Diagnostic => ({ severity: "warning", file, message })));
  }
  return result;
}

function relativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
