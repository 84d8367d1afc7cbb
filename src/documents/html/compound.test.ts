import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { matches } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { compileCompound } from "./compound.js";
import { walkElements } from "./tree.js";

const ELEMENTS = `<div class="a b" id="x" role="main" data-footnote-backref><span class="codeBlockTitle_OeMC">t</span>
  <input type="checkbox"><input type="radio" disabled><aside class="starlight-aside"></aside><aside></aside>
  <a href="#x" lang="en-US" hreflang="fr"></a><pre data-language="sh"></pre><details class="alert"></details></div>`;

describe("compileCompound", () => {
  it.each([
    "div", ".a", ".a.b", "#x", "[role=main]", "div[role=main]", "[data-footnote-backref]", "[class*=codeBlockTitle]",
    "input:not([type=checkbox])", "aside:not(.starlight-aside)", ".alert:not(details)", "[lang|=en]", "[class~=b]",
    "[href^='#']", "[data-language$=sh]", "a[hreflang=fr]", "*", "span:not(.x, .codeBlockTitle_OeMC)",
  ])("tests %s exactly as the CSS engine does", (selector) => {
    const test = compileCompound(selector);
    expect(test).toBeDefined();
    const all: Element[] = [];
    walkElements(fromHtml(ELEMENTS, { fragment: true }), (element) => void all.push(element));
    expect(all.map((element) => test!(element))).toEqual(all.map((element) => matches(selector, element)));
  });

  it("compiles nothing it does not support, so the caller uses the CSS engine", () => {
    for (const selector of ["div > p", "table:has(td.linenos)", "li:first-child", "a b"]) expect(compileCompound(selector)).toBeUndefined();
  });
});
