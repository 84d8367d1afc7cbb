import { readFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { locateMainContent, startTagProbe, type ContentSearch } from "./content.js";
import { parseTop } from "./locate.js";
import { CONTENT_SELECTORS } from "./selectors.js";
import { GENERATOR_PAGES } from "./test-pages.js";
import { visibleText } from "./tree.js";

const search = (html: string): ContentSearch => locateMainContent(html, parseTop(html).bodyFrom);
const found = (html: string) => {
  const result = search(html);
  return result.kind === "found" ? result : undefined;
};

describe("locateMainContent", () => {
  it.each([
    ["docusaurus", `<main><article><nav>Crumbs</nav><div class="theme-doc-markdown markdown"><p>Body</p></div></article></main>`],
    ["mkdocs-material", `<main><div class="md-content"><article class="md-content__inner md-typeset"><p>Body</p></article></div></main>`],
    ["mkdocs", `<div class="container"><div class="col-md-9" role="main"><p>Body</p></div></div>`],
    ["starlight", GENERATOR_PAGES.starlight],
    ["vitepress", GENERATOR_PAGES.vitepress],
    ["hugo-docsy", GENERATOR_PAGES.docsy],
    ["jekyll-just-the-docs", `<div id="main-content-wrap"><div id="main-content" role="main"><p>Body</p></div></div>`],
  ])("recognises %s", (generator, html) => {
    expect(found(html)?.generator).toBe(generator);
  });

  it("falls back to main article, main, article and [role=main], in that order, and never to the body", () => {
    expect(found(`<article>A</article><main><article>MA</article></main>`)?.selector).toBe("main article");
    expect(found(`<article>A</article><main>M</main>`)?.selector).toBe("main");
    expect(found(`<div>x</div><article>A</article>`)?.selector).toBe("article");
    expect(found(`<div><section role="main">R</section></div>`)?.selector).toBe("[role=main]");
    expect(search(`<div>Only body</div>`)).toEqual({ kind: "missing", tried: CONTENT_SELECTORS.map((c) => c.selector) });
    expect(CONTENT_SELECTORS.some((c) => c.selector === "body")).toBe(false);
  });

  it("skips a match without text (a placeholder a script fills in), and reports it when nothing has text", () => {
    const result = found(`<main><div class="vp-doc"> </div><article>Text</article></main>`);
    expect(result?.selector).toBe("main article");
    expect(visibleText(result!.element)).toBe("Text");
    expect(search(`<nav>Menu</nav><div role="main"><div class="section"> <script>x()</script></div></div>`)).toEqual({ kind: "empty", generator: "mkdocs", selector: "div[role=main]" });
  });

  it("ignores start tags inside scripts, styles, comments and templates, and takes the element a browser builds", () => {
    const page = `<html><head><style>.vp-doc{}</style></head><body><script>"<main>script</main>"</script><!-- <main>comment</main> -->
      <template><main>template</main></template><main><p>Real <b>text</p><p>more</main><footer>after</footer></body></html>`;
    const result = found(page)!;
    expect(result.selector).toBe("main");
    expect(toHtml(result.element)).toBe("<main><p>Real <b>text</b></p><p><b>more</b></p></main>");
  });

  it("tries generator selectors before the generic ones", () => {
    const firstGeneric = CONTENT_SELECTORS.findIndex((s) => s.generator === "generic");
    expect(CONTENT_SELECTORS.slice(firstGeneric).every((s) => s.generator === "generic")).toBe(true);
  });

  it("finds what matching each selector on the whole parsed page finds, on every built fixture page and edge case", () => {
    const naive = (tree: Root) => CONTENT_SELECTORS.find(({ selector }) => {
      const element = select(selector, tree);
      return element !== undefined && visibleText(element) !== "";
    })?.selector;
    const built = join(import.meta.dirname, "../../../fixtures/built");
    const pages = [
      ...fg.sync("**/*.html", { cwd: built }).map((file) => readFileSync(join(built, file), "utf8")),
      ...Object.values(GENERATOR_PAGES),
      `<div role="main navigation"><p>Two roles</p></div><main>M</main>`,
      `<main><div class="vp-doc">\u200B</div></main><article>A</article>`,
      `<div id="main-content"> </div><div role="main">R</div>`,
      `<div class="VPHome"><h1 class="heading">Home</h1></div>`,
    ];
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(found(page)?.selector).toBe(naive(fromHtml(page)));
  });
});

describe("startTagProbe", () => {
  it.each([
    [".vp-doc", `<div class="container vp-doc" data-x>`, `<div class="vp-doc-x">`],
    ["#main-content", `<div id='main-content' role="main">`, `<div id="main-content-wrap">`],
    ["div[role=main]", `<div class="col" role=main>`, `<section role="main">`],
    ["article.md-content__inner", `<article class="md-content__inner md-typeset">`, `<div class="md-content__inner">`],
    ["main", `<main class="x">`, `<mainly>`],
  ])("matches the start tags of %s and not near misses", (compound, hit, miss) => {
    expect(startTagProbe(compound).test(hit)).toBe(true);
    expect(new RegExp(startTagProbe(compound).source, "i").test(miss)).toBe(false);
  });
});
