import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { CALLOUT_SELECTORS, TAB_SET_SELECTORS } from "./selectors.js";
import type { CalloutSelector, TabSetSelector } from "./selectors.js";
import { rewriteTree } from "./tree.js";
import { replaceCallout, replaceTabSet } from "./widgets.js";
import type { Marks } from "./widgets.js";

type Replace<E> = (element: Element, entry: E, marks: Marks) => void;

/** Applies `replace` to the first element matched by an entry of `table` (the way clean.ts finds them). */
function rewritten<E extends CalloutSelector | TabSetSelector>(html: string, table: readonly E[], replace: Replace<E>): string {
  const root = select("div", fromHtml(`<div>${html}</div>`, { fragment: true }))!;
  const marks: Marks = { drop: new Set(), replace: new Map() };
  for (const entry of table) {
    const element = select("container" in entry ? entry.container : entry.set, root);
    if (element) {
      replace(element, entry, marks);
      break;
    }
  }
  rewriteTree(root, marks);
  return toHtml(root.children);
}

const callouts = (html: string) => rewritten(html, CALLOUT_SELECTORS, replaceCallout);
const tabSets = (html: string) => rewritten(html, TAB_SET_SELECTORS, replaceTabSet);

describe("replaceCallout", () => {
  it.each([
    ["Docusaurus 3", `<div class="theme-admonition alert"><div class="admonitionHeading_x"><span><svg></svg></span>note</div><div class="admonitionContent_y"><p>Body</p></div></div>`],
    ["MkDocs", `<div class="admonition note"><p class="admonition-title">Note</p><p>Body</p></div>`],
    ["Starlight", `<aside class="starlight-aside"><p class="starlight-aside__title" aria-hidden="true">Note</p><div class="starlight-aside__content"><p>Body</p></div></aside>`],
    ["VitePress", `<div class="tip custom-block"><p class="custom-block-title">Note</p><p>Body</p></div>`],
    ["Docsy", `<div class="alert alert-primary" role="alert"><h4 class="alert-heading">Note</h4><p>Body</p></div>`],
  ])("turns a %s callout into a blockquote led by its bold title", (_name, html) => {
    const out = callouts(html);
    expect(out).toMatch(/^<blockquote><p><strong>Note<\/strong><\/p>.*<p>Body<\/p>.*<\/blockquote>$/s);
    expect(out.match(/Note/g)).toHaveLength(1);
  });

  it("makes a callout without a title a plain blockquote", () => {
    expect(callouts(`<div class="book-hint info"><p>Body</p></div>`)).toBe(`<blockquote><p>Body</p></blockquote>`);
  });
});

describe("replaceTabSet", () => {
  it("keeps every panel, each after its label in bold (Docusaurus, hidden panels included)", () => {
    const html = `<div class="tabs-container"><ul role="tablist"><li role="tab">npm</li><li role="tab">Yarn</li></ul><div><div role="tabpanel"><p>A</p></div><div role="tabpanel" hidden><p>B</p></div></div></div>`;
    expect(tabSets(html)).toBe(
      `<p><strong>npm</strong></p><div role="tabpanel"><p>A</p></div><p><strong>Yarn</strong></p><div role="tabpanel" hidden><p>B</p></div>`,
    );
  });

  it("pairs MkDocs labels with blocks, and leaves a set alone when they do not pair up", () => {
    const mkdocs = `<div class="tabbed-set"><input type="radio"><div class="tabbed-labels"><label>Linux</label><label>macOS</label></div><div class="tabbed-content"><div class="tabbed-block">L</div><div class="tabbed-block">M</div></div></div>`;
    expect(tabSets(mkdocs)).toBe(`<p><strong>Linux</strong></p><div class="tabbed-block">L</div><p><strong>macOS</strong></p><div class="tabbed-block">M</div>`);
    const odd = `<div class="tabs-container"><ul role="tablist"><li role="tab">a</li></ul><div role="tabpanel">A</div><div role="tabpanel">B</div></div>`;
    expect(tabSets(odd)).toBe(odd);
  });
});
