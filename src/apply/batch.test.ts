import { describe, expect, it } from "vitest";
import { ITEM_OVERHEAD_BYTES, splitIntoBatches, upsertBytes } from "./batch.js";
import { createOp } from "./test-fixtures.js";
import type { Upsert } from "../targets/target.js";

const size = (n: number) => n;

describe("splitIntoBatches", () => {
  it("splits by item count", () => {
    const batches = splitIntoBatches([1, 2, 3, 4, 5], { maxItems: 2 }, size);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("splits by bytes, keeping each batch at or under maxBytes", () => {
    const batches = splitIntoBatches([40, 40, 30, 50, 10], { maxItems: 10, maxBytes: 100 }, size);
    expect(batches).toEqual([[40, 40], [30, 50, 10]]);
  });

  it("sends an item bigger than maxBytes alone", () => {
    const batches = splitIntoBatches([10, 500, 10], { maxItems: 10, maxBytes: 100 }, size);
    expect(batches).toEqual([[10], [500], [10]]);
  });

  it("returns no batches for no items and treats maxItems below 1 as 1", () => {
    expect(splitIntoBatches([], { maxItems: 3 }, size)).toEqual([]);
    expect(splitIntoBatches([1, 2], { maxItems: 0 }, size)).toEqual([[1], [2]]);
  });
});

describe("upsertBytes", () => {
  it("counts UTF-8 bytes of the JSON payload plus the per-item overhead", () => {
    const op = createOp("a", "é€😀");
    if (op.kind !== "create" || op.spooled) throw new Error("expected a create operation in memory");
    const item: Upsert = { doc: op.doc, payload: op.payload, fingerprint: op.fingerprint };
    const expected = new TextEncoder().encode(JSON.stringify(op.payload)).length + ITEM_OVERHEAD_BYTES;
    expect(upsertBytes(item)).toBe(expected);
    expect(upsertBytes(item)).toBeGreaterThan(JSON.stringify(op.payload).length + ITEM_OVERHEAD_BYTES);
  });
});
