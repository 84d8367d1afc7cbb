import { describe, expect, it } from "vitest";
import type { HeppuApi, ListPage, ListQuery } from "./api.js";
import { listAll, pageBudget } from "./listing.js";

/** A fake API serving `total` sources, or — with `endless` — always claiming more. */
function fakeApi(total: number, options: { endless?: boolean; announced?: number } = {}) {
  const calls: ListQuery[] = [];
  const api = {
    listPage: async (query: ListQuery): Promise<ListPage> => {
      calls.push(query);
      const count = options.endless ? query.limit : Math.max(0, Math.min(query.limit, total - query.offset));
      const sources = Array.from({ length: count }, (_, i) => ({ id: `id-${query.offset + i}`, externalId: `e-${query.offset + i}` }));
      const hasMore = options.endless ? true : query.offset + count < total;
      return { sources, total: options.announced ?? total, hasMore };
    },
  } as unknown as HeppuApi;
  return { api, calls };
}

describe("listAll", () => {
  it("reads exactly the announced pages, 100 at a time", async () => {
    const { api, calls } = fakeApi(250);
    const listing = await listAll(api);
    expect(listing.complete).toBe(true);
    expect(listing.sources).toHaveLength(250);
    expect(calls.map((c) => [c.offset, c.limit])).toEqual([[0, 100], [100, 100], [200, 100]]);
  });

  it("an empty collection is one request", async () => {
    const { api, calls } = fakeApi(0);
    expect(await listAll(api)).toEqual({ sources: [], complete: true });
    expect(calls).toHaveLength(1);
  });

  it("follows hasMore past the announced total (the collection grew), within a budget", async () => {
    const { api } = fakeApi(330, { announced: 120 });
    const listing = await listAll(api);
    expect(listing.complete).toBe(true);
    expect(listing.sources).toHaveLength(330);
  });

  it("stops a server that never ends and marks the listing incomplete", async () => {
    const { api, calls } = fakeApi(0, { endless: true, announced: 300 });
    const listing = await listAll(api);
    expect(listing.complete).toBe(false);
    expect(listing.stoppedBecause).toMatch(/still more after 8 pages although the server announced 300/);
    expect(calls).toHaveLength(pageBudget(300));
  });

  it("passes filters through to every page", async () => {
    const { api, calls } = fakeApi(150);
    await listAll(api, { status: "failed" });
    expect(calls.every((c) => c.status === "failed")).toBe(true);
  });
});
