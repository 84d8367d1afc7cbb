import type { Element, ElementContent } from "hast";
import { normalizeCodeBlocks } from "./code.js";
import { SelectorIndex } from "./selector-index.js";
import {
  CALLOUT_SELECTORS,
  CODE_GUTTER_SELECTORS,
  HEADING_ANCHOR_SELECTORS,
  LINE_NUMBER_TABLES,
  NOISE_ELEMENTS,
  NOISE_SELECTORS,
  TAB_SET_SELECTORS,
  TABLE_OF_CONTENTS_TITLES,
} from "./selectors.js";
import type { CalloutSelector, TabSetSelector } from "./selectors.js";
import { attributeOf, rewriteTree, visibleText, walkElements } from "./tree.js";
import { replaceCallout, replaceTabSet } from "./widgets.js";
import type { Marks } from "./widgets.js";

/** What an element found by the index is to the cleaner. */
type Role =
  | { kind: "noise" | "heading" | "header" | "pre" | "code-table" }
  | { kind: "callout"; entry: CalloutSelector }
  | { kind: "tabs"; entry: TabSetSelector };

const HEADINGS = "h1, h2, h3, h4, h5, h6";

// Built once: every selector of the table, matched in one walk per page.
const ROLES = new SelectorIndex<Role>([
  [[...NOISE_ELEMENTS, ...NOISE_SELECTORS, ...HEADING_ANCHOR_SELECTORS].join(", "), { kind: "noise" }],
  [HEADINGS, { kind: "heading" }],
  ["header", { kind: "header" }],
  ["pre", { kind: "pre" }],
  [LINE_NUMBER_TABLES, { kind: "code-table" }],
  ...CALLOUT_SELECTORS.map((entry): [string, Role] => [entry.container, { kind: "callout", entry }]),
  ...TAB_SET_SELECTORS.map((entry): [string, Role] => [entry.set, { kind: "tabs", entry }]),
]);
const GUTTERS = new SelectorIndex([[CODE_GUTTER_SELECTORS.join(", "), true]]);

/** Glyphs an anchor link shows instead of text: `#`, `¶`, `§`, a link emoji. */
const ANCHOR_GLYPHS = /^[#¶§🔗\s]*$/u;

/**
 * Removes everything from a page's content element that is not the page's text: site chrome,
 * scripts and styles, heading anchor links, copy buttons, tables of contents, code gutters.
 * Headings keep their text; code blocks keep their text exactly and gain a language class;
 * callouts become titled blockquotes and every tab panel is kept under its label.
 * Mutates `content` in place.
 */
export function cleanContent(content: Element): void {
  const marks: Marks = { drop: new Set<ElementContent>(), replace: new Map() };
  for (const [element, roles] of ROLES.matchAll(content)) {
    if (roles.some((r) => r.kind === "noise")) marks.drop.add(element);
    else for (const role of roles) mark(element, role, marks);
  }
  rewriteTree(content, marks);
  normalizeCodeBlocks(content);
}

function mark(element: Element, role: Role, marks: Marks): void {
  switch (role.kind) {
    case "heading":
      return markHeading(element, marks);
    case "header":
      return markHeader(element, marks);
    case "pre":
      for (const gutter of GUTTERS.matchAll(element).keys()) marks.drop.add(gutter);
      return;
    case "code-table":
      return markCodeTable(element, marks);
    case "callout":
      if (!marks.replace.has(element)) replaceCallout(element, role.entry, marks);
      return;
    case "tabs":
      if (!marks.replace.has(element)) replaceTabSet(element, role.entry, marks);
      return;
    default:
      return;
  }
}

/**
 * A heading titled like a table of contents goes; inside other headings, a link to `#…` is
 * dropped when it is only a glyph and unwrapped when it holds the heading text, and
 * `aria-hidden` icons go.
 */
function markHeading(heading: Element, marks: Marks): void {
  if (TABLE_OF_CONTENTS_TITLES.includes(visibleText(heading).toLowerCase())) {
    marks.drop.add(heading);
    return;
  }
  walkElements(heading, (element) => {
    if (attributeOf(element, "ariaHidden") === "true") marks.drop.add(element);
    else if (element.tagName === "a" && attributeOf(element, "href")?.startsWith("#")) {
      if (ANCHOR_GLYPHS.test(visibleText(element))) marks.drop.add(element);
      else marks.replace.set(element, element.children);
    }
  });
}

/**
 * A `<header>` inside the content is chrome (dates, authors, badges) unless it holds the page
 * heading, as Docusaurus's does: then only its headings are kept.
 */
function markHeader(header: Element, marks: Marks): void {
  const headings: Element[] = [];
  walkElements(header, (element) => {
    if (!/^h[1-6]$/.test(element.tagName)) return true;
    headings.push(element);
    return false;
  });
  if (headings.length === 0) marks.drop.add(header);
  else marks.replace.set(header, headings);
}

/**
 * Pygments (MkDocs) and Chroma (Hugo) can print line numbers as a table: one cell of numbers,
 * one of code. The table is replaced by its last `<pre>`, which holds the code. Other tables,
 * even with code in their cells, are content and stay.
 */
function markCodeTable(table: Element, marks: Marks): void {
  let code: Element | undefined;
  walkElements(table, (element) => {
    if (element.tagName === "pre") code = element;
    return element.tagName !== "pre";
  });
  if (code) marks.replace.set(table, [code]);
}
