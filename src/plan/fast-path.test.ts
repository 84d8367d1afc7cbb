import { describe, expect, it } from "vitest";
import type { Provenance, RemoteRecord } from "../targets/target.js";
import { cleanRecordOf, cleanRecords, pageOf, touchedRecords, unitPages } from "./fast-path.js";

const KEY = "key-1";
const files: Record<string, string> = { "a.md": "sha-a", "fr/a.md": "sha-fr", "b.md": "sha-b", "snippet.md": "sha-s" };
const shaOf = (path: string) => files[path];

function record(id: string, provenance: Partial<Provenance> | undefined, extra: Partial<RemoteRecord> = {}): RemoteRecord {
  const full = provenance && { sources: { [`${id}.md`]: files[`${id}.md`] ?? "?" }, derivation: KEY, ...provenance };
  return { externalId: id, owned: true, state: "live", title: `Title ${id}`, fingerprint: { hash: `h-${id}`, parts: {} }, provenance: full, ...extra };
}

const clean = (...records: RemoteRecord[]) => [...cleanRecords({ records: new Map(records.map((r) => [r.externalId, r])), derivation: KEY, shaOf }).keys()];

/** A page and its French translation published per language: two records of one unit. */
const unit = { sources: { "a.md": "sha-a", "fr/a.md": "sha-fr" }, groups: ["id:a"] };
const en = record("a", { ...unit, page: "a.md", siblings: ["fr/a"] });
const fr = record("fr/a", { ...unit, page: "fr/a.md", siblings: ["a"] });

describe("cleanRecords", () => {
  it("keeps a record whose sources and derivation key all match", () => {
    expect(clean(record("b", {}))).toEqual(["b"]);
  });

  it.each([
    ["no provenance (written by an older version)", record("b", undefined)],
    ["another derivation key (settings, site config or tool version changed)", record("b", { derivation: "key-0" })],
    ["a source changed", record("b", { sources: { "b.md": "old" } })],
    ["a source is gone", record("b", { sources: { "b.md": "sha-b", "gone.md": "x" }, page: "b.md" })],
    ["an included file changed", record("b", { sources: { "b.md": "sha-b", "snippet.md": "old" }, page: "b.md", includes: ["snippet.md"] })],
    ["no page it can name", record("b", { sources: { "b.md": "sha-b", "snippet.md": "sha-s" } })],
    ["drift", record("b", {}, { drifted: true })],
    ["a tombstone", record("b", {}, { state: "tombstoned" })],
    ["a foreign record", record("b", {}, { owned: false })],
    ["no stored fingerprint", record("b", {}, { fingerprint: undefined })],
  ])("derives a record again when it has %s", (_why, r) => {
    expect(clean(r)).toEqual([]);
  });

  it("keeps a unit only whole: every sibling clean, with the very same sources", () => {
    expect(clean(en, fr)).toEqual(["a", "fr/a"]);
    expect(clean(en)).toEqual([]);
    expect(clean(en, { ...fr, drifted: true })).toEqual([]);
    const stale = record("fr/a", { sources: { "fr/a.md": "sha-fr" }, siblings: ["a"] });
    expect(clean(en, stale)).toEqual([]);
  });
});

describe("touchedRecords", () => {
  const b = record("b", { groups: ["id:b", "key:intro"] });
  const map = new Map([en, fr, b].map((r) => [r.externalId, r]));

  it("returns the records a derived page shares an id or a group key with, with the rest of their units", () => {
    expect(touchedRecords(map, { ids: new Set(["b"]), groups: new Set() }).map((r) => r.externalId)).toEqual(["b"]);
    expect(touchedRecords(map, { ids: new Set(), groups: new Set(["key:intro"]) }).map((r) => r.externalId)).toEqual(["b"]);
    expect(touchedRecords(map, { ids: new Set(), groups: new Set(["id:a"]) }).map((r) => r.externalId)).toEqual(["a", "fr/a"]);
    expect(touchedRecords(map, { ids: new Set(["fr/a"]), groups: new Set() }).map((r) => r.externalId).sort()).toEqual(["a", "fr/a"]);
    expect(touchedRecords(map, { ids: new Set(["c"]), groups: new Set(["id:c"]) })).toEqual([]);
  });
});

describe("what a kept record shows", () => {
  it("names its page, its title as the target holds it, and its unit's pages", () => {
    expect(pageOf(en.provenance!)).toBe("a.md");
    expect(pageOf({ sources: { "b.md": "x" }, derivation: KEY })).toBe("b.md");
    expect(pageOf({ sources: { "b.md": "x" }, derivation: KEY, page: "elsewhere.md" })).toBeUndefined();
    expect(cleanRecordOf(fr).doc).toEqual({ externalId: "fr/a", title: "Title fr/a", sourcePath: "fr/a.md" });
    expect(unitPages({ sources: { "b.md": "x", "snippet.md": "y" }, derivation: KEY, includes: ["snippet.md"] })).toEqual(["b.md"]);
  });
});
