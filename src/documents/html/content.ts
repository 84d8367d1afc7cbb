import type { Element, Root } from "hast";
import { select } from "hast-util-select";
import { CONTENT_SELECTORS } from "./selectors.js";
import { visibleText } from "./tree.js";

/** The element holding a page's main content, and which table entry found it. */
export interface MainContent {
  element: Element;
  /** `generator` of the matching entry in {@link CONTENT_SELECTORS} (`docusaurus`, …, `generic`). */
  generator: string;
  selector: string;
}

/**
 * Finds the main content by trying {@link CONTENT_SELECTORS} one at a time; the first element
 * with any text wins. Undefined when no element has text (an empty page).
 */
export function selectMainContent(tree: Root): MainContent | undefined {
  for (const { generator, selector } of CONTENT_SELECTORS) {
    const element = select(selector, tree);
    // An empty match (a placeholder a script fills in later) is no content: try the next.
    if (element && visibleText(element)) return { element, generator, selector };
  }
  return undefined;
}
