import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { SelectorIndex, splitSelectorList } from "./selector-index.js";
import { NOISE_ELEMENTS, NOISE_SELECTORS } from "./selectors.js";
import { GENERATOR_PAGES } from "./test-pages.js";

const bodyOf = (html: string) => select("body", fromHtml(html))!;
const describeMatch = (index: SelectorIndex<string>, html: string) =>
  [...index.matchAll(bodyOf(html))].map(([element, values]) => `${element.tagName}:${values.join("+")}`);

describe("SelectorIndex", () => {
  it("matches tags, classes, ids, roles and compound selectors, reporting entries in table order", () => {
    const index = new SelectorIndex([
      ["nav, .toc", "chrome"],
      ["a.anchor", "anchor"],
      ["#main", "main"],
      ["[role=navigation]", "role"],
      [".toc", "again"],
    ]);
    expect(describeMatch(index, `<nav></nav><div class="toc x"></div><h2 class="anchor"></h2><a class="anchor"></a><div id="main"></div><ul role="navigation"></ul>`)).toEqual([
      "nav:chrome", "div:chrome+again", "a:anchor", "div:main", "ul:role",
    ]);
  });

  it("files :not() and attribute selectors under their key but tests them with the CSS engine", () => {
    const index = new SelectorIndex([["aside:not(.keep), input:not([type=checkbox]), .alert:not(details)", "x"]]);
    expect(describeMatch(index, `<aside class="keep"></aside><aside></aside><input type="checkbox"><input type="radio"><details class="alert"></details><div class="alert"></div>`)).toEqual([
      "aside:x", "input:x", "div:x",
    ]);
  });

  it("falls back to the CSS engine for selectors with combinators", () => {
    const index = new SelectorIndex([["pre .ln, div > span.lang", "gutter"]]);
    expect(describeMatch(index, `<pre><span class="ln">1</span></pre><span class="ln">not in pre</span><div><span class="lang">js</span></div>`)).toEqual([
      "span:gutter", "span:gutter",
    ]);
  });

  it("finds the same with combinators whether or not the last compound occurs, pure or not", () => {
    const list = "div > span.lang, pre .ln, main :not(.x), article [role=note]";
    const index = new SelectorIndex([[list, "c"]]);
    for (const html of [
      `<p>no candidate at all</p>`,
      `<span class="lang">outside a div</span><div><span class="lang">js</span></div>`,
      `<main><p class="x">x</p><p>y</p></main><article><div role="note">n</div></article>`,
    ]) {
      const body = bodyOf(html);
      expect(new Set(index.matchAll(body).keys())).toEqual(new Set(selectAll(list, body).filter((e) => e !== body)));
    }
  });

  it("never reports the root itself", () => {
    const index = new SelectorIndex([["body, div", "x"]]);
    expect(describeMatch(index, `<div></div>`)).toEqual(["div:x"]);
  });

  it("finds exactly what hast-util-select finds for the whole noise table, on real pages", () => {
    const list = [...NOISE_ELEMENTS, ...NOISE_SELECTORS].join(", ");
    const index = new SelectorIndex([[list, true]]);
    for (const page of Object.values(GENERATOR_PAGES)) {
      const body = bodyOf(page);
      expect(new Set(index.matchAll(body).keys())).toEqual(new Set(selectAll(list, body).filter((e) => e !== body)));
    }
  });
});

describe("splitSelectorList", () => {
  it("splits on top-level commas only", () => {
    expect(splitSelectorList("a, b:not(c, d) , [x='1,2'],")).toEqual(["a", "b:not(c, d)", "[x='1,2']"]);
  });
});
