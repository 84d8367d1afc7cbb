import { readFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { requiredKeys, selectMainContent } from "./content.js";
import { CONTENT_SELECTORS } from "./selectors.js";
import { GENERATOR_PAGES } from "./test-pages.js";
import { visibleText } from "./tree.js";

const found = (html: string) => selectMainContent(fromHtml(html));

describe("selectMainContent", () => {
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

  it("falls back to main article, main, article, then body, in that order", () => {
    expect(found(`<article>A</article><main><article>MA</article></main>`)?.selector).toBe("main article");
    expect(found(`<article>A</article><main>M</main>`)?.selector).toBe("main");
    expect(found(`<div>x</div><article>A</article>`)?.selector).toBe("article");
    expect(found(`<div>Only body</div>`)?.selector).toBe("body");
  });

  it("skips a match without text (a placeholder a script fills in) and tries the next", () => {
    const result = found(`<main><div class="vp-doc"> </div><article>Text</article></main>`);
    expect(result?.selector).toBe("main article");
    expect(visibleText(result!.element)).toBe("Text");
  });

  it("finds nothing on a page without text", () => {
    expect(found(`<html><head><title>T</title></head><body> </body></html>`)).toBeUndefined();
  });

  it("tries generator selectors before the generic ones", () => {
    const firstGeneric = CONTENT_SELECTORS.findIndex((s) => s.generator === "generic");
    expect(CONTENT_SELECTORS.slice(firstGeneric).every((s) => s.generator === "generic")).toBe(true);
    expect(CONTENT_SELECTORS.at(-1)?.selector).toBe("body");
  });

  it("finds what trying every selector in turn finds, on every built fixture page and edge case", () => {
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
    ];
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const tree = fromHtml(page);
      expect(selectMainContent(tree)?.selector).toBe(naive(tree));
    }
  });
});

describe("requiredKeys", () => {
  it("reads the tags, classes, ids and roles every compound needs, ignoring :not() and other attributes", () => {
    expect(requiredKeys("article .theme-doc-markdown")).toEqual({ tags: ["article"], classes: ["theme-doc-markdown"], ids: [], roles: [] });
    expect(requiredKeys("div[role=main]")).toEqual({ tags: ["div"], classes: [], ids: [], roles: ["main"] });
    expect(requiredKeys("article.md-content__inner > #main-content")).toEqual({ tags: ["article"], classes: ["md-content__inner"], ids: ["main-content"], roles: [] });
    expect(requiredKeys("aside:not(.starlight-aside)")).toEqual({ tags: ["aside"], classes: [], ids: [], roles: [] });
    expect(requiredKeys("div[class*=language-] > span.lang")).toEqual({ tags: ["div", "span"], classes: ["lang"], ids: [], roles: [] });
  });
});
