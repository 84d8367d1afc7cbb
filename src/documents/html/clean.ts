import type { Element, ElementContent } from "hast";
import { normalizeCodeBlocks } from "./code.js";
import { SelectorIndex } from "./selector-index.js";
import {
  CALLOUT_SELECTORS,
  CODE_TITLE_SELECTORS,
  HEADING_ANCHOR_SELECTORS,
  LINE_NUMBER_TABLES,
  NOISE_ELEMENTS,
  NOISE_SELECTORS,
  TAB_SET_SELECTORS,
  TOC_HEADING_SELECTORS,
} from "./selectors.js";
import type { CalloutSelector, TabSetSelector } from "./selectors.js";
import { attributeOf, classesOf, rewriteTree, visibleText, walkElements } from "./tree.js";
import { replaceCallout, replaceTabSet } from "./widgets.js";
import type { Marks } from "./widgets.js";

/** What an element found by the index is to the cleaner. */
type Role =
  | { kind: "noise" | "heading" | "header" | "link" | "code-table" | "table" | "code-title" }
  | { kind: "callout"; entry: CalloutSelector }
  | { kind: "tabs"; entry: TabSetSelector };

const HEADINGS = "h1, h2, h3, h4, h5, h6";

// Built once: every selector of the table, matched in one walk per page.
const ROLES = new SelectorIndex<Role>([
  [[...NOISE_ELEMENTS, ...NOISE_SELECTORS, ...HEADING_ANCHOR_SELECTORS, ...TOC_HEADING_SELECTORS].join(", "), { kind: "noise" }],
  [HEADINGS, { kind: "heading" }],
  ["header", { kind: "header" }],
  ["a", { kind: "link" }],
  [LINE_NUMBER_TABLES, { kind: "code-table" }],
  ["table", { kind: "table" }],
  [CODE_TITLE_SELECTORS.join(", "), { kind: "code-title" }],
  ...CALLOUT_SELECTORS.map((entry): [string, Role] => [entry.container, { kind: "callout", entry }]),
  ...TAB_SET_SELECTORS.map((entry): [string, Role] => [entry.set, { kind: "tabs", entry }]),
]);

/** Glyphs an anchor link shows instead of text: `#`, `¶`, `§`, a link emoji. */
const ANCHOR_GLYPHS = /^[#¶§🔗\s]*$/u;

/** Text hidden from sighted readers inside links (screen-reader labels such as "Permalink"). */
const HIDDEN_TEXT_CLASSES = new Set(["sr-only", "visually-hidden", "screen-reader-text"]);

/** Elements that make a link meaningful without text. */
const MEDIA = new Set(["img", "picture", "video", "audio", "iframe", "object", "canvas"]);

/**
 * Removes everything from a page's content element that is not the page's text: site chrome,
 * scripts and styles, heading anchor links and other links without text, copy buttons, tables
 * of contents, pagers, "last updated" lines, feedback widgets, code gutters. Headings keep their
 * text (an author's "Table of Contents" section included); code blocks keep their text exactly,
 * with their language and title; callouts become titled blockquotes and every tab panel is kept
 * under its label. Mutates `content` in place.
 */
export function cleanContent(content: Element): void {
  const marks: Marks = { drop: new Set<ElementContent>(), replace: new Map() };
  const titles = new Map<Element, string>();
  for (const [element, roles] of ROLES.matchAll(content)) {
    if (roles.some((r) => r.kind === "noise")) marks.drop.add(element);
    else for (const role of roles) mark(element, role, marks, titles);
  }
  rewriteTree(content, marks);
  normalizeCodeBlocks(content, titles);
}

function mark(element: Element, role: Role, marks: Marks, titles: Map<Element, string>): void {
  switch (role.kind) {
    case "heading":
      return markHeading(element, marks);
    case "header":
      return markHeader(element, marks);
    case "link":
      if (!marks.replace.has(element) && isEmptyLink(element)) marks.drop.add(element);
      return;
    case "code-table":
      return markCodeTable(element, marks);
    case "table":
      if (!marks.replace.has(element) && hasLineNumberCell(element)) markCodeTable(element, marks);
      return;
    case "code-title":
      // Removed by normalizeCodeBlocks once it has moved the title onto its block.
      titles.set(element, visibleText(element));
      return;
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
 * Inside headings, a link to `#…` is dropped when it shows only a glyph and unwrapped when it
 * holds the heading text, and `aria-hidden` icons go. The heading itself always stays.
 */
function markHeading(heading: Element, marks: Marks): void {
  walkElements(heading, (element) => {
    if (attributeOf(element, "ariaHidden") === "true") marks.drop.add(element);
    else if (element.tagName === "a" && attributeOf(element, "href")?.startsWith("#")) {
      if (isEmptyLink(element)) marks.drop.add(element);
      else marks.replace.set(element, element.children);
    }
  });
}

/**
 * A link a reader cannot see as text: only anchor glyphs or screen-reader labels, and no image.
 * Jekyll's `<a class="header-link" title="Permalink"><span class="sr-only">Permalink</span></a>`
 * would otherwise become `[](#x "Permalink")`.
 */
function isEmptyLink(link: Element): boolean {
  let text = "";
  const seen = (node: Element): boolean => {
    for (const child of node.children) {
      if (child.type === "text") text += child.value;
      if (child.type !== "element" || attributeOf(child, "ariaHidden") === "true") continue;
      if (MEDIA.has(child.tagName)) return true;
      if (!classesOf(child).some((name) => HIDDEN_TEXT_CLASSES.has(name)) && seen(child)) return true;
    }
    return false;
  };
  return !seen(link) && ANCHOR_GLYPHS.test(text.replace(/[\u200B\u2060\uFEFF]/g, ""));
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

/** A table with a `td.linenos` cell (not inside a nested table): Pygments' line numbers. */
function hasLineNumberCell(table: Element): boolean {
  let found = false;
  walkElements(table, (element) => {
    if (found || element.tagName === "table") return false;
    if (element.tagName === "td" && classesOf(element).includes("linenos")) found = true;
    return !found;
  });
  return found;
}

/**
 * Pygments (MkDocs), Chroma (Hugo) and Rouge (Jekyll) can print line numbers as a table: one
 * cell of numbers, one of code. The table is replaced by its last `<pre>`, which holds the code.
 * Other tables, even with code in their cells, are content and stay.
 */
function markCodeTable(table: Element, marks: Marks): void {
  let code: Element | undefined;
  walkElements(table, (element) => {
    if (element.tagName === "pre") code = element;
    return element.tagName !== "pre";
  });
  if (code) marks.replace.set(table, [code]);
}
