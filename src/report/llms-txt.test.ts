import { describe, expect, it } from "vitest";
import type { Document } from "../documents/document.js";
import { renderLlmsFullTxt, renderLlmsTxt } from "./llms-txt.js";

const page = (sourcePath: string, fields: Partial<Document> = {}): Document => ({
  externalId: sourcePath.replace(/\.mdx?$/, ""),
  title: `Title of ${sourcePath}`,
  content: `Text of ${sourcePath}.`,
  tags: [],
  sourcePath,
  metadata: {},
  ...fields,
});

const SITE = [
  page("guides/install.md", { description: "Install it\nin one step", sourceUrl: "https://docs.example.com/guides/install/" }),
  page("index.md", { title: "Acme Docs", description: "Everything about Acme." }),
  page("reference/api.md", { title: "API [v2]" }),
  page("getting-started/first steps.md"),
  page("faq.md", { content: "# Title of faq.md\n\nAsk away." }),
];

describe("renderLlmsTxt", () => {
  it("writes the H1, the summary and one section per top-level folder, root pages first", () => {
    expect(renderLlmsTxt(SITE, { folderName: "docs" })).toBe(
      [
        "# Acme Docs",
        "",
        "> Everything about Acme.",
        "",
        "## Overview",
        "",
        "- [Title of faq.md](faq.md)",
        "- [Acme Docs](index.md): Everything about Acme.",
        "",
        "## Getting started",
        "",
        "- [Title of getting-started/first steps.md](getting-started/first%20steps.md)",
        "",
        "## Guides",
        "",
        "- [Title of guides/install.md](https://docs.example.com/guides/install/): Install it in one step",
        "",
        "## Reference",
        "",
        "- [API \\[v2\\]](reference/api.md)",
        "",
      ].join("\n"),
    );
  });

  it("is the same whatever order the documents come in, and names the site after the folder without a home page", () => {
    const withoutHome = SITE.filter((d) => d.sourcePath !== "index.md");
    const text = renderLlmsTxt(withoutHome, { folderName: "docs" });
    expect(renderLlmsTxt([...withoutHome].reverse(), { folderName: "docs" })).toBe(text);
    expect(text.startsWith("# docs\n\n## Overview\n")).toBe(true);
    expect(renderLlmsTxt(withoutHome, { folderName: "docs", name: "Acme", summary: "Help." }).startsWith("# Acme\n\n> Help.\n")).toBe(true);
  });
});

describe("renderLlmsFullTxt", () => {
  it("holds every page's text under its title and URL, without repeating a leading title heading", () => {
    const text = renderLlmsFullTxt(SITE, { folderName: "docs" });
    const pages = text.split("\n\n---\n\n");
    expect(pages).toHaveLength(SITE.length + 1);
    expect(pages[0]).toBe("# Acme Docs\n\n> Everything about Acme.");
    expect(pages[1]).toBe("# Title of faq.md\n\nSource: faq.md\n\nAsk away.");
    expect(pages[4]).toBe("# Title of guides/install.md\n\nSource: https://docs.example.com/guides/install/\n\nText of guides/install.md.");
    for (const doc of SITE) expect(text).toContain(doc.content.replace(/^# .*\n\n/, ""));
  });
});
