import type { Element, ElementContent } from "hast";
import { selectEvery, selectFirst } from "./selector.js";
import type { CalloutSelector, TabSetSelector } from "./selectors.js";
import { visibleText } from "./tree.js";

/** Removals and replacements collected before the one rewrite pass (see rewriteTree). */
export interface Marks {
  drop: Set<ElementContent>;
  replace: Map<Element, ElementContent[]>;
}

/**
 * A callout (`:::note`, `!!! tip`, a Starlight aside) becomes a blockquote starting with its
 * title in bold, so the Markdown reads `> **Note**` instead of a stray word.
 */
export function replaceCallout(callout: Element, entry: CalloutSelector, marks: Marks): void {
  const heading = selectFirst(entry.title, callout);
  const text = heading ? capitalized(visibleText(heading)) : "";
  if (heading) marks.drop.add(heading);
  const children: ElementContent[] = text ? [paragraph(text), ...callout.children] : callout.children;
  marks.replace.set(callout, [{ type: "element", tagName: "blockquote", properties: {}, children }]);
}

/**
 * Tabs show one panel at a time, but every panel is content: each is kept, preceded by its
 * label in bold. A set whose labels and panels do not pair up one to one is left as it is.
 */
export function replaceTabSet(tabs: Element, entry: TabSetSelector, marks: Marks): void {
  const names = selectEvery(entry.labels, tabs);
  const bodies = selectEvery(entry.panels, tabs);
  if (names.length === 0 || names.length !== bodies.length) return;
  // The panel itself is kept: it may carry the code language class (VitePress code groups).
  marks.replace.set(tabs, bodies.flatMap((body, i) => [paragraph(visibleText(names[i]!)), body]));
}

function paragraph(boldText: string): Element {
  const strong: Element = { type: "element", tagName: "strong", properties: {}, children: [{ type: "text", value: boldText }] };
  return { type: "element", tagName: "p", properties: {}, children: [strong] };
}

/** Docusaurus prints a bare `:::note` title in lower case (CSS upper-cases it): `note` -> `Note`. */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
