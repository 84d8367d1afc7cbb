/** Locales found in a static-site generator's config file. */
export interface SiteLocales {
  /** Locale codes as the site writes them (folder names), default first when known. */
  locales: string[];
  /** The site's default language, when the config names it. */
  defaultLocale?: string;
}

/** Puts the default locale first and drops duplicates and empty names. */
export function siteLocales(locales: string[], defaultLocale: string | undefined): SiteLocales | undefined {
  const names = [...new Set([defaultLocale, ...locales].filter((name): name is string => !!name && name.trim() !== ""))];
  if (names.length === 0) return undefined;
  return defaultLocale ? { locales: names, defaultLocale } : { locales: names };
}
