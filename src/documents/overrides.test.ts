import { describe, expect, it } from "vitest";
import type { Document } from "./document.js";
import { applyOverrides } from "./overrides.js";

const page = (sourcePath: string, extra: Partial<Document> = {}): Document => ({
  externalId: sourcePath,
  title: sourcePath,
  content: "",
  tags: [],
  sourcePath,
  metadata: {},
  ...extra,
});

describe("applyOverrides", () => {
  it("adds tags and fills type and metadata the page leaves unset", () => {
    const docs = [page("snippets/a.md", { tags: ["z"], metadata: { audience: "all" } }), page("guides/b.md")];
    const { documents } = applyOverrides(docs, [{ files: ["snippets/**"], tags: ["short", "z"], type: "snippet", metadata: { audience: "admins", level: 1 } }]);
    expect(documents[0]).toMatchObject({ tags: ["short", "z"], metadata: { type: "snippet", audience: "all", level: 1 } });
    expect(documents[1]).toBe(docs[1]);
  });
  it("lets the page's own type win, and later overrides win over earlier ones", () => {
    const docs = [page("a/x.md", { metadata: { type: "article" } }), page("a/y.md")];
    const { documents } = applyOverrides(docs, [
      { files: ["a/**"], type: "snippet", metadata: { level: 1 } },
      { files: ["**/y.md"], metadata: { level: 2 } },
    ]);
    expect(documents.map((doc) => doc.metadata)).toEqual([
      { type: "article", level: 1 },
      { type: "snippet", level: 2 },
    ]);
  });
  it("excludes matching pages, naming the override", () => {
    const result = applyOverrides([page("internal/a.md"), page("b.md")], [{ files: ["internal/**"], exclude: true }]);
    expect(result.documents.map((doc) => doc.sourcePath)).toEqual(["b.md"]);
    expect(result.excluded).toEqual([{ file: "internal/a.md", reason: "excluded by overrides[0] (files: internal/**)" }]);
  });
});
