import { DEFAULT_FRONTMATTER_KEYS } from "../config/document-options.js";
import { activePeriodOf } from "./dates.js";
import { EXCLUSION_KEYS } from "./exclusions.js";
import { explicitIdOf, firstKey, isFlag, languageField, textField } from "./field-values.js";
import type { FieldProblem } from "./field-values.js";
import type { DeclaredUrl } from "./links.js";
import { normalizeTags } from "./tags.js";

export type { FieldProblem } from "./field-values.js";
export { exclusionReason } from "./exclusions.js";

/** Frontmatter keys kb-publish understands, taken out of the data; the rest is metadata. */
export interface PageFields {
  explicitId?: string;
  title?: string;
  /**
   * `sidebar_label` (Docusaurus), `sidebar.label` (Starlight) or `hero.name` (VitePress home
   * pages): the title only when there is no `title` and no `# heading`.
   */
  fallbackTitle?: string;
  /** From `tags`, `categories` and `keywords`, merged, sorted and de-duplicated. */
  tags: string[];
  /** From `description`, else `summary`, else `excerpt`. */
  description?: string;
  lang?: string;
  /** From `permalink`, else `url`, else `slug`: where the page is published. */
  declaredUrl?: DeclaredUrl;
  /** From Hugo's `publishDate` / `expiryDate` and their aliases. */
  activeFrom?: string;
  activeUntil?: string;
  metadata: Record<string, unknown>;
}

export type FieldsOutcome =
  | { ok: true; fields: PageFields; warnings: FieldProblem[] }
  | { ok: false; problem: FieldProblem };

/** Keys that say which language a page is in, in order of precedence. */
export const LANGUAGE_KEYS = DEFAULT_FRONTMATTER_KEYS.lang;
const TAG_KEYS = DEFAULT_FRONTMATTER_KEYS.tags;
const DESCRIPTION_KEYS = DEFAULT_FRONTMATTER_KEYS.description;
/** Where the page is published: a permalink (or url) wins over a slug. */
const URL_KEYS = [...DEFAULT_FRONTMATTER_KEYS.permalink, ...DEFAULT_FRONTMATTER_KEYS.slug] as const;

/** Splits frontmatter data into the fields a Document has and the metadata it keeps. */
export function extractFields(data: Record<string, unknown>, idKey: string): FieldsOutcome {
  const warnings: FieldProblem[] = [];
  const consumed = new Set<string>([idKey, "title", ...TAG_KEYS, ...EXCLUSION_KEYS]);
  if (typeof data.published === "boolean" || isFlag(data.published, true) || isFlag(data.published, false)) consumed.add("published");
  const id = explicitIdOf(data[idKey], idKey);
  if (typeof id === "object") return { ok: false, problem: id };

  const fields: PageFields = { tags: tagsOf(data, warnings), metadata: {} };
  if (id !== undefined) fields.explicitId = id;
  const read = (keys: readonly string[], reader = textField): string | undefined => {
    const key = firstKey(data, keys);
    if (key === undefined) return undefined;
    consumed.add(key);
    return reader(data, key, warnings);
  };
  const title = read(DEFAULT_FRONTMATTER_KEYS.title);
  if (title) fields.title = title;
  const fallbackTitle = textField(data, "sidebar_label", warnings) ?? nestedText(data.sidebar, "label") ?? nestedText(data.hero, "name");
  if (fallbackTitle) fields.fallbackTitle = fallbackTitle;
  const description = read(DESCRIPTION_KEYS);
  if (description) fields.description = description;
  const lang = read(LANGUAGE_KEYS, languageField);
  if (lang) fields.lang = lang;
  const urlKey = firstKey(data, URL_KEYS) as DeclaredUrl["key"] | undefined;
  const url = read(URL_KEYS);
  if (url && urlKey) fields.declaredUrl = { key: urlKey, value: url };
  const period = activePeriodOf(data, warnings);
  for (const key of period.keys) consumed.add(key);
  if (period.activeFrom) fields.activeFrom = period.activeFrom;
  if (period.activeUntil) fields.activeUntil = period.activeUntil;

  fields.metadata = Object.fromEntries(Object.entries(data).filter(([key]) => !consumed.has(key)));
  return { ok: true, fields, warnings };
}

function tagsOf(data: Record<string, unknown>, warnings: FieldProblem[]): string[] {
  const present = TAG_KEYS.filter((key) => data[key] !== undefined && data[key] !== null);
  const { tags, ignored } = normalizeTags(present.flatMap((key) => listOf(data[key])));
  if (ignored.length > 0) {
    const keys = present.join(", ");
    warnings.push({ key: present[0]!, message: `${keys} contain ${ignored.length} non-text value(s) ${JSON.stringify(ignored)}; expected text; ignored` });
  }
  return tags;
}

/** A comma-separated string becomes its entries, so the lists of several keys can be merged. */
function listOf(value: unknown): unknown[] {
  if (typeof value === "string") return value.split(",");
  return Array.isArray(value) ? value : [value];
}

function nestedText(parent: unknown, key: string): string | undefined {
  if (typeof parent !== "object" || parent === null) return undefined;
  const value = (parent as Record<string, unknown>)[key];
  return typeof value === "string" || typeof value === "number" ? String(value).trim() || undefined : undefined;
}
