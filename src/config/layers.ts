import { canonicalLocale } from "../documents/locale/tags.js";
import type { FrontmatterKeys, Override } from "./document-options.js";
import type { RawOptions } from "./raw.js";

/**
 * Layers the config file < its `targets.<selected target>` block < explicit options (flags,
 * action inputs). The selected target is the explicit one, else the file's, else `local`.
 */
export function layerOptions(file: RawOptions, explicit: RawOptions): RawOptions {
  const { targets, ...topLevel } = file;
  const selected = explicit.target ?? file.target ?? "local";
  return { ...topLevel, ...(targets?.[selected] ?? {}), ...explicit };
}

/** The document-shaping settings of the config file, with their consistency checks. */
export function documentOptions(
  merged: RawOptions,
  problems: string[],
): { frontmatterKeys?: FrontmatterKeys; overrides?: Override[] } {
  const result: { frontmatterKeys?: FrontmatterKeys; overrides?: Override[] } = {};
  const keys = merged.frontmatter;
  if (keys && Object.keys(keys).length > 0) {
    if (keys.id && merged.idKey && merged.idKey !== "id") {
      problems.push(`id-key is "${merged.idKey}" and frontmatter.id is ${JSON.stringify(keys.id)}; expected only one of them (frontmatter.id replaces id-key)`);
    }
    result.frontmatterKeys = keys;
  }
  if (merged.overrides && merged.overrides.length > 0) result.overrides = merged.overrides;
  return result;
}

/** Records a problem for each locale code that is not a language tag. */
export function checkLocales(merged: RawOptions, problems: string[]): void {
  const named: [string, string][] = [
    ...(merged.locales ?? []).map((code): [string, string] => ["locales", code]),
    ...(merged.defaultLocale === undefined ? [] : [["default-locale", merged.defaultLocale] as [string, string]]),
  ];
  for (const [name, code] of named) {
    if (canonicalLocale(code) === undefined) problems.push(`${name}: "${code}" is not a language tag; expected a code such as en, fr or pt-BR`);
  }
}
