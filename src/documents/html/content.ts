import type { Element } from "hast";
import { matches } from "hast-util-select";
import { compileCompound, type ElementTest } from "./compound.js";
import { parseElementAt, startTagIndex } from "./locate.js";
import { CONTENT_SELECTORS } from "./selectors.js";

/** The element holding a page's main content, and which table entry found it. */
export interface MainContent {
  element: Element;
  /** `generator` of the matching entry in {@link CONTENT_SELECTORS} (`docusaurus`, …, `generic`). */
  generator: string;
  selector: string;
}

/** What the search for the main content found: the element, an empty one, or none at all. */
export type ContentSearch =
  | ({ kind: "found" } & MainContent)
  | { kind: "empty"; generator: string; selector: string }
  | { kind: "missing"; tried: string[] };

interface Candidate {
  generator: string;
  selector: string;
  /** Finds the start tags that may open the selected (innermost) element. */
  probe: RegExp;
  /** Tests the innermost compound (`.theme-doc-markdown` in `article .theme-doc-markdown`). */
  inner: ElementTest;
  /** The outer compounds (`article`): their start and end tags bound where the inner one is looked for. */
  outer: { start: RegExp; end: RegExp }[];
}

const CANDIDATES: Candidate[] = CONTENT_SELECTORS.map(({ generator, selector }) => {
  const compounds = selector.trim().split(/\s+/);
  const inner = compounds.at(-1)!;
  const outer = compounds.slice(0, -1).map((compound) => ({ start: startTagProbe(compound), end: endTagProbe(compound) }));
  return { generator, selector, probe: startTagProbe(inner), inner: compileCompound(inner) ?? ((e: Element) => matches(inner, e)), outer };
});

/**
 * Finds the main content in a page's text by trying {@link CONTENT_SELECTORS} one at a time,
 * from `from` (the end of the `<body>` start tag) on: for each, the start tags that may open its
 * innermost element are found in the text (between the start tag of each outer element and the
 * end tag that follows it, for `main article`), and that element is parsed (see locate.ts) and
 * tested against the innermost compound. The first element with visible text wins. A matching
 * element without text (a placeholder a script fills in, a page left empty) is reported as
 * `empty` when nothing later has text; a page where no selector matches is `missing`.
 */
export function locateMainContent(text: string, from: number): ContentSearch {
  let empty: ContentSearch | undefined;
  for (const candidate of CANDIDATES) {
    const element = firstMatch(text, from, candidate);
    if (!element) continue;
    if (hasVisibleText(element)) return { kind: "found", element, generator: candidate.generator, selector: candidate.selector };
    empty ??= { kind: "empty", generator: candidate.generator, selector: candidate.selector };
  }
  return empty ?? { kind: "missing", tried: CANDIDATES.map((c) => c.selector) };
}

/**
 * The first element matching the candidate's innermost compound inside its outer elements. An
 * outer element is taken to end at the first end tag of its name: the outer elements of the
 * table (`main`, `article`) do not nest in generator layouts, and the innermost element is
 * parsed and tested for real.
 */
function firstMatch(text: string, from: number, candidate: Candidate): Element | undefined {
  let start = from;
  let limit = text.length;
  for (const outer of candidate.outer) {
    const at = startTagIndex(text, outer.start, start);
    if (at === -1 || at >= limit) return undefined;
    const end = startTagIndex(text, outer.end, at);
    limit = Math.min(limit, end === -1 ? text.length : end);
    // Descendants only: the outer element itself does not count (`article .markdown` is not `article.markdown`).
    start = at + 1;
  }
  for (let at = startTagIndex(text, candidate.probe, start); at !== -1 && at < limit; at = startTagIndex(text, candidate.probe, at + 1)) {
    const element = parseElementAt(text, at);
    if (element && candidate.inner(element)) return element;
  }
  return undefined;
}

/** A global regex for the end tag of a compound's element (`</main>`); any end tag when it names no tag. */
function endTagProbe(compound: string): RegExp {
  const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0] ?? "[a-zA-Z][\\w-]*";
  return new RegExp(`</${tag}\\s*>`, "gi");
}

/**
 * A global regex for the start tags one compound selector (`div[role=main]`, `.vp-doc`,
 * `article.md-content__inner`, `#main-content`) can match: its tag, and its first class, id or
 * role as an attribute. Deliberately loose (other attributes and quoting are not checked): every
 * hit is parsed and tested with the real selector before it counts.
 */
export function startTagProbe(compound: string): RegExp {
  const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0] ?? "[a-zA-Z][\\w-]*";
  const className = /\.([\w-]+)/.exec(compound)?.[1];
  const id = /#([\w-]+)/.exec(compound)?.[1];
  const role = /\[role=([\w-]+)\]/.exec(compound)?.[1];
  const value = (name: string, word: string) => `\\s${name}\\s*=\\s*["']?(?:[^"'>]*?\\s)?${escape(word)}(?![\\w-])`;
  const attribute = className ? value("class", className) : id ? value("id", id) : role ? value("role", role) : "";
  return new RegExp(`<${tag}(?=[\\s/>])${attribute ? `[^>]*?${attribute}` : ""}`, "gi");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Whitespace and the zero-width characters generators put inside anchor links.
const VISIBLE = /[^\s\u200B\u2060\uFEFF]/;

/** Elements whose text a reader never sees as page text. */
const UNSEEN = new Set(["script", "style", "template", "noscript", "svg", "button"]);

/** `visibleText(node) !== ""`, without building the text: stops at the first visible character. */
export function hasVisibleText(node: Element): boolean {
  return node.children.some((child) =>
    child.type === "text" ? VISIBLE.test(child.value) : child.type === "element" && !UNSEEN.has(child.tagName) && hasVisibleText(child),
  );
}
