import { describe, expect, it } from "vitest";
import { deriveDocument } from "./derive.js";
import type { DeriveOutcome } from "./derive.js";

const options = { idPrefix: "", idKey: "id" };

function derive(text: string, path = "guides/page.md", opts = options) {
  return deriveDocument({ path, text }, opts);
}

function documentOf(outcome: DeriveOutcome) {
  if (outcome.kind !== "document") throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome.document;
}

describe("title", () => {
  it("prefers the frontmatter title", () => {
    expect(documentOf(derive("---\ntitle: From frontmatter\n---\n# From heading\n")).title).toBe("From frontmatter");
  });

  it("falls back to the first depth-1 heading, ignoring # lines in fenced code", () => {
    const text = "```bash\n# not a title\n```\n\n## Section\n\n# The *real* title\n\n# Second\n";
    expect(documentOf(derive(text)).title).toBe("The real title");
  });

  it("ignores # lines in tilde fences and indented code, and accepts setext headings", () => {
    expect(documentOf(derive("~~~\n# no\n~~~\n\n    # no\n\nSetext title\n============\n")).title).toBe("Setext title");
  });

  it("falls back to the file name without extension", () => {
    expect(documentOf(derive("Just text, no heading.\n## Only h2\n", "guides/install.fr.md")).title).toBe("install.fr");
  });

  it("stringifies a numeric title and ignores an empty one", () => {
    expect(documentOf(derive("---\ntitle: 2024\n---\nx")).title).toBe("2024");
    expect(documentOf(derive("---\ntitle: ''\n---\n# Heading\n")).title).toBe("Heading");
  });

  it("warns about a non-text title and falls back, naming the line", () => {
    const outcome = derive("---\ndescription: d\ntitle: [a, b]\n---\n# Heading\n");
    expect(documentOf(outcome).title).toBe("Heading");
    expect(outcome.kind === "document" && outcome.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", file: "guides/page.md", line: 3 }),
    ]);
  });
});

describe("external id", () => {
  it("is the path without extension, prefixed", () => {
    expect(documentOf(derive("x", "reference/api/jobs.md", { idPrefix: "docs:", idKey: "id" })).externalId).toBe("docs:reference/api/jobs");
  });

  it("uses an explicit id, also through a configured key, and keeps the other key as metadata", () => {
    expect(documentOf(derive("---\nid: api-jobs\n---\nx")).externalId).toBe("api-jobs");
    const doc = documentOf(derive("---\nslug: custom\nid: other\n---\nx", "a.md", { idPrefix: "p/", idKey: "slug" }));
    expect(doc.externalId).toBe("p/custom");
    expect(doc.metadata).toEqual({ id: "other" });
  });

  it("NFC-normalises a decomposed path and an explicit id", () => {
    const decomposed = "guides/cafe\u0301.md";
    expect(documentOf(derive("x", decomposed)).externalId).toBe("guides/caf\u00e9");
    expect(documentOf(derive("---\nid: \"e\u0301t\u00e9\"\n---\nx")).externalId).toBe("\u00e9t\u00e9");
  });

  it("accepts a numeric id and refuses an empty or structured one", () => {
    expect(documentOf(derive("---\nid: 42\n---\nx")).externalId).toBe("42");
    for (const bad of ["id: ''", "id: [a]", "id: {a: 1}", "id: true"]) {
      const outcome = derive(`---\ntitle: t\n${bad}\n---\nx`);
      expect(outcome).toMatchObject({ kind: "error", diagnostic: { severity: "error", file: "guides/page.md", line: 3 } });
    }
  });
});

