import { compareCodeUnits } from "./order.js";

/**
 * Tags from frontmatter: a comma-separated string or a list. Entries are trimmed, scalars
 * stringified, empties dropped, then sorted (by code unit, independent of locale) and
 * de-duplicated. Values that are neither text nor scalars are reported in `ignored`.
 */
export function normalizeTags(value: unknown): { tags: string[]; ignored: unknown[] } {
  if (value === undefined || value === null) return { tags: [], ignored: [] };
  const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value];
  const tags = new Set<string>();
  const ignored: unknown[] = [];
  for (const item of items) {
    if (item === null || item === undefined) continue;
    if (typeof item === "object") {
      ignored.push(item);
      continue;
    }
    const tag = String(item).trim();
    if (tag) tags.add(tag);
  }
  return { tags: [...tags].sort(compareCodeUnits), ignored };
}
