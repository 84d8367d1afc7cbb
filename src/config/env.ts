import { FILE_FIELDS, type FileField } from "./fields.js";
import { splitList, type RawOptions } from "./raw.js";

/** Prefix of every environment variable kb-publish reads as a setting. */
export const ENV_PREFIX = "KB_PUBLISH_";

const PLAIN_TYPES = new Set(["string", "integer", "boolean", "strings", "max-deletes"]);

/**
 * The keys the environment may set: every plain config-file key, plus the two that a file can
 * never hold (`api-key`: secrets stay out of files; `config`: it names the file).
 */
const ENV_FIELDS: [string, FileField][] = [
  ...Object.entries(FILE_FIELDS).filter(([, field]) => PLAIN_TYPES.has(field.spec.type)),
  ["api-key", { option: "apiKey", spec: { type: "string", description: "API key." } }],
  ["config", { option: "config", spec: { type: "string", description: "Config file." } }],
];

/** `api-key` → `KB_PUBLISH_API_KEY`. */
export function envName(key: string): string {
  return `${ENV_PREFIX}${key.toUpperCase().replace(/-/g, "_")}`;
}

/**
 * The settings the environment holds: `KB_PUBLISH_<KEY>` for every plain config-file key
 * (`KB_PUBLISH_TARGET=heppu`, `KB_PUBLISH_INCLUDE="docs/**\/*.md, guides/*.md"`), plus
 * `KB_PUBLISH_API_KEY` and `KB_PUBLISH_CONFIG`. Structured keys (`frontmatter`, `overrides`,
 * `targets`) live in the file only. Empty variables count as unset.
 */
export function envOptions(env: Record<string, string | undefined>): RawOptions {
  const raw: Record<string, unknown> = {};
  for (const [key, field] of ENV_FIELDS) {
    const value = env[envName(key)];
    if (value === undefined || value.trim() === "") continue;
    raw[field.option] = field.spec.type === "strings" ? splitList(value) : value.trim();
  }
  return raw as RawOptions;
}
