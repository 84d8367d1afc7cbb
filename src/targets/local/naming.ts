import { sha256 } from "../../documents/hash.js";

const SLUG_MAX = 60;
const RECORD_FILE = /^[a-z0-9][a-z0-9-]*-[0-9a-f]{16}\.json$/;

/**
 * The record file name for an external id: a readable ASCII slug plus 16 hex digits of the id's
 * sha256. Ids may hold `/`, `..`, unicode or differ only in case; the hash keeps them distinct
 * (also on case-insensitive file systems) and the slug keeps the store browsable.
 */
export function recordFileName(externalId: string): string {
  const slug = externalId
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
  return `${slug || "doc"}-${sha256(externalId).slice(0, 16)}.json`;
}

/** True for names `recordFileName` produces; temp files (`.name.tmp`) and strays never match. */
export function isRecordFileName(name: string): boolean {
  return RECORD_FILE.test(name);
}
