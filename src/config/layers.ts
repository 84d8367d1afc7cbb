import { canonicalLocale } from "../documents/locale/tags.js";
import type { ComponentRule } from "../documents/markdown/index.js";
import type { FrontmatterKeys, Override } from "./document-options.js";
import { EXPECTED, invalidValue } from "./expected.js";
import type { RawOptions } from "./raw.js";

/** Every source of options, lowest precedence first; built-in defaults sit below them all. */
export interface OptionLayers {
  /** `kb-publish.yml`, with its `targets:` blocks. */
  file: RawOptions;
  /** `KB_PUBLISH_*` variables (see envOptions). */
  env: RawOptions;
  /** What the user actually set: CLI flags and arguments, or action inputs (never their defaults). */
  explicit: RawOptions;
}

/**
 * The one precedence rule: built-in default < config file (its `targets.<selected>` block over
 * its top level) < environment < flag or action input. Built-in defaults are applied by
 * `resolveSettings` to whatever this leaves unset; unset (undefined or empty) values never
 * hide a lower layer. The selected target is the highest layer's `target`, else `local`.
 */
export function layerOptions(layers: OptionLayers): RawOptions {
  const { targets, ...topLevel } = layers.file;
  const env = definedOnly(layers.env);
  const explicit = definedOnly(layers.explicit);
  const selected = explicit.target ?? env.target ?? topLevel.target ?? "local";
  return { ...definedOnly(topLevel), ...definedOnly(targets?.[selected] ?? {}), ...env, ...explicit };
}

function definedOnly(raw: RawOptions): RawOptions {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== "")) as RawOptions;
}

/** The document-shaping settings of the config file, with their consistency checks. */
export function documentOptions(
  merged: RawOptions,
  problems: string[],
): { frontmatterKeys?: FrontmatterKeys; overrides?: Override[]; components?: Record<string, ComponentRule> } {
  const result: { frontmatterKeys?: FrontmatterKeys; overrides?: Override[]; components?: Record<string, ComponentRule> } = {};
  const keys = merged.frontmatter;
  if (keys && Object.keys(keys).length > 0) {
    if (keys.id && merged.idKey && merged.idKey !== "id") {
      problems.push(`id-key is "${merged.idKey}" and frontmatter.id is ${JSON.stringify(keys.id)}; expected only one of them (frontmatter.id replaces id-key)`);
    }
    result.frontmatterKeys = keys;
  }
  if (merged.overrides && merged.overrides.length > 0) result.overrides = merged.overrides;
  if (merged.components && Object.keys(merged.components).length > 0) result.components = merged.components;
  return result;
}

/** `versions`: `latest`, `current` or `all` alone, or a list of version names (`current` among them). */
export function checkVersions(versions: string[] | undefined, problems: string[], where: (option: "versions") => string): string[] | undefined {
  if (versions === undefined || versions.length === 0) return undefined;
  const alone = versions.find((name) => name === "latest" || name === "all");
  if (alone && versions.length > 1) {
    problems.push(invalidValue(where("versions"), JSON.stringify(versions), `latest, current or all alone, or a list of version names (it mixes "${alone}" with others)`));
    return undefined;
  }
  return versions;
}

/** Records a problem for each locale code that is not a language tag; `where` names the option as the user set it. */
export function checkLocales(merged: RawOptions, problems: string[], where: (option: "locales" | "defaultLocale") => string): void {
  const named: ["locales" | "defaultLocale", string][] = [
    ...(merged.locales ?? []).map((code): ["locales", string] => ["locales", code]),
    ...(merged.defaultLocale === undefined ? [] : [["defaultLocale", merged.defaultLocale] as ["defaultLocale", string]]),
  ];
  for (const [option, code] of named) {
    if (canonicalLocale(code) === undefined) problems.push(invalidValue(where(option), JSON.stringify(code), EXPECTED.locale));
  }
}
