import type { HumindApi } from "./client.js";

/** One row of `GET /knowledge` (the summary: no content). */
export interface ListedEntry {
  external_id: string;
  humind_id?: string;
  type: string;
  title?: string;
  status: string;
  updated_at?: string;
}

interface ListPage {
  data?: unknown;
  next_cursor?: string | null;
}

/** Humind's maximum page size (HM-KN: `limit` 1–100). */
export const LIST_PAGE_SIZE = 100;

/** Every entry of the company, following `next_cursor` until it is null or missing. */
export async function listEntries(api: HumindApi): Promise<{ entries: ListedEntry[]; pages: number }> {
  const entries: ListedEntry[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const { body } = await api.read<ListPage>("/knowledge", { limit: LIST_PAGE_SIZE, cursor });
    pages += 1;
    entries.push(...rowsOf(body, pages));
    const next = body?.next_cursor;
    if (next === null || next === undefined || next === "") return { entries, pages };
    if (seen.has(next)) {
      throw new Error(`GET /knowledge returned cursor ${JSON.stringify(next)} twice (page ${pages}): expected a new cursor per page`);
    }
    seen.add(next);
    cursor = next;
  }
}

function rowsOf(body: ListPage | undefined, page: number): ListedEntry[] {
  if (!body || !Array.isArray(body.data)) {
    throw new Error(`GET /knowledge page ${page} has no data array: expected {"data": [...], "next_cursor": ...}`);
  }
  return body.data.filter(isListedEntry);
}

function isListedEntry(row: unknown): row is ListedEntry {
  if (!row || typeof row !== "object") return false;
  const entry = row as Record<string, unknown>;
  return typeof entry.external_id === "string" && typeof entry.status === "string";
}

/** Timestamps from the listing and from the state are compared as instants, not as text. */
export function sameInstant(a: string | undefined, b: string | undefined): boolean {
  // The same text is the same instant (the usual case: the state keeps the listing's own value), without parsing dates.
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a === b : ta === tb;
}
