import { DEFAULT_FRONTMATTER_KEYS, MERGED_FRONTMATTER_FIELDS, type FrontmatterField, type FrontmatterKeys } from "../config/document-options.js";

/**
 * Applies the config file's `frontmatter:` mapping to one page's frontmatter data, so the rest
 * of derivation reads the built-in names only. For each mapped field, the first mapped key
 * present supplies the value (for `tags`, every present key's tags are merged) and the mapped
 * keys leave the data (they are not metadata any more). A field none of whose mapped keys is
 * present keeps the page's built-in key. Pure; returns new data.
 */
export function remapFrontmatter(data: Record<string, unknown>, keys: FrontmatterKeys | undefined): Record<string, unknown> {
  if (!keys) return data;
  const assigned: [string, unknown][] = [];
  const moved = new Set<string>();
  for (const [field, sources] of Object.entries(keys) as [FrontmatterField, string[] | undefined][]) {
    if (!sources || sources.length === 0 || (sources.length === 1 && sources[0] === field)) continue;
    const present = sources.filter((key) => data[key] !== undefined && data[key] !== null);
    if (present.length === 0) continue;
    const value = MERGED_FRONTMATTER_FIELDS.has(field) ? present.flatMap((key) => asList(data[key])) : data[present[0]!];
    assigned.push([field, value]);
    for (const key of sources) moved.add(key);
  }
  if (assigned.length === 0) return data;
  const result = Object.fromEntries(Object.entries(data).filter(([key]) => !moved.has(key)));
  for (const [field, value] of assigned) result[field] = value;
  return result;
}

/** Tags may be written as a list or a comma-separated text. */
function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? value.split(",") : [value];
}

/**
 * Front-matter keys kb-publish reads, in the spelling it reads them. Hugo reads front matter
 * case-insensitively (`Title:` is the title), and so does kb-publish for these keys.
 */
const KNOWN_KEYS: readonly string[] = [
  ...Object.values(DEFAULT_FRONTMATTER_KEYS).flat(),
  "unlisted", "pagefind", "headless", "search", "build", "_build", "sidebar_label", "sidebar", "hero", "features", "layout",
];

/**
 * Renames keys that differ from a known key only in case (`Title`, `DRAFT`, `translationkey`) to
 * the known spelling, unless the page also has that spelling. `idKey` counts as known. Pure.
 */
export function foldKeyCase(data: Record<string, unknown>, idKey: string): Record<string, unknown> {
  const known = new Map([...KNOWN_KEYS, idKey].map((key) => [key.toLowerCase(), key]));
  let folded: Record<string, unknown> | undefined;
  for (const key of Object.keys(data)) {
    const spelling = known.get(key.toLowerCase());
    if (spelling === undefined || spelling === key || Object.hasOwn(data, spelling)) continue;
    folded ??= { ...data };
    folded[spelling] = folded[key];
    delete folded[key];
  }
  return folded ?? data;
}
