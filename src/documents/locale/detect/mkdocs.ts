import { isRecord, parseData } from "./hugo.js";
import { siteLocales, type SiteLocales } from "./types.js";

/**
 * MkDocs with the `i18n` plugin (mkdocs-static-i18n): `languages` as a list of
 * `{ locale, default }` (v1) or a mapping keyed by locale with `default_language` (v0).
 * Without the plugin, `theme.language` / `theme.locale` name the one language of the site.
 * Python tags (`!!python/name:`, `!ENV`) are read as plain values, never resolved.
 */
export function mkdocsLocales(text: string): SiteLocales | undefined {
  const data = parseData(text, "yaml");
  if (!data) return undefined;
  const plugin = i18nPlugin(data.plugins);
  if (plugin) return pluginLocales(plugin);
  const theme = isRecord(data.theme) ? data.theme : {};
  const language = [theme.language, theme.locale].find((value) => typeof value === "string");
  return typeof language === "string" ? siteLocales([], language) : undefined;
}

function i18nPlugin(plugins: unknown): Record<string, unknown> | undefined {
  const entries = Array.isArray(plugins) ? plugins : isRecord(plugins) ? [plugins] : [];
  for (const entry of entries) {
    if (isRecord(entry) && isRecord(entry.i18n)) return entry.i18n;
  }
  return undefined;
}

function pluginLocales(plugin: Record<string, unknown>): SiteLocales | undefined {
  const languages = plugin.languages;
  let defaultLocale = typeof plugin.default_language === "string" ? plugin.default_language : undefined;
  const locales: string[] = [];
  if (Array.isArray(languages)) {
    for (const language of languages) {
      if (!isRecord(language) || typeof language.locale !== "string") continue;
      locales.push(language.locale);
      if (language.default === true) defaultLocale ??= language.locale;
    }
  } else if (isRecord(languages)) {
    locales.push(...Object.keys(languages));
  }
  return siteLocales(locales, defaultLocale);
}
