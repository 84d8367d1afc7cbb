import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../documents/hash.js";
import type { Provenance } from "../target.js";
import { isStateEntryId, shardPayload, stateEntryId, type ReadShard, type ShardProblem, type StateEntry } from "./state-format.js";
import { parseShard } from "./state-parse.js";
import { encodeState } from "./state-v2.js";

const hex = (seed: string) => seed.repeat(64).slice(0, 64);
const PROVENANCE = (n: number): Provenance => ({
  sources: { [`guide/page-${n}.md`]: hex(`${n}a`), "snippets/shared.md": hex("5") },
  derivation: hex("d"),
  commit: { sha: hex("c"), time: 1_700_000_000 },
  includes: ["snippets/shared.md"],
});
/** An entry as the target records it: whole hashes, a part hash per payload field, some shared with other entries. */
const entry = (n: number): StateEntry => ({
  hash: hex(`${n}h`),
  parts: { content_html: `${n}`.padEnd(12, "c"), status: "dd2653c12a35", type: "8a26cd25ae77", title: `${n}`.padEnd(12, "t") },
  updatedAt: "2026-01-01T00:00:00.000Z",
  provenance: PROVENANCE(n),
});
const many = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`page-${String(i).padStart(4, "0")}`, entry(i)]));
const expected = { owner: "docs", shard: 0 };
const read = (text: string, at = expected): ReadShard => {
  const parsed = parseShard(text, at);
  if ("problem" in parsed) throw new Error(parsed.problem);
  return parsed;
};
/** A shard of the first format, as kb-publish wrote it before state v2. */
const v1Text = (entries: Record<string, StateEntry>, shards = 1) =>
  canonicalJson({ version: 1, tool: "kb-publish/0.9.0", owner: "docs", shard: 0, shards, entries });
const escapedBytes = (text: string) => Buffer.byteLength(JSON.stringify(text)) - 2;

