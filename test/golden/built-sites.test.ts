import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_FILE_BYTES } from "../../src/config/settings.js";
import type { Document } from "../../src/documents/document.js";
import type { LoadResult } from "../../src/sources/load.js";
import { readDocuments } from "../../src/sources/prepare.js";

// Pages built by the generators themselves (fixtures/built/real, see its NOTICE.md), read as a
// run reads them. Regenerate the expected files with
// `UPDATE_GOLDEN=1 npx vitest run test/golden/built-sites.test.ts`.
const REAL = join(import.meta.dirname, "../../fixtures/built/real");
const GOLDEN = join(import.meta.dirname, "__golden__/built");

const STARLIGHT_LOCALES = ["en", "de", "es", "ja", "fr", "it", "id", "zh-cn", "pt-br", "pt-pt", "ko", "tr", "ru", "hi", "da", "uk", "fa"];
const SITES: Record<string, { locales: string[]; defaultLocale: string }> = {
  docusaurus: { locales: ["en", "fr"], defaultLocale: "en" },
  vitepress: { locales: ["en-US", "zh", "pt", "ru", "es", "ko", "fa", "ja"], defaultLocale: "en-US" },
  starlight: { locales: STARLIGHT_LOCALES, defaultLocale: "en" },
  mkdocs: { locales: [], defaultLocale: "en" },
  "mkdocs-material": { locales: [], defaultLocale: "en" },
  "mkdocs-readthedocs": { locales: [], defaultLocale: "en" },
  "hugo-docsy": { locales: [], defaultLocale: "en" },
  "hugo-book": { locales: [], defaultLocale: "en" },
  "jekyll-just-the-docs": { locales: [], defaultLocale: "en" },
  "jekyll-custom": { locales: [], defaultLocale: "en" },
};

async function read(root: string, include: string, site = { locales: [] as string[], defaultLocale: "en" }, workers?: number): Promise<LoadResult> {
  const settings = { root, include: [include], exclude: [], idPrefix: "", idKey: "id", maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...site, workers };
  return readDocuments(settings, { nativeTranslations: false });
}

const built = (name: string, workers?: number) => read(join(REAL, name, "built"), "**/*.html", SITES[name], workers);
const sources = (name: string) => read(join(REAL, name, "source"), "**/*.{md,mdx}");

