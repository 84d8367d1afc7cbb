import { describe, expect, it } from "vitest";
import { readProvenance } from "./provenance.js";

describe("readProvenance", () => {
  it("reads sources, derivation key and commit", () => {
    const value = { sources: { "a.md": "ab", "fr/a.md": "cd" }, derivation: "k1", commit: { sha: "f00d", time: 1_700_000_000 } };
    expect(readProvenance(value)).toEqual(value);
  });

  it("keeps what the incremental planner stores: page, includes, siblings and group keys", () => {
    const value = { sources: { "a.md": "ab", "fr/a.md": "cd" }, derivation: "k1", page: "a.md", siblings: ["fr/a"], groups: ["id:a"], includes: [] };
    expect(readProvenance(value)).toEqual(value);
    expect(readProvenance({ ...value, siblings: [1], page: 2 })).toEqual({ sources: value.sources, derivation: "k1", groups: ["id:a"], includes: [] });
  });

  it("drops a malformed commit but keeps the rest", () => {
    expect(readProvenance({ sources: {}, derivation: "k", commit: { sha: "f00d", time: "yesterday" } })).toEqual({ sources: {}, derivation: "k" });
  });

  it.each([
    ["null", null],
    ["a string", "k1"],
    ["no derivation key", { sources: {} }],
    ["sources as a list", { sources: ["a.md"], derivation: "k" }],
    ["a non-string hash", { sources: { "a.md": 1 }, derivation: "k" }],
  ])("treats %s as absent", (_name, value) => {
    expect(readProvenance(value)).toBeUndefined();
  });
});
