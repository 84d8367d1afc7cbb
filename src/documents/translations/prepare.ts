import type { Document } from "../document.js";
import type { IdScope } from "../id.js";
import { canonicalLocale, localeKey } from "../locale/tags.js";
import type { SiteLocales } from "../locale/detect/types.js";
import { groupTranslations, type GroupResult } from "./group.js";
import { FRONTMATTER_SOURCE, localeHints } from "./hints.js";
import { localizeDocuments } from "./localize.js";

/** The locales a run works with, once configuration and detection are settled. */
export interface TranslationSetup {
  /** Default locale first, then the others in the order given. */
  locales: string[];
  defaultLocale: string;
  /** Where the locales came from: `settings` or the detected config file. */
  source: string;
}

/**
 * Whether languages are in play, and with which locales. Configured `locales` win (with the
 * configured default, added to the list when absent). Otherwise a detected site config counts
 * only when it names at least two locales, counting the default language (the config's, else
 * `defaultLocale`: Docusaurus `i18n/es/` folders alone mean an `en` site translated into `es`).
 * A one-language site keeps the behaviour of a plain repository (language only from
 * frontmatter), so its ids and hashes do not change.
 */
export function translationSetup(options: {
  locales: readonly string[];
  defaultLocale: string;
  detected?: SiteLocales & { source: string };
}): TranslationSetup | undefined {
  if (options.locales.length > 0) return ordered(options.locales, options.defaultLocale, "settings");
  const detected = options.detected;
  if (!detected) return undefined;
  const setup = ordered(detected.locales, detected.defaultLocale ?? options.defaultLocale, detected.source);
  return setup.locales.length < 2 ? undefined : setup;
}

function ordered(locales: readonly string[], defaultLocale: string, source: string): TranslationSetup {
  const all = [defaultLocale, ...locales];
  const seen = new Set<string>();
  const unique = all.filter((locale) => !seen.has(localeKey(locale)) && seen.add(localeKey(locale)));
  return { locales: unique, defaultLocale: canonicalLocale(defaultLocale) ?? defaultLocale, source };
}

/**
 * The translation step of a run: languages and base ids from paths and frontmatter, then one
 * document per group (native targets) or per language. Without a setup (no locales configured
 * or detected), pages with frontmatter `lang` and a shared `translationKey` in two or more
 * languages are still grouped; otherwise documents pass through unchanged, with one warning when
 * the tree looks translated (see localeHints). Also returns the setup it used (`setup`: given,
 * or inferred from frontmatter; undefined when none), which the incremental planner groups by.
 */
export function prepareTranslations(
  documents: Document[],
  options: {
    setup: TranslationSetup | undefined;
    native: boolean;
    idPrefix: string;
    baseUrl?: string;
    idOfPath?: (path: string) => string;
    pagePath?: (path: string) => string;
    idPrefixOf?: (path: string) => string;
    idScope?: IdScope;
    /** The language of pages that name none (Settings `defaultLocale`), for locale hints. Default `en`. */
    defaultLocale?: string;
  },
): GroupResult & { setup?: TranslationSetup } {
  const hints = options.setup ? {} : localeHints(documents, options.defaultLocale ?? "en");
  const setup = options.setup ?? hints.setup;
  if (!setup) return { documents, notes: hints.note ? [hints.note] : [], excluded: [] };
  const { idPrefix, baseUrl, idOfPath, pagePath, idPrefixOf, idScope } = options;
  const localized = localizeDocuments(documents, { ...setup, idPrefix, baseUrl, idOfPath, pagePath, idPrefixOf, idScope });
  const grouped = groupTranslations(localized, {
    // Locales inferred from a few keyed pages say nothing about the others: no "missing" notes.
    reportMissing: setup.source !== FRONTMATTER_SOURCE,
    native: options.native,
    defaultLocale: setup.defaultLocale,
    locales: setup.locales,
    idPrefix: options.idPrefix,
    localesSource: setup.source,
  });
  return { ...grouped, setup };
}
