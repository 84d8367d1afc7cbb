import type { ComponentRule } from "../documents/markdown/index.js";
import type { FrontmatterKeys, Override } from "./document-options.js";

/**
 * Options exactly as a shell received them (CLI flags, action inputs, config file), before
 * validation. Every field is optional; `resolveSettings` applies defaults and checks them.
 */
export interface RawOptions {
  command?: string;
  path?: string;
  target?: string;
  store?: string;
  include?: string[];
  exclude?: string[];
  idPrefix?: string;
  idKey?: string;
  idScope?: string;
  maxDeletes?: string;
  allowMassDelete?: boolean | string;
  full?: boolean | string;
  allowRollback?: boolean | string;
  deletions?: string;
  owner?: string;
  apiUrl?: string;
  apiKey?: string;
  collectionId?: string;
  sourceId?: string;
  knowledgeBaseId?: string;
  /** Config file only. */
  metadataValueLimit?: string;
  rateLimit?: string;
  wait?: boolean | string;
  waitTimeout?: string;
  lockTimeout?: string;
  timeout?: string;
  maxFileSize?: string;
  config?: string;
  baseUrl?: string;
  locales?: string[];
  defaultLocale?: string;
  /** Docusaurus docs versions to publish: `latest`, `current`, `all` or version names. */
  versions?: string[];
  /** Config file only: `components:` rules by component name. */
  components?: Record<string, ComponentRule>;
  /** Config file only: `frontmatter:` key mapping. */
  frontmatter?: FrontmatterKeys;
  /** Config file only: `overrides:` entries. */
  overrides?: Override[];
  /** Config file only: `targets:` per-target options, keyed by target name. */
  targets?: Record<string, RawOptions>;
}

/**
 * Splits a list input into trimmed, non-empty items: one per line, or comma-separated —
 * except commas inside `{…}`, which belong to a glob like `**\/*.{md,mdx}`.
 */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const items: string[] = [];
  for (const line of value.split(/\r?\n/)) {
    let depth = 0;
    let current = "";
    for (const char of line) {
      if (char === "{") depth++;
      if (char === "}") depth = Math.max(0, depth - 1);
      if (char === "," && depth === 0) {
        items.push(current);
        current = "";
      } else current += char;
    }
    items.push(current);
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}
