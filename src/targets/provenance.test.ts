import { describe, expect, it } from "vitest";
import { readProvenance } from "./provenance.js";

describe("readProvenance", () => {
  it("reads sources, derivation key and commit", () => {
    const value = { sources: { "a.md": "ab", "fr/a.md": "cd" }, derivation: "k1", commit: { sha: "f00d", time: 1_700_000_000 } };
    expect(readProvenance(value)).toEqual(value);
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
