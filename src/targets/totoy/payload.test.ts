import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { userMetadataOf } from "./metadata.js";
import { totoyPayloadOf, validateTotoyPayload } from "./payload.js";

function doc(extra: Partial<Document> = {}): Document {
  return { externalId: "guides/install", title: "Install", content: "Run it.", tags: [], sourcePath: "guides/install.md", metadata: {}, ...extra };
}

const errors = (d: Document) => validateTotoyPayload(d, totoyPayloadOf(d, 512), 512).filter((p) => p.severity === "error").map((p) => p.message);
const warnings = (d: Document, limit = 512) => validateTotoyPayload(d, totoyPayloadOf(d, limit), limit).filter((p) => p.severity === "warning").map((p) => p.message);

describe("totoy payload", () => {
  it("is a text Source body: Markdown text, title, backlink from the page URL, validity from the active period", () => {
    const payload = totoyPayloadOf(doc({ sourceUrl: "https://docs.example.com/install/", activeFrom: "2024-05-01", activeUntil: "2025-01-01T09:30:00.000Z", lang: "en" }), 512);
    expect(payload).toEqual({
      text_content: "Run it.",
      title: "Install",
      backlink: "https://docs.example.com/install/",
      valid_from: "2024-05-01T00:00:00Z",
      valid_until: "2025-01-01T09:30:00.000Z",
      custom_metadata: { lang: "en" },
    });
  });

  it("sends no backlink for a page without an absolute URL", () => {
    expect(totoyPayloadOf(doc({ sourceUrl: "/install/" }), 512)).not.toHaveProperty("backlink");
  });

  it("fails a page over Totoy's limits alone: text over 1,000,000, title or backlink over 512, a period that ends before it starts", () => {
    expect(errors(doc({ content: "x".repeat(1_000_000) }))).toEqual([]);
    expect(errors(doc({ content: "x".repeat(1_000_001) }))).toEqual([expect.stringContaining("text is 1000001 characters: Totoy accepts at most 1000000")]);
    expect(errors(doc({ title: "t".repeat(513) }))).toEqual(["title is 513 characters: Totoy accepts at most 512"]);
    expect(errors(doc({ sourceUrl: `https://x.example/${"p".repeat(500)}` }))).toEqual([expect.stringMatching(/^backlink is 518 characters/)]);
    expect(errors(doc({ activeFrom: "2025-01-01", activeUntil: "2024-01-01" }))).toEqual([expect.stringContaining("Totoy expects valid_until later than valid_from")]);
  });

  it("counts text in UTF-16 units, never fewer than Totoy's characters", () => {
    expect(errors(doc({ content: "😀".repeat(500_001) }))).toHaveLength(1);
  });

  it("warns when an id is stored as a digest", () => {
    expect(warnings(doc({ externalId: "x".repeat(100) }), 80)).toEqual([expect.stringMatching(/^external id is 100 characters, over 80 \(metadata-value-limit\): stored as sha256:[0-9a-f]{64}$/)]);
  });
});

describe("totoy user metadata", () => {
  const page = doc({ lang: "fr", tags: ["b", "a"], description: "About", metadata: { zeta: 1, alpha: true, list: ["x", 2], nested: { b: 1, a: 2 }, none: null } });

  it("fills the five free pairs in a fixed order, as strings", () => {
    expect(userMetadataOf(page, 512)).toEqual({
      pairs: { lang: "fr", tags: "b, a", description: "About", alpha: "true", list: "x, 2" },
      leftOut: ["nested (no room: custom_metadata holds 10 pairs, 5 are kb-publish's)", "zeta (no room: custom_metadata holds 10 pairs, 5 are kb-publish's)"],
    });
  });

  it("is deterministic whatever the frontmatter order, and the plan warns about what did not fit", () => {
    const reordered = doc({ ...page, metadata: Object.fromEntries(Object.entries(page.metadata).reverse()) });
    expect(totoyPayloadOf(reordered, 512)).toEqual(totoyPayloadOf(page, 512));
    expect(warnings(page)).toEqual([expect.stringMatching(/^custom_metadata left out: nested \(no room.*\), zeta \(no room/)]);
  });

  it("never sends kb-publish's own keys or values over the limit", () => {
    const sneaky = doc({ metadata: { kbp_owner: "someone else", long: "v".repeat(600), ok: "fine" } });
    expect(userMetadataOf(sneaky, 512)).toEqual({
      pairs: { ok: "fine" },
      leftOut: ["kbp_owner (the kbp_ prefix is kb-publish's)", "long (600 characters, over 512)"],
    });
  });
});
