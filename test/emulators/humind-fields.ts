/** Field-level checks for Humind bodies; each records zod-like issues instead of throwing. */

/** One problem with a body, shaped like the doc's `details.issues[]`. */
export interface Issue {
  path: (string | number)[];
  message: string;
  code: string;
}

/** DOC HM-KN: the translations sub-resource's language regex (also used for embedded locales, INF). */
export const LANG_PATTERN = /^[a-z]{2}(-[A-Z]{2})?$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export class Issues {
  readonly list: Issue[] = [];

  add(path: (string | number)[], message: string, code = "invalid_type"): undefined {
    this.list.push({ path, message, code });
    return undefined;
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

/** A present, non-empty string; records "Required" when missing. */
export function requiredString(raw: Record<string, unknown>, name: string, issues: Issues): string | undefined {
  const value = raw[name];
  if (value === undefined || value === null || value === "") return issues.add([name], "Required");
  if (typeof value !== "string") return issues.add([name], "Expected string");
  return value;
}

/** An optional string (null/absent → null), at most `max` characters, matching `pattern` if given. */
export function optionalString(
  raw: Record<string, unknown>,
  name: string,
  issues: Issues,
  rules: { max?: number; pattern?: RegExp } = {},
): string | null {
  const value = raw[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return issues.add([name], "Expected string") ?? null;
  if (rules.max !== undefined && value.length > rules.max) {
    return issues.add([name], `String must contain at most ${rules.max} character(s)`, "too_big") ?? null;
  }
  if (rules.pattern && !rules.pattern.test(value)) return issues.add([name], "Invalid format", "invalid_string") ?? null;
  return value;
}

export function optionalBoolean(raw: Record<string, unknown>, name: string, fallback: boolean, issues: Issues): boolean {
  const value = raw[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") return issues.add([name], "Expected boolean") ?? fallback;
  return value;
}

export function optionalEnum<T extends string>(raw: Record<string, unknown>, name: string, values: readonly T[], issues: Issues): T | undefined {
  const value = raw[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || !(values as readonly string[]).includes(value)) {
    return issues.add([name], `Expected one of ${values.join(", ")}`, "invalid_enum_value");
  }
  return value as T;
}

/**
 * An ISO 8601 date or date-time, normalised to UTC `YYYY-MM-DDTHH:MM:SSZ` (milliseconds kept
 * only when non-zero). A date-time without an offset is read as UTC (INF).
 */
export function optionalIsoDate(raw: Record<string, unknown>, name: string, issues: Issues): string | null {
  const value = raw[name];
  if (value === undefined || value === null) return null;
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  const zoned = match && (value as string).includes("T") && match[1] === undefined ? `${value as string}Z` : value;
  const time = match ? Date.parse(zoned as string) : NaN;
  if (Number.isNaN(time)) return issues.add([name], "Invalid ISO 8601 date", "invalid_date") ?? null;
  return new Date(time).toISOString().replace(".000Z", "Z");
}

/** Tag names: strings, duplicates dropped (names resolve to one tag id each). */
export function tagList(raw: Record<string, unknown>, issues: Issues): string[] {
  const value = raw.tags;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === "string")) {
    return issues.add(["tags"], "Expected array of strings") ?? [];
  }
  return [...new Set(value as string[])];
}
