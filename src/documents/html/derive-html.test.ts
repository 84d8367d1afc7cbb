import { readFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import type { DeriveOutcome } from "../derive.js";
import { deriveHtmlDocument } from "./derive-html.js";
import type { HtmlDeriveOptions } from "./derive-html.js";
import { GENERATOR_PAGES } from "./test-pages.js";

const options: HtmlDeriveOptions = { idPrefix: "", locales: ["en", "fr"], defaultLocale: "en" };
const derive = (path: string, text: string, extra: Partial<HtmlDeriveOptions> = {}) => deriveHtmlDocument({ path, text }, { ...options, ...extra });

function documentOf(outcome: DeriveOutcome) {
  if (outcome.kind !== "document") throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome.document;
}

const page = (body: string, head = "") => `<!doctype html><html lang="fr"><head><title>Guide | Site</title>${head}</head><body>${body}</body></html>`;

describe("deriveHtmlDocument", () => {
  it("builds a document from the page: id from the path, title, language, source URL, translation key", () => {
    const head = `<link rel="canonical" href="https://s.example/fr/guide/"><meta name="description" content="D">
      <link rel="alternate" hreflang="en" href="https://s.example/guide/"><link rel="alternate" hreflang="fr" href="https://s.example/fr/guide/">`;
    const doc = documentOf(derive("fr/guide/index.html", page(`<nav>Menu</nav><main><h1>Le guide</h1><p>Texte <a href="../autre/">lien</a>.</p></main>`, head), { idPrefix: "kb/" }));
    expect(doc).toEqual({
      externalId: "kb/guide",
      // The head names the page as its source does (frontmatter title); the <h1> may differ.
      title: "Guide",
      content: "# Le guide\n\nTexte [lien](https://s.example/fr/autre/).\n",
      html: `<h1>Le guide</h1><p>Texte <a href="https://s.example/fr/autre/">lien</a>.</p>`,
      tags: [],
      lang: "fr",
      description: "D",
      sourcePath: "fr/guide/index.html",
      sourceUrl: "https://s.example/fr/guide/",
      metadata: { translationKey: "https://s.example/guide/" },
    });
  });

  it("leaves out the HTML, and only the HTML, when the target does not take it (html: false)", () => {
    const text = page(`<main><h1>T</h1><p>Body <code>x</code>.</p></main>`);
    const full = documentOf(derive("guide.html", text));
    const lean = documentOf(derive("guide.html", text, { html: false }));
    expect(full.html).toBe("<h1>T</h1><p>Body <code>x</code>.</p>");
    expect(lean).not.toHaveProperty("html");
    expect({ ...lean, html: full.html }).toEqual(full);
  });

  it("writes the same Markdown whether or not the HTML is kept, on every built fixture page", () => {
    const built = join(import.meta.dirname, "../../../fixtures/built");
    const pages = [...fg.sync("**/*.html", { cwd: built }).map((file) => [file, readFileSync(join(built, file), "utf8")]), ...Object.entries(GENERATOR_PAGES)];
    for (const [path, text] of pages) {
      const [full, lean] = [derive(path!, text!), derive(path!, text!, { html: false })];
      expect(lean.kind === "document" ? lean.document.content : lean).toEqual(full.kind === "document" ? full.document.content : full);
    }
  });

  it("keeps the locale folder in the id when no locales are configured", () => {
    expect(documentOf(derive("fr/guide/index.html", page("<main>x</main>"), { locales: [] })).externalId).toBe("fr/guide");
  });

  it("takes the language from the locale folder when <html> has none", () => {
    expect(documentOf(derive("fr/a.html", "<main><p>x</p></main>")).lang).toBe("fr");
    expect(documentOf(derive("a.html", "<main><p>x</p></main>")).lang).toBeUndefined();
  });

  it("titles a page without any title after its path", () => {
    expect(documentOf(derive("guides/setup-notes/index.html", "<main><p>x</p></main>")).title).toBe("setup-notes");
  });

  it.each([
    ["a 404 page", "404.html", page("<main><h1>Not found</h1></main>"), "404 page"],
    ["a tag listing", "docs/tags/cli/index.html", page("<main>Tagged</main>"), "tag or category listing"],
    ["a noindex page", "guide.html", page("<main>x</main>", `<meta name="robots" content="noindex, nofollow">`), "noindex"],
    ["a redirect stub", "old/index.html", `<meta http-equiv="refresh" content="0; url=/new/">`, "redirect stub to /new/"],
    ["a page without any content element", "empty.html", page("<div><p>Just text in a div</p></div>"), "no content element"],
    ["a page whose content element is empty", "rtd.html", page(`<nav>Menu</nav><div role="main"> </div><footer>Next</footer>`), 'content element "div[role=main]" (mkdocs) is empty'],
    ["a page that is only chrome", "chrome.html", page(`<main><nav>Menu</nav><footer>Foot</footer></main>`), "once navigation is removed"],
    ["a page with only its title", "section/index.html", page(`<div class="td-content"><h1>Section</h1><div class="lead">Desc</div><div class="section-index"><a href="/x">X</a></div></div>`), "no text besides its title"],
    ["a Docusaurus blog index", "blog/index.html", page("<main><article><p>Post</p></article></main>").replace("<html", `<html class="blog-wrapper blog-list-page"`), "blog index (Docusaurus)"],
    ["a Docusaurus generated category index", "docs/category/x/index.html", page(`<main><div class="generatedIndexPage_vN6x"><h1>X</h1><p>Cards</p></div></main>`), "generated category index"],
    ["a Docsy blog section", "blog/news/index.html", page("<main><p>Posts</p></main>").replace("<body>", `<body class="td-section td-blog">`), "blog section listing (Docsy)"],
    ["a Docsy print view", "_print/docs/index.html", page("<main><p>All</p></main>"), "printable copy"],
    ["a blog archive", "blog/archive/index.html", page("<main><p>2024</p></main>"), "blog archive"],
  ])("excludes %s with a reason", (_name, path, text, reason) => {
    const outcome = derive(path, text);
    expect(outcome.kind).toBe("excluded");
    expect(outcome.kind === "excluded" && outcome.reason).toContain(reason);
  });

  it("never reads the whole <body>: without a content element the page is left out", () => {
    const outcome = derive("plain.html", page("<nav>Menu</nav><div><p>Just text</p></div>"));
    expect(outcome.kind === "excluded" && outcome.reason).toMatch(/^no content element \(tried .*"main".*\); the page is left out rather than read from the whole <body>$/);
    expect(derive("main.html", page("<main><p>x</p></main>"))).toMatchObject({ kind: "document", diagnostics: [] });
  });

  it("finds the content element of a page whose start tags also appear in scripts, styles and comments", () => {
    const decoys = `<script>const s = '<main><p>script text</p></main>';</script><style>/* <article> */</style><!-- <main>comment</main> -->`;
    const doc = documentOf(derive("a.html", page(`${decoys}<main><p>Real text</p></main>`)));
    expect(doc.content).toBe("Real text\n");
  });

  it("takes the title from the head, keeps zero-width non-joiners, and prefers the <h1> on MkDocs", () => {
    const persian = `<html lang="fa"><head><title>افزونه\u200Cهای Markdown | ویت\u200Cپرس</title></head><body><div class="vp-doc"><h1>افزونه\u200Cهای Markdown</h1><p>x</p></div></body></html>`;
    expect(documentOf(derive("fa/guide/markdown.html", persian)).title).toBe("افزونه\u200Cهای Markdown");
    const splash = page(`<main><div class="sl-markdown-content"><p>Body</p></div></main>`, `<meta property="og:title" content="Starlight docs"><meta property="og:site_name" content="Starlight">`)
      .replace("<body>", `<body><div class="hero"><h1>Make your docs shine</h1></div>`);
    expect(documentOf(derive("index.html", splash)).title).toBe("Starlight docs");
    const mkdocs = page(`<div role="main"><h1>Analysis Bundle Generation</h1><p>x</p></div>`).replace("Guide | Site", "Finalize and Run - Site");
    expect(documentOf(derive("builder/run/index.html", mkdocs)).title).toBe("Analysis Bundle Generation");
  });

  it("joins its own translation group when its hreflang alternates leave it out (Hugo)", () => {
    const en = `<html lang="en"><head><link rel="canonical" href="https://h.example/docs/x/"><link rel="alternate" hreflang="fr" href="https://h.example/fr/docs/x/"></head><body><main><p>x</p></main></body></html>`;
    const fr = `<html lang="fr"><head><link rel="canonical" href="https://h.example/fr/docs/x/"><link rel="alternate" hreflang="en" href="https://h.example/docs/x/"></head><body><main><p>x</p></main></body></html>`;
    const keys = [derive("docs/x/index.html", en), derive("fr/docs/x/index.html", fr)].map((outcome) => documentOf(outcome).metadata.translationKey);
    expect(keys).toEqual(["https://h.example/docs/x/", "https://h.example/docs/x/"]);
  });

  it("reads Starlight, VitePress and Docsy pages without their chrome", () => {
    const starlight = documentOf(derive("guides/install/index.html", GENERATOR_PAGES.starlight));
    expect(starlight).toMatchObject({ title: "Install", lang: "en", sourceUrl: "https://trail.example/guides/install/" });
    expect(starlight.content).toContain('```sh title="install.sh"\nnpm i   trail\ntrail --version\n```');
    const vitepress = documentOf(derive("guide/getting-started.html", GENERATOR_PAGES.vitepress));
    expect(vitepress).toMatchObject({ externalId: "guide/getting-started", title: "Getting Started", lang: "en-US" });
    const docsy = documentOf(derive("docs/configure/index.html", GENERATOR_PAGES.docsy));
    expect(docsy).toMatchObject({ title: "Configure", tags: ["setup"], sourceUrl: "https://example.org/docs/configure/" });
    for (const doc of [starlight, vitepress, docsy]) {
      expect(doc.content).not.toMatch(/On this page|Edit (this )?page|Previous|Copyright|©|console\.log|Skip to content|Section titled|Permalink|self-link/);
      expect(doc.content).not.toMatch(/\]\(#/);
    }
  });

  it("never throws on text that is not HTML, and is deterministic", () => {
    for (const text of ["", "\u0000\u0001binary\uFFFD", "<<<>>>", "<html><body><p>unclosed"]) {
      expect(() => derive("x.html", text)).not.toThrow();
    }
    expect(derive("g.html", GENERATOR_PAGES.docsy)).toEqual(derive("g.html", GENERATOR_PAGES.docsy));
  });

  it("gives the same result with CRLF line endings and a BOM", () => {
    const text = page("<main><h1>T</h1>\n<pre><code>a\nb</code></pre></main>");
    expect(derive("a.html", `\uFEFF${text.replaceAll("\n", "\r\n")}`)).toEqual(derive("a.html", text));
  });
});
