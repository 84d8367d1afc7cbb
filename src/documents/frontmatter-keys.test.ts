import { describe, expect, it } from "vitest";
import { DEFAULT_FRONTMATTER_KEYS, type FrontmatterField } from "../config/document-options.js";
import { deriveDocument } from "./derive.js";
import type { Document } from "./document.js";
import { foldKeyCase, remapFrontmatter } from "./frontmatter-keys.js";

describe("remapFrontmatter", () => {
  it("reads a field from its mapped key, which stops being metadata", () => {
    expect(remapFrontmatter({ heading: "Hello", other: 1 }, { title: ["heading"] })).toEqual({ title: "Hello", other: 1 });
  });
  it("takes the first mapped key present and drops the others", () => {
    expect(remapFrontmatter({ b: "B", c: "C" }, { title: ["a", "b", "c"] })).toEqual({ title: "B" });
  });
  it("merges every mapped tag key, lists and comma texts alike", () => {
    expect(remapFrontmatter({ tags: ["a"], categories: "b, c" }, { tags: ["tags", "categories"] })).toEqual({ tags: ["a", "b", " c"] });
  });
  it("keeps the built-in key when no mapped key is present, and reads from the original data", () => {
    expect(remapFrontmatter({ title: "Own" }, { title: ["heading"] })).toEqual({ title: "Own" });
    const swapped = remapFrontmatter({ description: "D", summary: "S" }, { title: ["description"], description: ["summary"] });
    expect(swapped).toEqual({ title: "D", description: "S" });
  });
  it("returns the data itself when nothing is mapped", () => {
    const data = { title: "x" };
    expect(remapFrontmatter(data, undefined)).toBe(data);
    expect(remapFrontmatter(data, { title: ["title"] })).toBe(data);
  });
});

describe("deriveDocument with a frontmatter mapping", () => {
  it("reads title, tags, id and language through the mapped keys", () => {
    const text = "---\nheading: Mapped\ncategories: [b]\ntags: [a]\nslug_id: custom\nsprache: de\n---\nbody\n";
    const keys = { title: ["heading"], tags: ["tags", "categories"], id: ["slug_id"], lang: ["sprache"] };
    const outcome = deriveDocument({ path: "x.md", text }, { idPrefix: "", idKey: "id", keys });
    expect(outcome).toMatchObject({ kind: "document", document: { title: "Mapped", tags: ["a", "b"], externalId: "custom", lang: "de", metadata: {} } });
  });
  it("excludes through a mapped draft key", () => {
    const outcome = deriveDocument({ path: "x.md", text: "---\nhidden: true\n---\nx" }, { idPrefix: "", idKey: "id", keys: { draft: ["hidden"] } });
    expect(outcome.kind).toBe("excluded");
  });
});

describe("DEFAULT_FRONTMATTER_KEYS", () => {
  /** What a page whose only frontmatter key is `key` (with a value fit for `field`) yields for that field. */
  const valueFor: Partial<Record<FrontmatterField, [unknown, (doc: Document, key: string) => unknown, unknown]>> = {
    title: ["T", (doc) => doc.title, "T"],
    description: ["D", (doc) => doc.description, "D"],
    tags: [["a"], (doc) => doc.tags, ["a"]],
    lang: ["fr", (doc) => doc.lang, "fr"],
    // A translation key stays metadata, under its own name: the translation step reads it there.
    translationKey: ["k", (doc, key) => doc.metadata[key], "k"],
    permalink: ["https://example.com/p/", (doc) => doc.sourceUrl, "https://example.com/p/"],
    publishDate: ["2024-05-01", (doc) => doc.activeFrom, "2024-05-01"],
    expiryDate: ["2030-05-01", (doc) => doc.activeUntil, "2030-05-01"],
  };

  it.each(Object.entries(valueFor).flatMap(([field, spec]) => DEFAULT_FRONTMATTER_KEYS[field as FrontmatterField].map((key) => [field, key, spec] as const)))(
    "%s is read from %s",
    (_field, key, [value, read, expected]) => {
      const outcome = deriveDocument({ path: "p.md", text: `---\n${key}: ${JSON.stringify(value)}\n---\nBody.\n` }, { idPrefix: "", idKey: "id" });
      if (outcome.kind !== "document") throw new Error(`expected a document, got ${outcome.kind}`);
      expect(read(outcome.document, key)).toEqual(expected);
    },
  );
});

describe("foldKeyCase", () => {
  it("reads known keys whatever their case (Hugo's front matter is case-insensitive), unless the exact spelling is there", () => {
    expect(foldKeyCase({ Title: "T", DRAFT: true, translationkey: "k", Custom: 1 }, "id")).toEqual({ title: "T", draft: true, translationKey: "k", Custom: 1 });
    expect(foldKeyCase({ title: "a", Title: "b" }, "id")).toEqual({ title: "a", Title: "b" });
    expect(foldKeyCase({ Slug: "s", UID: "x" }, "uid")).toEqual({ slug: "s", uid: "x" });
  });
});
