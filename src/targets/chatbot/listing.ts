import type { ChatbotApi } from "./api.js";
import { CHATBOT_LIMITS } from "./payload.js";

/** One staged item as the (inferred) listing returns it: no content. */
export interface ListedItem {
  externalItemId: string;
  title?: string;
  externalVersion?: string;
  metadata?: unknown;
  updatedAt?: string;
}

interface ListPage {
  items?: unknown;
  nextCursor?: unknown;
}

/**
 * Every staged item of the source, following `nextCursor` until it is null. A page without an
 * `items` array or a cursor seen twice throws, so the run stops before any write. An id listed
 * twice counts once (`duplicates` names it).
 */
export async function listItems(api: ChatbotApi): Promise<{ items: ListedItem[]; duplicates: string[] }> {
  const byId = new Map<string, ListedItem>();
  const duplicates = new Set<string>();
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    const { body } = await api.read<ListPage>(api.paths.items, { limit: CHATBOT_LIMITS.listPage, cursor });
    for (const item of rowsOf(body, page)) {
      if (byId.has(item.externalItemId)) duplicates.add(item.externalItemId);
      else byId.set(item.externalItemId, item);
    }
    const next = body?.nextCursor;
    if (typeof next !== "string" || next === "") return { items: [...byId.values()], duplicates: [...duplicates] };
    if (seen.has(next)) {
      throw new Error(`GET ${api.paths.items} returned cursor ${JSON.stringify(next)} twice (page ${page}): expected a new cursor per page`);
    }
    seen.add(next);
    cursor = next;
  }
}

function rowsOf(body: ListPage | undefined, page: number): ListedItem[] {
  if (!body || !Array.isArray(body.items)) {
    throw new Error(`the staged-items listing, page ${page}, has no items array: expected {"items": [...], "nextCursor": ...} (is --api-url a Chatbot API ending in /api?)`);
  }
  return body.items.filter(isListedItem);
}

function isListedItem(row: unknown): row is ListedItem {
  return typeof row === "object" && row !== null && typeof (row as { externalItemId?: unknown }).externalItemId === "string";
}
