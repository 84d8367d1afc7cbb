import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../documents/hash.js";
import { isStateEntryId, parseShard, shardPayload, shardState, stateEntryId, type StateEntry } from "./state-format.js";

const entry = (n: number): StateEntry => ({ hash: `h${n}`.padEnd(64, "0"), parts: { title: "abc", content: "def" }, updatedAt: "2026-01-01T00:00:00.000Z" });

describe("state entries", () => {
  it("names shards per owner and recognises any owner's state id", () => {
    expect(stateEntryId("docs", 0)).toBe("kb-publish-state--docs");
    expect(stateEntryId("docs", 2)).toBe("kb-publish-state.2--docs");
    expect(isStateEntryId("kb-publish-state--other")).toBe(true);
    expect(isStateEntryId("guide/kb-publish-state")).toBe(false);
  });

  it("round-trips through the hidden snippet's content", () => {
    const [shard] = shardState({ a: entry(1), b: {} }, { owner: "docs", tool: "kb-publish/1.0.0" });
    const payload = shardPayload(shard!);
    expect(payload).toMatchObject({
      external_id: "kb-publish-state--docs",
      type: "snippet",
      is_available_for_ai_agent: false,
      status: "draft",
      title: "kb-publish state (do not edit)",
    });
    expect(parseShard(payload.content, { owner: "docs", shard: 0 })).toEqual(shard);
  });

  it("says why a shard cannot be trusted", () => {
    const expected = { owner: "docs", shard: 0 };
    expect(parseShard("{oops", expected)).toBe("the state entry is not valid JSON");
    expect(parseShard(undefined, expected)).toBe("the state entry has no text content");
    const good = canonicalJson(shardState({}, { owner: "docs", tool: "t" })[0]);
    expect(parseShard(good.replace('"version":1', '"version":9'), expected)).toContain("version 9");
    expect(parseShard(good, { owner: "other", shard: 0 })).toBe("the state entry names another owner or shard");
    expect(parseShard(good.replace('"entries":{}', '"entries":{"a":{"hash":5}}'), expected)).toBe("the state entry's entries are malformed");
  });

  it("splits a large state into shards under the byte budget, every entry exactly once", () => {
    const entries = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`page-${i}`, entry(i)]));
    const shards = shardState(entries, { owner: "docs", tool: "t", maxBytes: 2_000 });
    expect(shards.length).toBeGreaterThan(3);
    expect(shards.every((s) => s.shards === shards.length)).toBe(true);
    expect(shards.map((s) => s.shard)).toEqual(shards.map((_, i) => i));
    for (const s of shards) expect(JSON.stringify(canonicalJson(s.entries)).length).toBeLessThanOrEqual(2_000 + 200);
    const merged = Object.assign({}, ...shards.map((s) => s.entries));
    expect(merged).toEqual(entries);
  });

  it("always has one shard, even when empty", () => {
    expect(shardState({}, { owner: "o", tool: "t" })).toEqual([{ version: 1, tool: "t", owner: "o", shard: 0, shards: 1, entries: {} }]);
  });
});