describe("fields and metadata", () => {
  it("normalises tags from a comma string or a list", () => {
    expect(documentOf(derive("---\ntags: ' b, a ,b,, c'\n---\nx")).tags).toEqual(["a", "b", "c"]);
    expect(documentOf(derive("---\ntags: [z, 2, true, z, ' y ']\n---\nx")).tags).toEqual(["2", "true", "y", "z"]);
    expect(documentOf(derive("x")).tags).toEqual([]);
  });

  it("reads description and language aliases, canonicalising the tag", () => {
    const doc = documentOf(derive("---\ndescription: About\nlocale: pt_br\nlanguage: fr\n---\nx"));
    expect(doc.description).toBe("About");
    expect(doc.lang).toBe("fr");
    expect(doc.metadata).toEqual({ locale: "pt_br" });
    expect(documentOf(derive("---\nlocale: pt_br\n---\nx")).lang).toBe("pt-BR");
  });

  it("warns about an invalid language tag", () => {
    const outcome = derive("---\nlang: not a language\n---\nx");
    expect(documentOf(outcome).lang).toBeUndefined();
    expect(outcome.kind === "document" && outcome.diagnostics[0]?.message).toContain("language tag");
  });

  it("keeps other keys as JSON-safe metadata", () => {
    const doc = documentOf(derive("---\ntitle: t\ndate: 2024-01-01\nnested: {n: .inf}\ntranslationKey: k\n---\nx"));
    expect(doc.metadata).toEqual({ date: "2024-01-01", nested: { n: "Infinity" }, translationKey: "k" });
    expect(doc.description).toBeUndefined();
    expect(doc.lang).toBeUndefined();
  });

  it("keeps the body unchanged apart from leading blank lines", () => {
    const body = "# Title\n\n  indented text\n\n```\ncode\n```\n\n\n";
    expect(documentOf(derive(`---\ntitle: t\n---\n\n\n${body}`)).content).toBe(body);
    expect(documentOf(derive(body)).content).toBe(body);
  });

  it("records the source path", () => {
    expect(documentOf(derive("x", "a/b.mdx")).sourcePath).toBe("a/b.mdx");
  });
});

describe("exclusions", () => {
  it.each([
    ["draft: true", "draft: true in frontmatter"],
    ["draft: 'true'", "draft: true in frontmatter"],
    ["published: false", "published: false in frontmatter"],
  ])("excludes %s", (line, reason) => {
    expect(derive(`---\ntitle: t\n${line}\n---\nx`)).toEqual({ kind: "excluded", reason });
  });

  it("publishes draft: false and published: true without keeping the flags", () => {
    expect(documentOf(derive("---\ndraft: false\npublished: true\n---\nx")).metadata).toEqual({});
  });
});

describe("normalisation", () => {
  it("gives identical documents for LF, CRLF, CR and a BOM", () => {
    const lf = "---\ntitle: Same\ntags: [a]\n---\n\n# Heading\n\nLine one\nLine two\n";
    const variants = [lf.replaceAll("\n", "\r\n"), lf.replaceAll("\n", "\r"), `\uFEFF${lf}`, `\uFEFF${lf.replaceAll("\n", "\r\n")}`];
    const expected = documentOf(derive(lf));
    expect(expected.content).toBe("# Heading\n\nLine one\nLine two\n");
    for (const text of variants) expect(documentOf(derive(text))).toEqual(expected);
  });

  it("turns frontmatter errors into an error diagnostic with file and line", () => {
    expect(derive("---\ntitle: a\ntitle: b\n---\nx", "bad/dup.md")).toEqual({
      kind: "error",
      diagnostic: { severity: "error", file: "bad/dup.md", line: 3, message: expect.stringContaining('duplicate key "title"') },
    });
  });
});

describe("pages without text", () => {
  it("leaves out a page whose body is only shortcodes or components, with the reason", () => {
    const outcome = derive('+++\ntitle = "Notice"\n+++\n{{< piratify >}}\n', "shortcodes/notice.pir.md");
    expect(outcome).toEqual({ kind: "excluded", reason: expect.stringContaining("no text"), textless: true });
    expect(derive("---\ntitle: Section\n---\n\n", "guides/_index.md").kind).toBe("excluded");
    expect(derive("---\ntitle: Section\n---\n# Section\n", "guides/_index.md").kind).toBe("document");
  });
});

describe("home-page layouts", () => {
  it("puts the hero and features text before the body, as the built page shows it", () => {
    const home = documentOf(derive("---\nlayout: home\nhero:\n  name: Quill\n  tagline: Small editor\nfeatures:\n  - title: Fast\n    details: Loads at once.\n  - title: Tiny\n---\n", "index.md"));
    expect(home).toMatchObject({ title: "Quill", content: "Quill\n\nSmall editor\n\n**Fast**: Loads at once.\n\nTiny\n" });
    const splash = documentOf(derive("---\ntitle: Orbit\nhero:\n  tagline: Jobs anywhere.\n---\nBody.\n", "index.mdx"));
    expect(splash.content).toBe("Jobs anywhere.\n\nBody.\n");
  });
});
