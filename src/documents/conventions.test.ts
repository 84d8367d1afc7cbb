import { describe, expect, it } from "vitest";
import { deriveDocument } from "./derive.js";
import type { DeriveOptions, DeriveOutcome } from "./derive.js";

const base: DeriveOptions = { idPrefix: "", idKey: "id" };
const withSite: DeriveOptions = { ...base, baseUrl: "https://example.com/docs/" };

function derive(text: string, path = "guides/page.md", options = base): DeriveOutcome {
  return deriveDocument({ path, text }, options);
}

function documentOf(outcome: DeriveOutcome) {
  if (outcome.kind !== "document") throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome.document;
}

describe("titles", () => {
  it("uses sidebar_label, sidebar.label or hero.name only when there is no title and no heading", () => {
    expect(documentOf(derive("---\nsidebar_label: Install\n---\nNo heading.\n")).title).toBe("Install");
    expect(documentOf(derive("---\nsidebar: {label: Setup}\n---\nx")).title).toBe("Setup");
    expect(documentOf(derive("---\nlayout: home\nhero: {name: Quill}\n---\n")).title).toBe("Quill");
    expect(documentOf(derive("---\nsidebar_label: Install\n---\n# Installation\n")).title).toBe("Installation");
    expect(documentOf(derive("---\ntitle: T\nsidebar_label: Install\n---\nx")).title).toBe("T");
  });

  it("never uses Hugo's linkTitle, which is a menu label", () => {
    expect(documentOf(derive("---\nlinkTitle: Short\n---\nx", "guides/long-name.md")).title).toBe("long-name");
  });

  it("cleans the heading it takes the title from", () => {
    expect(documentOf(derive("# Install {{< version >}} {#install}\n")).title).toBe("Install");
  });
});

describe("tags and descriptions", () => {
  it("merges tags, categories and keywords, sorted and de-duplicated, and drops the keys", () => {
    const doc = documentOf(derive("---\ntags: [b, a]\ncategories: 'c, a'\nkeywords: [d]\n---\nx"));
    expect(doc.tags).toEqual(["a", "b", "c", "d"]);
    expect(doc.metadata).toEqual({});
  });

  it("reads description, else summary, else excerpt; unused ones stay metadata", () => {
    expect(documentOf(derive("---\nsummary: S\nexcerpt: E\n---\nx"))).toMatchObject({ description: "S", metadata: { excerpt: "E" } });
    expect(documentOf(derive("---\nexcerpt: E\n---\nx")).description).toBe("E");
    expect(documentOf(derive("---\ndescription: D\nsummary: S\n---\nx"))).toMatchObject({ description: "D", metadata: { summary: "S" } });
  });
});

describe("ids and source URLs", () => {
  it("strips number prefixes and folds index pages into their folder", () => {
    expect(documentOf(derive("x", "02-guides/01-install.md")).externalId).toBe("guides/install");
    expect(documentOf(derive("x", "guides/install/index.md")).externalId).toBe("guides/install");
    expect(documentOf(derive("x", "_index.md")).externalId).toBe("index");
  });

  it("takes the source URL, not the id, from slug, permalink or url", () => {
    const doc = documentOf(derive("---\nslug: /setup\n---\nx", "02-guides/01-install.md", withSite));
    expect(doc).toMatchObject({ externalId: "guides/install", sourceUrl: "https://example.com/docs/setup", metadata: {} });
    expect(documentOf(derive("---\nslug: setup\n---\nx", "guides/install.md", withSite)).sourceUrl).toBe("https://example.com/docs/guides/setup");
    expect(documentOf(derive("---\npermalink: /p/\nslug: s\n---\nx", "a.md", withSite))).toMatchObject({ sourceUrl: "https://example.com/docs/p/", metadata: { slug: "s" } });
    expect(documentOf(derive("---\nurl: /u/\n---\nx", "a.md", withSite)).sourceUrl).toBe("https://example.com/docs/u/");
  });

  it("builds the source URL from the path with a base URL, and has none without one", () => {
    expect(documentOf(derive("x", "02-guides/index.md", withSite)).sourceUrl).toBe("https://example.com/docs/guides/");
    expect(documentOf(derive("---\nslug: /setup\n---\nx")).sourceUrl).toBeUndefined();
    expect(documentOf(derive("---\npermalink: https://elsewhere.example/a\n---\nx")).sourceUrl).toBe("https://elsewhere.example/a");
  });
});

describe("active period", () => {
  it("comes from publishDate and expiryDate, date-only values staying date-only", () => {
    const doc = documentOf(derive("+++\npublishDate = 2099-01-01\nexpirydate = 2100-01-01T12:00:00+01:00\ndate = 2024-01-01\n+++\nx"));
    expect(doc).toMatchObject({ activeFrom: "2099-01-01", activeUntil: "2100-01-01T11:00:00.000Z", metadata: { date: "2024-01-01" } });
  });

  it("warns, naming the line, about a date it cannot read", () => {
    const outcome = derive("---\ntitle: t\nexpiryDate: someday\n---\nx");
    expect(documentOf(outcome).activeUntil).toBeUndefined();
    expect(outcome.kind === "document" && outcome.diagnostics).toEqual([expect.objectContaining({ severity: "warning", line: 3 })]);
  });
});

describe("exclusions", () => {
  it.each([
    ["---\nunlisted: true\n---\nx", "guides/a.md", "unlisted"],
    ["---\nsearch:\n  exclude: true\n---\nx", "guides/a.md", "search: exclude"],
    ["---\npagefind: false\n---\nx", "guides/a.md", "pagefind: false"],
    ["Partial text.", "guides/_snippet.mdx", "partial"],
    ["Partial text.", "_partials/setup.mdx", "partial"],
  ])("excludes %j at %s", (text, path, reason) => {
    const outcome = derive(text, path);
    expect(outcome.kind === "excluded" && outcome.reason).toContain(reason);
  });

  it("publishes Hugo section pages and Jekyll posts", () => {
    expect(derive("---\ntitle: Docs\n---\nx", "docs/_index.md").kind).toBe("document");
    expect(derive("---\ntitle: Post\n---\nx", "_posts/2024-01-01-post.md").kind).toBe("document");
  });
});

describe("content", () => {
  it("is cleaned by the file's flavor: braces are expressions in MDX only", () => {
    const text = "import A from 'a';\n\nHello {name} <b>world</b>.\n";
    expect(documentOf(derive(text, "a.mdx")).content).toBe("Hello world.\n");
    expect(documentOf(derive(text, "a.md")).content).toBe("Hello {name} world.\n");
  });

  it("gets absolute links with a base URL and keeps them as written without one", () => {
    const text = "See [install](./01-install.md#npm) and ![chart](img/c.png).\n\n```\n[code](./x.md)\n```\n";
    expect(documentOf(derive(text, "02-guides/intro.md", withSite)).content).toBe(
      "See [install](https://example.com/docs/guides/install/#npm) and ![chart](https://example.com/docs/guides/img/c.png).\n\n```\n[code](./x.md)\n```\n",
    );
    expect(documentOf(derive(text, "02-guides/intro.md")).content).toBe(text);
  });
});
