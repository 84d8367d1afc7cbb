import { describe, expect, it } from "vitest";
import { recordOf } from "./records.js";

const provenance = { sources: { "docs/a.md": "ab12" }, derivation: "d1", commit: { sha: "c0ffee", time: 1_900_000_000 } };
const marker = (owner: string, hash = "h1") => ({ kbPublish: { owner, hash, parts: { content: "p1" }, version: "1.0.0", provenance } });

describe("recordOf", () => {
  it("owns an item with this owner's marker, with its fingerprint and provenance", () => {
    const record = recordOf({ externalItemId: "a", title: "A", externalVersion: "h1", metadata: marker("kb-publish"), updatedAt: "2030-01-01T00:00:00Z" }, "kb-publish");
    expect(record).toEqual({
      externalId: "a",
      owned: true,
      state: "live",
      title: "A",
      updatedAt: "2030-01-01T00:00:00Z",
      fingerprint: { hash: "h1", parts: { content: "p1" } },
      provenance,
    });
  });

  it("treats an item without a marker, or with another owner's, as foreign: no fingerprint, no provenance", () => {
    for (const metadata of [undefined, { lang: "en" }, marker("docs-bot"), { kbPublish: { owner: "kb-publish" } }]) {
      const record = recordOf({ externalItemId: "a", metadata, externalVersion: "h1" }, "kb-publish");
      expect(record).toEqual({ externalId: "a", owned: false, state: "live" });
    }
  });

  it("marks an owned item drifted when its externalVersion no longer matches the marker (rewritten by someone else)", () => {
    expect(recordOf({ externalItemId: "a", metadata: marker("kb-publish"), externalVersion: "v3" }, "kb-publish").drifted).toBe(true);
    expect(recordOf({ externalItemId: "a", metadata: marker("kb-publish") }, "kb-publish").drifted).toBe(true);
  });
});
