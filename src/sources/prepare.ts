import path from "node:path";
import type { Override } from "../config/document-options.js";
import type { Diagnostic } from "../documents/document.js";
import { compareCodeUnits } from "../documents/order.js";
import { applyOverrides } from "../documents/overrides.js";
import { prepareTranslations, translationSetup, type TranslationSetup } from "../documents/translations/index.js";
import { loadDocuments, type LoadOptions, type LoadResult } from "./load.js";
import { detectSiteLocales } from "./site-locales.js";

/** The settings reading the docs needs (a subset of Settings). */
export interface ReadSettings extends LoadOptions {
  locales: string[];
  defaultLocale: string;
  overrides?: Override[];
}

/**
 * Reads the docs as a target should receive them: settles the site's locales (configured or
 * detected), loads every page, applies config-file overrides, then shapes languages and
 * translation groups for the target (one document per group for targets with native
 * translations, one per language otherwise). Translation notes join the diagnostics as warnings.
 */
export async function readDocuments(settings: ReadSettings, capabilities: { nativeTranslations: boolean }): Promise<LoadResult> {
  const setup = await localeSetup(settings);
  const loadOptions = setup ? { ...settings, locales: setup.locales, defaultLocale: setup.defaultLocale } : settings;
  const loaded = await loadDocuments(loadOptions);
  return prepareDocuments(loaded, { ...settings, setup, native: capabilities.nativeTranslations });
}

/** Overrides, then languages and translation groups, for documents already loaded. Pure. */
export function prepareDocuments(
  loaded: LoadResult,
  options: { idPrefix: string; baseUrl?: string; overrides?: Override[]; setup: TranslationSetup | undefined; native: boolean },
): LoadResult {
  const overridden = applyOverrides(loaded.documents, options.overrides);
  const shaped = prepareTranslations(overridden.documents, options);
  return {
    documents: shaped.documents,
    diagnostics: [...loaded.diagnostics, ...shaped.notes].sort(byFileThenLine),
    excluded: [...loaded.excluded, ...overridden.excluded].sort((a, b) => compareCodeUnits(a.file, b.file)),
  };
}

/** Configured locales, else those detected from the generator's config (see detectSiteLocales). */
export async function localeSetup(settings: { root: string; locales: string[]; defaultLocale: string }): Promise<TranslationSetup | undefined> {
  const detected = settings.locales.length > 0 ? undefined : await detectSiteLocales(settings.root);
  const relative = detected && { ...detected, source: path.relative(settings.root, detected.source).split(path.sep).join("/") };
  return translationSetup({ locales: settings.locales, defaultLocale: settings.defaultLocale, detected: relative });
}

function byFileThenLine(a: Diagnostic, b: Diagnostic): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}
