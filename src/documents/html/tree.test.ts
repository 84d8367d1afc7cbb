import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { attributeOf, classesOf, rewriteTree, visibleText, walkElements } from "./tree.js";

const divOf = (html: string) => select("div", fromHtml(`<div>${html}</div>`, { fragment: true }))!;

describe("rewriteTree", () => {
  it("drops marked nodes and comments, and applies nested replacements", () => {
    const div = divOf(`<p>a<!-- c --></p><b>drop</b><section><i>inner</i><u>keep</u></section>`);
    const section = select("section", div)!;
    const italic = select("i", div)!;
    const bold = select("b", div)!;
    const replace = new Map<Element, ElementContent[]>([
      [section, section.children],
      [italic, [{ type: "text", value: "replaced" }]],
    ]);
    rewriteTree(div, { drop: new Set([bold]), replace });
    expect(toHtml(div.children)).toBe("<p>a</p>replaced<u>keep</u>");
  });

  it("ignores a replacement that contains the node itself", () => {
    const div = divOf(`<p>x</p>`);
    const p = select("p", div)!;
    rewriteTree(div, { drop: new Set(), replace: new Map([[p, [p]]]) });
    expect(div.children).toEqual([]);
  });
});

describe("walkElements", () => {
  it("visits elements with their ancestors and skips a subtree on false", () => {
    const div = divOf(`<section><p><b>x</b></p></section><pre><i>y</i></pre>`);
    const seen: string[] = [];
    walkElements(div, (element, ancestors) => {
      seen.push(`${ancestors.map((a) => a.tagName).join(">")}|${element.tagName}`);
      return element.tagName !== "pre";
    });
    expect(seen).toEqual(["|section", "section|p", "section>p|b", "|pre"]);
  });
});

describe("helpers", () => {
  it("reads classes, attributes and visible text", () => {
    const [a] = selectAll("a", divOf(`<a class="x y" href="/h" data-n="3">Go\u200B  on</a>`));
    expect(classesOf(a!)).toEqual(["x", "y"]);
    expect(attributeOf(a!, "href")).toBe("/h");
    expect(attributeOf(a!, "dataN")).toBe("3");
    expect(attributeOf(a!, "missing")).toBeUndefined();
    expect(visibleText(a!)).toBe("Go on");
  });
});
