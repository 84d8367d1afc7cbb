import { describe, expect, it } from "vitest";
import { deriveDocument } from "./derive.js";
import { remapFrontmatter } from "./frontmatter-keys.js";

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
