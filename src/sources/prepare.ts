import path from "node:path";
import type { Override } from "../config/document-options.js";
import type { Diagnostic } from "../documents/document.js";
import type { IdScope } from "../documents/id.js";
import { compareCodeUnits } from "../documents/order.js";
import { withoutFallbackPages } from "../documents/html/fallbacks.js";
import { declaredLanguages, withDeclaredLanguages } from "../documents/html/languages.js";
import { applyOverrides } from "../documents/overrides.js";
import { prepareTranslations, translationSetup, type TranslationSetup } from "../documents/translations/index.js";
import { loadDocuments, type LoadOptions, type LoadResult } from "./load.js";
import type { SiteUrlRules } from "../documents/urls/index.js";
import { detectSite } from "./site-locales.js";
import { detectUrlRules } from "./site-urls.js";

/** The settings reading the docs needs (a subset of Settings). */
export interface ReadSettings extends LoadOptions {
  locales: string[];
  defaultLocale: string;
  overrides?: Override[];
}

/**
 * Reads the docs as a target should receive them: settles the site's locales (configured or
 * detected) and how explicit ids are read, loads every page, applies config-file overrides, then
 * shapes languages and translation groups for the target (one document per group for targets
 * with native translations, one per language otherwise). Translation notes join the diagnostics
 * as warnings.
 */
export async function readDocuments(
  settings: ReadSettings,
  capabilities: { nativeTranslations: boolean; takesHtml?: boolean },
): Promise<LoadResult> {
  const { setup, idScope, urlRules } = await siteSetup(settings);
  const locales = setup ? { locales: setup.locales, defaultLocale: setup.defaultLocale } : {};
  const loaded = await loadDocuments({ ...settings, ...locales, idScope, urlRules, html: capabilities.takesHtml ?? false });
  return prepareDocuments(loaded, { ...settings, idScope, setup, native: capabilities.nativeTranslations });
}

/** Overrides, then languages and translation groups, for documents already loaded. Pure. */
export function prepareDocuments(
  loaded: LoadResult,
  options: { idPrefix: string; idScope?: IdScope; baseUrl?: string; overrides?: Override[]; setup: TranslationSetup | undefined; native: boolean },
): LoadResult {
  const pages = options.setup ? withoutFallbackPages(loaded.documents, options.setup.defaultLocale) : { documents: loaded.documents, excluded: [] };
  const overridden = applyOverrides(pages.documents, options.overrides);
  const declared = declaredLanguages(overridden.documents);
  const shaped = prepareTranslations(overridden.documents, options);
  return {
    documents: withDeclaredLanguages(shaped.documents, declared),
    diagnostics: [...loaded.diagnostics, ...shaped.notes].sort(byFileThenLine),
    excluded: [...loaded.excluded, ...pages.excluded, ...overridden.excluded].sort((a, b) => compareCodeUnits(a.file, b.file)),
  };
}

/** What a run settles about the site before reading it. */
export interface SiteSetup {
  /** Configured locales, else those detected from the generator's config; undefined: no languages in play. */
  setup: TranslationSetup | undefined;
  /** The configured id scope, else `folder` for a Docusaurus site (a `docusaurus.config.*` found), else `global`. */
  idScope: IdScope;
  /** The URL rules of the site's generator, when its config is found (see detectUrlRules): Markdown ids follow its URLs. */
  urlRules?: SiteUrlRules;
}

/** Settles locales and the id scope from the settings, detecting what they leave open (see detectSite). */
export async function siteSetup(settings: { root: string; locales: string[]; defaultLocale: string; idScope?: IdScope }): Promise<SiteSetup> {
  const needsDetection = settings.locales.length === 0 || settings.idScope === undefined;
  const site = needsDetection ? await detectSite(settings.root) : {};
  const detected = settings.locales.length > 0 ? undefined : site.locales;
  const relative = detected && { ...detected, source: path.relative(settings.root, detected.source).split(path.sep).join("/") };
  const setup = translationSetup({ locales: settings.locales, defaultLocale: settings.defaultLocale, detected: relative });
  const urlRules = await detectUrlRules(settings.root, setup?.locales);
  return { setup, idScope: settings.idScope ?? (site.docusaurusConfig ? "folder" : "global"), ...(urlRules ? { urlRules } : {}) };
}

function byFileThenLine(a: Diagnostic, b: Diagnostic): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}
