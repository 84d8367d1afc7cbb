import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { siteLocales, type SiteLocales } from "./types.js";

export type ConfigFormat = "toml" | "yaml" | "json";

/**
 * Hugo: the keys of `[languages]` and `defaultContentLanguage` (Hugo reads config keys
 * case-insensitively). `languagesFile` is for `config/_default/languages.toml`, whose top-level
 * keys are the languages themselves. Undefined when the text names no language or does not parse.
 */
export function hugoLocales(text: string, format: ConfigFormat, languagesFile = false): SiteLocales | undefined {
  const data = parseData(text, format);
  if (!data) return undefined;
  const languages = languagesFile ? data : valueOf(data, "languages");
  const locales = isRecord(languages) ? Object.keys(languages) : [];
  const defaultLocale = valueOf(data, "defaultContentLanguage");
  return siteLocales(locales, typeof defaultLocale === "string" && !languagesFile ? defaultLocale : undefined);
}

/** Parses config data without ever running code; undefined when it is not a mapping. */
export function parseData(text: string, format: ConfigFormat): Record<string, unknown> | undefined {
  try {
    const data: unknown =
      format === "toml" ? parseToml(text) : format === "json" ? JSON.parse(text) : parseYaml(text, { logLevel: "silent", maxAliasCount: 50 });
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function valueOf(data: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : data[found];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
