import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { heppuPayloadOf } from "../targets/heppu/payload.js";
import { humindPayloadOf } from "../targets/humind/payload.js";
import { localPayloadOf } from "../targets/local/records.js";
import type { Document } from "./document.js";
import { canonicalJson, fingerprintOf, HASH_SCHEMA_VERSION, sha256, sha256Bytes } from "./hash.js";

const page: Document = {
  externalId: "guides/install",
  title: "Install — étape 1",
  content: "# Install\n\nRun `npm i`.\n\n```bash\nnpm i kb-publish\n```\n",
  tags: ["cli", "setup"],
  lang: "fr",
  description: "How to install",
  sourcePath: "guides/install.fr.md",
  sourceUrl: "https://docs.example.com/fr/guides/install/",
  metadata: { weight: 3, nested: { b: [1, { z: 1, a: null }], a: "x" } },
  activeFrom: "2024-01-01T00:00:00.000Z",
};

/** The formula as first written: one canonicalJson of the whole and one per field. */
function referenceFingerprint(payload: Record<string, unknown>) {
  const digest = (text: string) => createHash("sha256").update(text).digest("hex");
  const parts: Record<string, string> = {};
  for (const key of Object.keys(payload).sort()) {
    if (payload[key] !== undefined) parts[key] = digest(canonicalJson(payload[key])).slice(0, 12);
  }
  return { hash: digest(canonicalJson({ v: HASH_SCHEMA_VERSION, payload })), parts };
}

describe("fingerprintOf", () => {
  // Every record in every knowledge base holds these values: a change here rewrites them all.
  // Change the formula only as a deliberate, versioned migration (HASH_SCHEMA_VERSION).
  it("is pinned: the hashes stored by earlier versions stay valid", () => {
    expect(fingerprintOf(localPayloadOf(page)).hash).toBe("942d8bad55be774b789ed2a8c32b4d77d687559f52cf918d75bfbcd240e66ec7");
    expect(fingerprintOf(heppuPayloadOf(page))).toEqual({
      hash: "7a55ea675b9102e76c809f7206d4d08c479c1a5b579bfae50f618818b37c574f",
      parts: { content: "f0b959c4cc3b", metadata: "2ca03885d6f9", title: "c0a1d2cda0e5" },
    });
    expect(fingerprintOf(humindPayloadOf(page, "en")).hash).toBe("1b4bef34d0cb735bb8659536484070cd88d6a801803e5251cd5cbcdcbde2d146");
    expect(fingerprintOf(localPayloadOf(page)).parts).toMatchObject({ content: "f0b959c4cc3b", metadata: "d8dd3db3743d", activeFrom: "692b5309603c" });
  });

  it("equals the canonical-JSON formula for nested, unicode, undefined and empty members", () => {
    const payloads: Record<string, unknown>[] = [
      {},
      { only: undefined },
      { b: 1, a: [undefined, { y: undefined, x: "é\u2028\u{1F600}" }], "k\"ey": "q", c: null, d: new Date(0) },
      { "10": "numeric-looking key", "2": true, z: [[], {}], content: "x".repeat(10_000) },
    ];
    for (const payload of payloads) expect(fingerprintOf(payload)).toEqual(referenceFingerprint(payload));
  });
});

describe("sha256", () => {
  it("hashes text as UTF-8 and bytes as they are", () => {
    const hex = createHash("sha256").update("é").digest("hex");
    expect(sha256("é")).toBe(hex);
    expect(sha256Bytes(Buffer.from("é"))).toBe(hex);
  });
});
