import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deriveDocument } from "../../src/documents/derive.js";
import type { Document } from "../../src/documents/document.js";
import { deriveHtmlDocument } from "../../src/documents/html/index.js";
import { loadDocuments } from "../../src/sources/load.js";
import type { LoadResult } from "../../src/sources/load.js";
import { readDocuments } from "../../src/sources/prepare.js";

// Regenerate the expected files with `UPDATE_GOLDEN=1 npx vitest run test/golden/html.test.ts`.
const fixtures = join(import.meta.dirname, "../../fixtures");
const goldenDir = join(import.meta.dirname, "__golden__");
const locales = ["en", "fr"];

async function loadBuilt(site: string): Promise<LoadResult> {
  return loadDocuments({
    root: join(fixtures, "built", site),
    include: ["**/*.html"],
    exclude: [],
    idPrefix: "",
    idKey: "id",
    maxFileBytes: 5 * 1024 * 1024,
    locales,
    defaultLocale: "en",
  });
}

/** What the golden file pins: everything a target could receive, per document. */
function goldenOf(result: LoadResult) {
  return {
    documents: result.documents.map((doc) => ({
      externalId: doc.externalId,
      sourcePath: doc.sourcePath,
      title: doc.title,
      lang: doc.lang,
      translationKey: doc.metadata.translationKey,
      sourceUrl: doc.sourceUrl,
      description: doc.description,
      tags: doc.tags,
      content: doc.content,
      html: doc.html,
    })),
    excluded: result.excluded,
    diagnostics: result.diagnostics,
  };
}

