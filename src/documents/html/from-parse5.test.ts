import { readFileSync } from "node:fs";
import { join } from "node:path";
import fg from "fast-glob";
import type { Element, Nodes } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { elementToHast } from "./from-parse5.js";
import { GENERATOR_PAGES } from "./test-pages.js";

/** hast without what the lean converter leaves out on purpose: SVG (read with the HTML schema) and template contents. */
function comparable(node: Nodes): unknown {
  if (node.type !== "element") return node.type === "text" || node.type === "comment" ? { type: node.type, value: node.value } : node.type;
  if (node.tagName === "svg" || node.tagName === "template") return node.tagName;
  return { tagName: node.tagName, properties: node.properties, children: node.children.map(comparable) };
}

describe("elementToHast", () => {
  it("builds the tree hast-util-from-parse5 builds for HTML, on every built fixture page", () => {
    const built = join(import.meta.dirname, "../../../fixtures/built");
    const pages = [...fg.sync("**/*.html", { cwd: built }).map((file) => readFileSync(join(built, file), "utf8")), ...Object.values(GENERATOR_PAGES)];
    pages.push(`<div class=" a  b " hidden colspan="2" checked="" data-x-y="1" aria-hidden="true" tabindex="0" hreflang="fr" accept-charset="a, b"><td colspan="x">t</td><!-- c --></div>`);
    for (const page of pages) {
      const body = parseFragment(page).childNodes.filter((node) => "tagName" in node);
      for (const node of body) {
        if (!("tagName" in node)) continue;
        expect(comparable(elementToHast(node))).toEqual(comparable(fromParse5(node) as Element));
      }
    }
  });
});
