import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../../documents/hash.js";
import { MARKER_KEYS, markerPairs, readMarker, storedIdOf } from "./marker.js";

const fingerprint = fingerprintOf({ text_content: "Hello", title: "Hi", custom_metadata: {} });
const provenance = { sources: { "docs/a.md": "a".repeat(64) }, derivation: "d".repeat(64), commit: { sha: "c".repeat(40), time: 1_700_000_000 } };
const base = { owner: "kb-publish", knowledgeBaseId: "kb_feMfJbeqbAEj4u8K5HqmKpUbY", externalId: "guides/install", fingerprint, version: "1.2.3" };

describe("totoy marker in custom_metadata", () => {
  it("round-trips owner, knowledge base, id, fingerprint, version and provenance as strings", () => {
    const { pairs, partsDropped, provenanceDropped } = markerPairs({ ...base, provenance }, 512);
    expect(Object.keys(pairs).sort()).toEqual(Object.values(MARKER_KEYS).sort());
    expect(Object.values(pairs).every((v) => typeof v === "string" && v.length <= 512)).toBe(true);
    expect([partsDropped, provenanceDropped]).toEqual([false, false]);
    expect(readMarker({ ...pairs, team: "docs" })).toEqual({
      owner: "kb-publish",
      knowledgeBaseId: base.knowledgeBaseId,
      storedId: "guides/install",
      fingerprint,
      version: "1.2.3",
      provenance,
    });
  });

  it("stores an id longer than the limit as its sha256, the same every time", () => {
    const long = `guides/${"x".repeat(600)}`;
    expect(storedIdOf(long, 512)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(storedIdOf(long, 512)).toBe(storedIdOf(long, 512));
    expect(storedIdOf("short", 512)).toBe("short");
    expect(markerPairs({ ...base, externalId: long }, 512).pairs.kbp_id).toBe(storedIdOf(long, 512));
  });

  it("drops what does not fit the limit, never the identity: parts, then provenance", () => {
    const { pairs, partsDropped, provenanceDropped } = markerPairs({ ...base, provenance }, 120);
    expect([partsDropped, provenanceDropped]).toEqual([true, true]);
    expect(pairs.kbp_provenance).toBeUndefined();
    expect(Object.values(pairs).every((v) => v.length <= 120)).toBe(true);
    // Without parts the plan cannot say which field changed: it says "format changed" and patches every field.
    expect(readMarker(pairs)?.fingerprint).toEqual({ hash: fingerprint.hash, parts: {} });
  });

  it("a Source without owner, knowledge base or id is foreign; a broken fingerprint is merely unknown", () => {
    const { pairs } = markerPairs(base, 512);
    for (const key of [MARKER_KEYS.owner, MARKER_KEYS.knowledgeBase, MARKER_KEYS.id]) {
      const { [key]: _gone, ...rest } = pairs;
      expect(readMarker(rest)).toBeUndefined();
    }
    expect(readMarker(undefined)).toBeUndefined();
    expect(readMarker({ ...pairs, kbp_fingerprint: "{not json" })).toEqual({ owner: "kb-publish", knowledgeBaseId: base.knowledgeBaseId, storedId: "guides/install" });
    expect(readMarker({ ...pairs, kbp_provenance: '{"sources":1}' })?.provenance).toBeUndefined();
  });
});
