import type { Document } from "../../documents/document.js";
import { canonicalJson } from "../../documents/hash.js";
import { TOTOY_LIMITS } from "./limits.js";
import { MARKER_PAIRS, MARKER_PREFIX } from "./marker.js";

/** Pairs of `custom_metadata` left for the page's own metadata once the marker has its share. */
export const USER_PAIRS = TOTOY_LIMITS.metadataPairs - MARKER_PAIRS;

/** The page's metadata as Totoy string pairs, and what did not fit (with why). */
export interface UserMetadata {
  pairs: Record<string, string>;
  leftOut: string[];
}

/**
 * The page's metadata in a fixed order — `lang`, `tags` (comma-separated), `description`, then
 * the other frontmatter keys by name — as strings, at most USER_PAIRS of them. A value or key
 * longer than `limit`, a `kbp_` key and anything past the last free pair is left out and named,
 * so the plan can say so. Pure and deterministic: the same page always gives the same pairs.
 */
export function userMetadataOf(doc: Pick<Document, "lang" | "tags" | "description" | "metadata">, limit: number): UserMetadata {
  const result: UserMetadata = { pairs: {}, leftOut: [] };
  for (const [key, raw] of candidates(doc)) {
    const value = textOf(raw);
    if (value === undefined || key in result.pairs) continue;
    const problem = whyNot(key, value, limit, Object.keys(result.pairs).length);
    if (problem) result.leftOut.push(`${key} (${problem})`);
    else result.pairs[key] = value;
  }
  return result;
}

function candidates(doc: Pick<Document, "lang" | "tags" | "description" | "metadata">): [string, unknown][] {
  const own = Object.keys(doc.metadata).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    ["lang", doc.lang],
    ["tags", doc.tags.length > 0 ? doc.tags : undefined],
    ["description", doc.description],
    ...own.map((key): [string, unknown] => [key, doc.metadata[key]]),
  ];
}

function whyNot(key: string, value: string, limit: number, used: number): string | undefined {
  if (key.startsWith(MARKER_PREFIX)) return `the ${MARKER_PREFIX} prefix is kb-publish's`;
  if (key.length > limit) return `key over ${limit} characters`;
  if (value.length > limit) return `${value.length} characters, over ${limit}`;
  if (used >= USER_PAIRS) return `no room: custom_metadata holds ${TOTOY_LIMITS.metadataPairs} pairs, ${MARKER_PAIRS} are kb-publish's`;
  return undefined;
}

/** Totoy values are strings: lists of scalars are joined with ", ", objects become JSON; null is no value. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => ["string", "number", "boolean"].includes(typeof v))) return value.join(", ");
  return canonicalJson(value);
}
