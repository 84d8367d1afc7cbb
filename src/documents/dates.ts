import { DEFAULT_FRONTMATTER_KEYS } from "../config/document-options.js";
import type { FieldProblem } from "./field-values.js";
import { isFlag } from "./field-values.js";

/**
 * Hugo's names for the start and end of a page's active period, in precedence order, matched
 * case-insensitively as Hugo does. `date` and `lastmod` are deliberately not among them: they
 * say when a page was written, not when it may be shown. `published` is also Jekyll's boolean;
 * only a date value counts here.
 */
const FROM_KEYS = DEFAULT_FRONTMATTER_KEYS.publishDate.map((key) => key.toLowerCase());
const UNTIL_KEYS = DEFAULT_FRONTMATTER_KEYS.expiryDate.map((key) => key.toLowerCase());

export interface ActivePeriod {
  activeFrom?: string;
  activeUntil?: string;
  /** The keys (as written) that were read, so they are not kept as metadata. */
  keys: string[];
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/** Reads the active period. A date-only value stays date-only (`2024-05-01`); times become UTC ISO strings. */
export function activePeriodOf(data: Record<string, unknown>, warnings: FieldProblem[]): ActivePeriod {
  const period: ActivePeriod = { keys: [] };
  const from = readDate(data, FROM_KEYS, warnings);
  const until = readDate(data, UNTIL_KEYS, warnings);
  for (const found of [from, until]) if (found) period.keys.push(found.key);
  if (from?.iso) period.activeFrom = from.iso;
  if (until?.iso) period.activeUntil = until.iso;
  if (period.activeFrom && period.activeUntil && period.activeUntil < period.activeFrom) {
    warnings.push({ key: until!.key, message: `frontmatter "${until!.key}" (${period.activeUntil}) is before the publish date (${period.activeFrom}); expected a later date` });
  }
  return period;
}

function readDate(data: Record<string, unknown>, names: string[], warnings: FieldProblem[]): { key: string; iso?: string } | undefined {
  const keys = Object.keys(data);
  for (const name of names) {
    const key = keys.find((candidate) => candidate.toLowerCase() === name);
    const value = key === undefined ? undefined : data[key];
    if (key === undefined || value === undefined || value === null || value === "") continue;
    if (name === "published" && (typeof value === "boolean" || isFlag(value, true) || isFlag(value, false))) continue;
    const iso = isoDate(value);
    if (iso === undefined) {
      warnings.push({ key, message: `frontmatter "${key}" is ${JSON.stringify(value)}; expected a date such as 2024-05-01 or 2024-05-01T09:00:00Z; ignored` });
    }
    return iso === undefined ? { key } : { key, iso };
  }
  return undefined;
}

/** `2024-05-01` as is; a date-time (no zone means UTC, as Hugo's default) as a UTC ISO string. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) return isRealDate(text) ? text : undefined;
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return undefined;
  const normalized = text.replace(" ", "T") + (dateTime[1] ? "" : "Z");
  const time = Date.parse(normalized);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function isRealDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}