function expectGolden(name: string, actual: unknown): void {
  const file = join(goldenDir, `${name}.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, text);
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing; expected it committed (create it with UPDATE_GOLDEN=1)`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

/** Text that only site chrome (navigation, footers, scripts, TOC, widgets) contains in the fixtures. */
const CHROME = [
  "Skip to main content", "Skip to content", "Edit this page", "Modifier cette page", "Copyright", "Made with",
  "Material for MkDocs", "Table of contents", "Table des matières", "On this page", "Back to top", "Last update",
  "March 18, 2024", "Docs sidebar", "Collapse sidebar", "Tags:", "Previous", "Précédent", "Suivant", "Discord",
  "Français", "English", "Initializing search", "Copy code", "window.", "__md_", "localStorage", "function(",
  "docusaurus", "Permanent link", "Direct link", "¶", "\u200B", "example/trailhead",
];

function expectClean(doc: Document): void {
  for (const text of [doc.content, doc.html ?? ""]) {
    for (const chrome of CHROME) expect(text, `${doc.sourcePath} contains "${chrome}"`).not.toContain(chrome);
  }
  const headingLines = doc.content.split("\n").filter((line) => /^#{1,6} /.test(line));
  for (const line of headingLines) expect(line, `${doc.sourcePath}: anchor residue in "${line}"`).not.toMatch(/\]\(#|#$| \[/);
  expect(doc.html).not.toMatch(/class="(?!language-)|style=|<script|<svg|<button|<nav|<footer/);
}

describe("built Docusaurus site (fixtures/built/docusaurus)", async () => {
  const result = await loadBuilt("docusaurus");

  it("matches the golden documents", () => expectGolden("html-docusaurus", goldenOf(result)));

  it("reads every doc page in both languages and leaves out the rest, with reasons", () => {
    expect(result.documents.map((d) => `${d.lang}:${d.externalId}`)).toEqual([
      "en:docs/guides/configure", "en:docs/guides/deployment", "en:docs/guides/installation", "fr:docs/guides/installation",
      "en:docs/intro", "fr:docs/intro", "en:index",
    ]);
    expect(result.excluded).toEqual([
      { file: "404.html", reason: "404 page of the built site" },
      { file: "docs/getting-started/index.html", reason: "redirect stub to /docs/intro" },
      { file: "docs/guides/legacy-setup/index.html", reason: 'noindex in <meta name="robots">' },
      { file: "docs/tags/index.html", reason: "tag or category listing of the built site" },
      { file: "docs/tags/setup/index.html", reason: "tag or category listing of the built site" },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it("keeps no navigation, footer, script or anchor residue", () => {
    for (const doc of result.documents) expectClean(doc);
  });

  it("keeps code blocks exactly, with their language", () => {
    const configure = result.documents.find((d) => d.externalId === "docs/guides/configure")!;
    expect(configure.content).toContain('```yaml title="widgets.config.yml"\nserver:\n  port: 8080\n  # {{ not a template }} — code stays as written\ncache: true\n```');
    const install = result.documents.find((d) => d.sourcePath === "docs/guides/installation/index.html")!;
    expect(install.content).toContain("```bash\nwidgets --version\n# widgets/3.2.1 linux-x64 node-v20.11.0\n```");
    expect(install.content).toContain("**Yarn**\n\n```bash\nyarn global add @acme/widgets\n```");
  });

  it("groups the en/fr pair under one translation key, from hreflang", () => {
    const intro = result.documents.filter((d) => d.externalId === "docs/intro");
    expect(intro.map((d) => [d.lang, d.title, d.sourceUrl, d.metadata.translationKey])).toEqual([
      ["en", "Introduction", "https://docs.acme.example/docs/intro", "https://docs.acme.example/docs/intro"],
      ["fr", "Introduction", "https://docs.acme.example/fr/docs/intro", "https://docs.acme.example/docs/intro"],
    ]);
  });
});

describe("built MkDocs Material site (fixtures/built/mkdocs)", async () => {
  const result = await loadBuilt("mkdocs");

  it("matches the golden documents", () => expectGolden("html-mkdocs", goldenOf(result)));

  it("reads every page and leaves out the 404 and noindex pages", () => {
    expect(result.documents.map((d) => `${d.lang}:${d.externalId}`)).toEqual([
      // Equal ids keep discovery (path) order: `fr/index.html` sorts before `index.html`.
      "en:about/release-notes", "fr:index", "en:index", "fr:user-guide/getting-started", "en:user-guide/getting-started", "en:user-guide/routes",
    ]);
    expect(result.excluded.map((e) => e.file)).toEqual(["404.html", "about/internal-roadmap/index.html"]);
  });

  it("keeps no navigation, footer, script or anchor residue", () => {
    for (const doc of result.documents) expectClean(doc);
  });

  it("keeps code blocks exactly, without line anchors", () => {
    const routes = result.documents.find((d) => d.externalId === "user-guide/routes")!;
    expect(routes.content).toContain('```yaml title="routes/ridge.yml"\nname: Ridge loop\nwaypoints:\n  - [45.8326, 6.8652]\n  - [45.8411, 6.8790]\n```');
    expect(routes.content).not.toContain("__codelineno");
  });
});

/** Ids of a Markdown site as a run reads it: locales and URL rules detected from its config. */
async function markdownIds(root: string): Promise<Map<string, string>> {
  const settings = { root, include: ["**/*.{md,mdx}"], exclude: [], idPrefix: "", idKey: "id", maxFileBytes: 5 << 20, locales: [], defaultLocale: "en" };
  const read = await readDocuments(settings, { nativeTranslations: false });
  return new Map(read.documents.map((d) => [`${d.lang}:${d.externalId.replace(/^fr\//, "")}`, d.sourcePath]));
}

describe("the same page from Markdown source and from built HTML", () => {
  it("gets the same external id (inline pair)", () => {
    const options = { idPrefix: "kb/", idKey: "id" };
    const pairs: [string, string][] = [
      ["guides/install.md", "guides/install/index.html"],
      ["guides/install.md", "guides/install.html"],
      ["index.md", "index.html"],
      ["release-1.0.md", "release-1.0/index.html"],
    ];
    for (const [markdownPath, htmlPath] of pairs) {
      const markdown = deriveDocument({ path: markdownPath, text: "# Install\n\nText.\n" }, options);
      const html = deriveHtmlDocument({ path: htmlPath, text: "<main><h1>Install</h1><p>Text.</p></main>" }, options);
      expect(markdown.kind === "document" && html.kind === "document").toBe(true);
      if (markdown.kind === "document" && html.kind === "document") expect(html.document.externalId).toBe(markdown.document.externalId);
    }
  });

  it("gets the same id and language in the MkDocs fixture (docs/ vs site/), translations included", async () => {
    const fromMarkdown = await markdownIds(join(fixtures, "mkdocs", "docs"));
    const fromHtml = (await loadBuilt("mkdocs")).documents.map((d) => `${d.lang}:${d.externalId}`);
    for (const key of fromHtml) expect(fromMarkdown.has(key), `${key} has no Markdown source`).toBe(true);
    expect(fromHtml).toContain("fr:user-guide/getting-started");
  });

  it("gets the same id and language in the Docusaurus fixture (repo vs build/), a page moved by its slug included", async () => {
    const fromMarkdown = await markdownIds(join(fixtures, "docusaurus"));
    const built = (await loadBuilt("docusaurus")).documents;
    // The landing page comes from src/pages/index.js (React): it has no Markdown source.
    const comparable = built.filter((d) => d.externalId !== "index");
    expect(comparable.map((d) => d.externalId)).toContain("docs/guides/configure");
    for (const doc of comparable) {
      const key = `${doc.lang}:${doc.externalId}`;
      expect(fromMarkdown.has(key), `${key} has no Markdown source among ${[...fromMarkdown.keys()].join(", ")}`).toBe(true);
    }
  });
});