function expectGolden(name: string, result: LoadResult): void {
  const actual = {
    documents: result.documents.map((d) => ({ id: d.externalId, lang: d.lang, title: d.title, sourcePath: d.sourcePath, translationKey: d.metadata.translationKey, content: d.content })),
    excluded: result.excluded,
    diagnostics: result.diagnostics,
  };
  const file = join(GOLDEN, `${name}.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing; expected it committed (create it with UPDATE_GOLDEN=1)`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

/** Text only chrome shows, on any of these sites. */
const CHROME = /Edit (?:this )?page|Last (?:updated|modified)|Was this page helpful|Copy to clipboard|^\W*(?:Previous|Next)\W*$|Skip to content|On this page|Section titled|Permalink|(?<!!)\[\]\(/m;

const byPath = (docs: readonly Document[], path: string) => docs.find((d) => d.sourcePath === path);

describe.each(Object.keys(SITES))("built %s pages", (name) => {
  it("match their golden documents, with no chrome left in them", async () => {
    const result = await built(name);
    expectGolden(name, result);
    for (const doc of result.documents) expect(doc.content, `${doc.sourcePath}`).not.toMatch(CHROME);
  });
});

/** Pairs of one page: its Markdown source and the HTML its generator built from it. */
const PAIRS: Record<string, [source: string, built: string][]> = {
  docusaurus: [
    ["docs/intro.mdx", "docs/intro/index.html"],
    ["docs/guides/code-and-tables.md", "docs/moved/code-tables/index.html"],
    ["docs/guides/explicit.md", "docs/guides/renamed-page/index.html"],
    ["docs/tutorial-basics/congratulations.mdx", "docs/tutorial-basics/congratulations/index.html"],
    ["blog/2019-05-28-first-blog-post.mdx", "blog/first-blog-post/index.html"],
    ["blog/2024-03-04-no-slug-post.md", "blog/2024/03/04/no-slug-post/index.html"],
    ["i18n/fr/docusaurus-plugin-content-docs/current/intro.mdx", "fr/docs/intro/index.html"],
  ],
  vitepress: [
    ["en/guide/using-vue.md", "guide/using-vue.html"],
    ["en/guide/i18n.md", "guide/i18n.html"],
    ["fa/guide/i18n.md", "fa/guide/i18n.html"],
    ["en/index.md", "index.html"],
    ["fa/index.md", "fa/index.html"],
  ],
  starlight: [
    ["src/content/docs/guides/route-data.mdx", "guides/route-data/index.html"],
    ["src/content/docs/fr/guides/route-data.mdx", "fr/guides/route-data/index.html"],
  ],
  mkdocs: [["docs/dev-guide/README.md", "dev-guide/index.html"]],
  "mkdocs-material": [["docs/extensions/details.md", "extensions/details/index.html"]],
  "mkdocs-readthedocs": [["docs/builder/contrasts.md", "builder/contrasts/index.html"]],
  "hugo-docsy": [
    ["content/en/blog/news/second-post.md", "blog/2018/10/06/second-blog-post/index.html"],
    ["content/en/docs/Tutorials and Demo Videos/EnergySavingApp.md", "docs/tutorials-and-demo-videos/energysavingapp/index.html"],
  ],
  "jekyll-just-the-docs": [
    ["marketplace/offer-type-selection.md", "marketplace/offer-type-selection/index.html"],
    ["marketplace/index.md", "marketplace/index.html"],
  ],
};

describe.each(Object.keys(PAIRS))("%s: the same page read from its Markdown and from its built HTML", (name) => {
  it("gets the same id, title and language", async () => {
    const [fromSource, fromBuilt] = [(await sources(name)).documents, (await built(name)).documents];
    for (const [sourcePath, builtPath] of PAIRS[name]!) {
      const [source, page] = [byPath(fromSource, sourcePath), byPath(fromBuilt, builtPath)];
      expect(source, `${sourcePath} read`).toBeDefined();
      expect(page, `${builtPath} read`).toBeDefined();
      expect({ id: page!.externalId, title: page!.title }, builtPath).toEqual({ id: source!.externalId, title: source!.title });
    }
  });
});

describe("what built pages show, exactly", () => {
  it("keeps every code line once: Prism token lines, Expressive Code lines, Shiki lines, blank lines included", async () => {
    const docusaurus = byPath((await built("docusaurus")).documents, "docs/moved/code-tables/index.html")!;
    expect(docusaurus.content).toContain('```python title="example.py"\ndef f(x):\n\n    return x + 1\n\n\nprint(f(1))\n```');
    expect(docusaurus.content).toContain("```text\n   leading spaces kept\n\ttab kept\n```");
    const starlight = byPath((await built("starlight")).documents, "guides/route-data/index.html")!;
    expect(starlight.content).toContain('```astro title="example.astro"\n---\nconst { siteTitle } = Astro.locals.starlightRoute;\n---\n\n<p>The title of this site is “{siteTitle}”</p>\n```');
    const vitepress = byPath((await built("vitepress")).documents, "guide/using-vue.html")!;
    expect(vitepress.content).not.toMatch(/```\w*\n(?:.*\n\n){3,}/);
  });

  it("keeps tables whose cells hold code or lists as tables", async () => {
    const docusaurus = byPath((await built("docusaurus")).documents, "docs/moved/code-tables/index.html")!;
    expect(docusaurus.content).toContain("| `flag` | `--verbose` |");
    expect(docusaurus.content).toContain("<table><tbody><tr><td><pre><code class=\"language-bash\">npm install</code></pre></td><td><ul>");
  });

  it("keeps an author's 'Table of Contents' heading, Persian zero-width non-joiners, and <html lang> over the folder", async () => {
    const docusaurus = byPath((await built("docusaurus")).documents, "docs/moved/code-tables/index.html")!;
    expect(docusaurus.content).toContain("## Table of Contents\n\nThis section is written by the author, not a widget.");
    const persian = byPath((await built("vitepress")).documents, "fa/guide/i18n.html")!;
    expect(persian.title).toContain("\u200C");
    // `<html lang="fa-IR">` is the page's language; its id keeps the `fa/` folder of its URL.
    expect({ id: persian.externalId, lang: persian.lang }).toEqual({ id: "fa/guide/i18n", lang: "fa-IR" });
  });

  it("leaves out listings, untranslated fallbacks and pages without a content element, each with its reason", async () => {
    const reasons = async (name: string) => Object.fromEntries((await built(name)).excluded.map((e) => [e.file, e.reason.split(":")[0]]));
    expect(await reasons("docusaurus")).toEqual({
      "blog/index.html": "blog index (Docusaurus)",
      "docs/category/tutorial---basics/index.html": "generated category index (Docusaurus)",
      "fr/docs/tutorial-basics/congratulations/index.html": "untranslated fallback",
    });
    expect(await reasons("starlight")).toEqual({ "da/guides/route-data/index.html": "untranslated fallback" });
    expect(await reasons("hugo-docsy")).toEqual({ "blog/index.html": "blog section listing (Docsy)", "docs/index.html": "page has no text besides its title (content found by \".td-content\")" });
    expect((await reasons("mkdocs-readthedocs"))["builder/empty/index.html"]).toMatch(/^content element "div\[role=main\]" \(mkdocs\) is empty/);
    expect((await reasons("jekyll-custom"))["docs/faq.html"]).toMatch(/^no content element/);
  });

  it.each(["docusaurus", "starlight", "vitepress"])("%s reads the same on worker threads: the generator of each page survives the thread", async (name) => {
    const inline = await built(name, 0);
    expect(inline.excluded.some((e) => e.reason.startsWith("untranslated fallback")) || inline.documents.some((d) => d.lang === "fa-IR")).toBe(true);
    expect(await built(name, 2)).toEqual(inline);
  });
});
