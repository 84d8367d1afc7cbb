import { describe, expect, it } from "vitest";
import { deriveDocument } from "./derive.js";
import { NO_TEXT_MESSAGE } from "./textless.js";

const derive = (text: string, path = "guides/page.md") => deriveDocument({ path, text }, { idPrefix: "", idKey: "id" });

describe("a page file that yields no text", () => {
  it.each([
    ["an empty file", ""],
    ["whitespace", "  \n\n\t\n"],
    ["frontmatter only", "---\ntitle: Install\ntags: [setup]\n---\n"],
    ["frontmatter and blank lines", "---\ntitle: Install\n---\n\n   \n"],
    ["TOML frontmatter only", '+++\ntitle = "Install"\n+++\n'],
  ])("is an error naming the file: %s", (_name, text) => {
    const outcome = derive(text);
    expect(outcome.kind).toBe("error");
    if (outcome.kind !== "error") return;
    expect(outcome.diagnostic).toMatchObject({ severity: "error", file: "guides/page.md" });
    expect(outcome.diagnostic.message).toContain(NO_TEXT_MESSAGE);
  });

  it.each([
    ["a Hugo section index with frontmatter only", "---\ntitle: Guides\n---\n", "guides/_index.md"],
    ["an empty Hugo section index", "", "content/_index.fr.md"],
    ["a Hugo children listing", "---\ntitle: Guides\n---\n{{< children >}}\n", "guides/overview.md"],
    ["a Docusaurus card list", "---\ntitle: Guides\n---\nimport DocCardList from '@theme/DocCardList';\n\n<DocCardList />\n", "guides/index.mdx"],
    ["a Jekyll home layout", "---\nlayout: home\n---\n", "index.md"],
    ["a search page built by its layout", "---\ntitle: Search Results\nlayout: search\n---\n", "search.md"],
    ["an MkDocs redirect template", "---\ntemplate: redirect.html\nlocation: getting-started/\n---\n", "insiders/index.md"],
  ])("is a deliberate non-page, left out and marked textless: %s", (_name, text, path) => {
    const outcome = derive(text, path);
    expect(outcome).toMatchObject({ kind: "excluded", textless: true });
  });

  it("is a page when the layout page has text after all", () => {
    expect(derive("---\nlayout: page\ntitle: About\n---\nWho we are.\n").kind).toBe("document");
  });
});