describe("state entries", () => {
  it("names shards per owner and recognises any owner's state id", () => {
    expect(stateEntryId("docs", 0)).toBe("kb-publish-state--docs");
    expect(stateEntryId("docs", 2)).toBe("kb-publish-state.2--docs");
    expect(isStateEntryId("kb-publish-state--other")).toBe(true);
    expect(isStateEntryId("guide/kb-publish-state")).toBe(false);
  });

  it("round-trips every field through the hidden snippet's content, empty and partial entries included", () => {
    const entries: Record<string, StateEntry> = {
      ...many(3),
      failed: { hash: hex("f"), parts: {} },
      unknown: {},
      bare: { provenance: { sources: {}, derivation: "k", page: "a.md", siblings: ["x", "y"], groups: ["id:a"] } },
      "odd \"id\"/ü\n": { hash: "h", updatedAt: "t" },
    };
    const [shard, ...rest] = encodeState(entries, { owner: "docs", tool: "kb-publish/1.0.0" });
    expect(rest).toEqual([]);
    const payload = shardPayload("docs", shard!);
    expect(payload).toMatchObject({ external_id: "kb-publish-state--docs", type: "snippet", is_available_for_ai_agent: false, status: "draft" });
    const back = read(payload.content as string);
    expect(back).toMatchObject({ version: 2, shards: 1, text: shard!.text });
    expect(back.entries).toEqual(entries);
  });

  it("stores shared values once and no key per entry: well under half the first format's size", () => {
    const entries = many(200);
    const [shard] = encodeState(entries, { owner: "docs", tool: "t" });
    expect(shard!.text.split(hex("d")).length - 1).toBe(1);
    expect(shard!.text).not.toContain('"content_html":');
    expect(escapedBytes(shard!.text)).toBeLessThan(escapedBytes(v1Text(entries)) * 0.5);
  });

  it("is deterministic: the same entries give the same text whatever their order", () => {
    const entries = many(30);
    const reversed = Object.fromEntries(Object.entries(entries).reverse());
    expect(encodeState(reversed, { owner: "docs", tool: "t" })).toEqual(encodeState(entries, { owner: "docs", tool: "t" }));
  });

  it("reads a first-format (v1) shard as the same entries, which v2 then writes", () => {
    const entries = many(5);
    const old = read(v1Text(entries));
    expect(old).toMatchObject({ version: 1, shards: 1, entries });
    const [migrated] = encodeState(old.entries, { owner: "docs", tool: "t" });
    expect(migrated!.text).not.toBe(old.text);
    expect(read(migrated!.text).entries).toEqual(entries);
  });

  it("says why a shard cannot be trusted", () => {
    const problem = (text: unknown, at = expected) => (parseShard(text, at) as ShardProblem).problem;
    const good = encodeState(many(2), { owner: "docs", tool: "t" })[0]!.text;
    expect(problem("{oops")).toBe("the state entry is not valid JSON");
    expect(problem(undefined)).toBe("the state entry has no text content");
    expect(problem(good.replace('"version":2', '"version":0'))).toBe("the state entry has version 0, expected 1 to 2");
    expect(problem(good.replace('"version":2', '"version":"2"'))).toContain('version 2, expected');
    expect(problem(good, { owner: "other", shard: 0 })).toBe("the state entry names another owner or shard");
    expect(problem(good.replace('"shards":1', '"shards":0'))).toBe("the state entry has no valid shard count");
    const malformed = "the state entry's entries are malformed";
    expect(problem(good.replace(/"rows":\[\["page-0000","/, '"rows":[["page-0000",5,"'))).toBe(malformed);
    expect(problem(good.replace('"table":[', '"table":[7,'))).toBe(malformed);
    expect(problem(v1Text({ a: { hash: 5 } as unknown as StateEntry }))).toBe(malformed);
    // A reference past the end of the table, or a row longer than the format.
    const rows = good.indexOf('"rows":[');
    expect(problem(`${good.slice(0, rows)}"rows":[["a",99]]}`)).toBe(malformed);
    expect(problem(`${good.slice(0, rows)}"rows":[["a",null,null,null,null,1]]}`)).toBe(malformed);
    expect(problem(`${good.slice(0, rows)}"rows":[["a",null,null,[0,"x"]]]}`)).toBe(malformed);
  });

  it("marks a shard of a newer format as newer, so it is never overwritten", () => {
    const good = encodeState(many(2), { owner: "docs", tool: "t" })[0]!.text;
    expect(parseShard(good.replace('"version":2', '"version":3'), expected)).toEqual({
      problem: "the state entry has format version 3, written by a newer kb-publish (this one reads up to 2)",
      newer: true,
    });
  });

  it("splits a large state into shards within the byte budget, every entry exactly once, in id order", () => {
    const entries = many(60);
    for (const maxBytes of [2_000, 3_000, 5_000]) {
      const shards = encodeState(entries, { owner: "docs", tool: "t", maxBytes });
      expect(shards.length).toBeGreaterThan(3);
      expect(shards.map((s) => s.shard)).toEqual(shards.map((_, i) => i));
      const parsed = shards.map((s) => read(s.text, { owner: "docs", shard: s.shard }));
      for (const [i, s] of shards.entries()) {
        expect(escapedBytes(s.text)).toBeLessThanOrEqual(maxBytes);
        expect(parsed[i]!.shards).toBe(shards.length);
      }
      const ids = parsed.flatMap((p) => Object.keys(p.entries));
      expect(ids).toEqual(Object.keys(entries));
      expect(Object.assign({}, ...parsed.map((p) => p.entries))).toEqual(entries);
      // Full: a row here escapes to about 400 bytes, so only the last shard has room for another.
      for (const full of shards.slice(0, -1)) expect(escapedBytes(full.text)).toBeGreaterThan(maxBytes - 450);
    }
  });

  it("changes only the shard of an entry that was written again", () => {
    const entries = many(60);
    const before = encodeState(entries, { owner: "docs", tool: "t", maxBytes: 3_000 });
    const id = Object.keys(read(before[2]!.text, { owner: "docs", shard: 2 }).entries)[0]!;
    const written = { ...entries, [id]: { ...entries[id]!, hash: hex("n"), updatedAt: "2026-02-02T00:00:00.000Z" } };
    const after = encodeState(written, { owner: "docs", tool: "t", maxBytes: 3_000 });
    expect(after.length).toBe(before.length);
    expect(after.filter((shard, i) => shard.text !== before[i]!.text).map((s) => s.shard)).toEqual([2]);
  });

  it("puts an entry bigger than the budget in a shard of its own, and always writes one shard, even when empty", () => {
    const huge = { ...entry(1), parts: { content_html: "x".repeat(5_000) } };
    const shards = encodeState({ a: entry(0), b: huge, c: entry(2) }, { owner: "o", tool: "t", maxBytes: 2_000 });
    expect(shards.map((s) => Object.keys(read(s.text, { owner: "o", shard: s.shard }).entries))).toEqual([["a"], ["b"], ["c"]]);
    const [empty, ...none] = encodeState({}, { owner: "o", tool: "t" });
    expect(none).toEqual([]);
    expect(read(empty!.text, { owner: "o", shard: 0 })).toMatchObject({ version: 2, shards: 1, entries: {} });
  });
});
