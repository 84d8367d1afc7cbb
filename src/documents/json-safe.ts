/**
 * Frontmatter values made safe to hash and send as JSON: dates (YAML or TOML) become ISO
 * strings, non-finite numbers and bigints become strings, objects become plain objects with
 * an ordinary prototype, and `__proto__` keys are dropped so no consumer can be polluted.
 */
export function toJsonSafe(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return dateToString(value);
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value instanceof Map) return toJsonSafe(Object.fromEntries(value));
  if (value instanceof Set) return [...value].map(toJsonSafe);
  if (typeof value === "object") return plainObject(value as Record<string, unknown>);
  // undefined, functions and symbols have no JSON form.
  return null;
}

export function plainObject(source: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.keys(source)
    .filter((key) => key !== "__proto__")
    .map((key) => [key, toJsonSafe(source[key])] as const);
  return Object.fromEntries(entries);
}

function dateToString(date: Date): string {
  // smol-toml's TomlDate keeps local dates and times ("2024-01-01") in toISOString.
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString();
}
