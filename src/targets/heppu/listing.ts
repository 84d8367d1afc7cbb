import type { HeppuApi, ListedSource } from "./api.js";
import { HEPPU_LIMITS } from "./payload.js";

/** Every source matching a filter, and whether the listing reached its end. */
export interface Listing {
  sources: ListedSource[];
  complete: boolean;
  /** Why the listing stopped early, when it did. */
  stoppedBecause?: string;
}

/** Pages a listing may read beyond what `total` announced before it is taken for a server that never ends. */
export function pageBudget(total: number): number {
  const expected = Math.ceil(total / HEPPU_LIMITS.listPage);
  return expected + Math.max(5, Math.ceil(expected * 0.1));
}

/**
 * Pages through `GET /kb/sources` until `hasMore` is false. The first page tells the total, so
 * the pages it announces are fetched concurrently (the client bounds concurrency); pages beyond
 * it (the collection grew meanwhile) are followed one by one, within a budget.
 */
export async function listAll(api: HeppuApi, filter: { status?: string } = {}): Promise<Listing> {
  const limit = HEPPU_LIMITS.listPage;
  const first = await api.listPage({ ...filter, offset: 0, limit });
  const pages = [first];
  if (first.hasMore) {
    const announced = Math.ceil(first.total / limit);
    const offsets = Array.from({ length: Math.max(0, announced - 1) }, (_, i) => (i + 1) * limit);
    pages.push(...(await Promise.all(offsets.map((offset) => api.listPage({ ...filter, offset, limit })))));
  }
  const budget = pageBudget(first.total);
  for (let last = pages[pages.length - 1]!; last.hasMore; last = pages[pages.length - 1]!) {
    if (last.sources.length === 0) return incomplete(pages, "a page was empty although the server said more would follow");
    if (pages.length >= budget) {
      return incomplete(pages, `still more after ${pages.length} pages although the server announced ${first.total} sources`);
    }
    pages.push(await api.listPage({ ...filter, offset: pages.length * limit, limit }));
  }
  return { sources: uniqueById(pages.flatMap((p) => p.sources)), complete: true };
}

function incomplete(pages: { sources: ListedSource[] }[], stoppedBecause: string): Listing {
  return { sources: uniqueById(pages.flatMap((p) => p.sources)), complete: false, stoppedBecause };
}

/** A source seen twice (the listing shifted between pages) counts once. */
function uniqueById(sources: ListedSource[]): ListedSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = source.id ?? `externalId:${source.externalId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
