import { describe, expect, it } from "vitest";
import { exclusionReason, partialReason } from "./exclusions.js";

describe("exclusionReason", () => {
  it.each([
    [{ draft: true }, "draft: true"],
    [{ draft: "true" }, "draft: true"],
    [{ published: false }, "published: false"],
    [{ unlisted: true }, "unlisted: true"],
    [{ search: "exclude" }, "search: exclude"],
    [{ search: { exclude: true } }, "search: exclude"],
    [{ search: false }, "search: exclude"],
    [{ pagefind: false }, "pagefind: false"],
    [{ headless: true }, "headless: true"],
    [{ build: { render: "never" } }, "render: never"],
    [{ _build: { render: false } }, "render: never"],
  ])("excludes %j", (data, reason) => {
    expect(exclusionReason(data)).toContain(reason);
  });

  it.each([{}, { draft: false }, { published: true }, { published: "2024-01-01" }, { unlisted: false }, { search: { boost: 2 } }, { pagefind: true }, { build: { render: "always" } }])(
    "publishes %j",
    (data) => {
      expect(exclusionReason(data)).toBeUndefined();
    },
  );
});

describe("partialReason", () => {
  it("treats files named with a leading underscore as partials, except Hugo's _index", () => {
    expect(partialReason("guides/_snippet.mdx", false)).toContain("partial");
    expect(partialReason("_prerequisites.md", true)).toContain("partial");
    expect(partialReason("content/_index.md", true)).toBeUndefined();
    expect(partialReason("_index.md", false)).toBeUndefined();
  });

  it("keeps Hugo's _index pages named with a language suffix", () => {
    expect(partialReason("shortcodes/_index.en.md", true)).toBeUndefined();
    expect(partialReason("shortcodes/_index.pt-br.md", false)).toBeUndefined();
    expect(partialReason("shortcodes/_index.en.draft.md", true)).toContain("partial");
  });

  it("treats _folders as partials without frontmatter, drafts in _drafts, and Jekyll collections as pages", () => {
    expect(partialReason("docs/_partials/setup.mdx", false)).toContain('"_partials/" without frontmatter');
    expect(partialReason("_drafts/idea.md", true)).toContain("draft");
    expect(partialReason("_posts/2024-01-01-hello.md", true)).toBeUndefined();
    expect(partialReason("guides/install.md", false)).toBeUndefined();
  });
});
