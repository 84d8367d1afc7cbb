import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";

/** What to do with one node while rewriting a tree: drop it, or put other nodes in its place. */
export interface Rewrites {
  drop: ReadonlySet<ElementContent | RootContent>;
  replace: ReadonlyMap<Element, ElementContent[]>;
}

/**
 * Rewrites `parent`'s subtree in place: nodes in `drop` and every comment disappear, nodes in
 * `replace` are swapped for their replacements (which are rewritten in turn, so replacements
 * may nest). One pass, so the cost stays linear in the size of the page.
 */
export function rewriteTree(parent: Element | Root, rewrites: Rewrites): void {
  const children = parent.children as ElementContent[];
  // Most nodes stay as they are: a new list is built only once a child is dropped or replaced.
  let kept: ElementContent[] | undefined;
  children.forEach((child, index) => {
    const expanded = expand(child, rewrites);
    if (kept === undefined && expanded !== child) kept = children.slice(0, index);
    if (kept === undefined) return;
    if (Array.isArray(expanded)) kept.push(...expanded);
    else kept.push(expanded);
  });
  if (kept !== undefined) parent.children = kept;
}

/** The node itself (rewritten inside) when it stays, else what replaces it. */
function expand(node: ElementContent, rewrites: Rewrites): ElementContent | ElementContent[] {
  if (node.type === "comment" || rewrites.drop.has(node)) return [];
  if (node.type !== "element") return node;
  const replacement = rewrites.replace.get(node);
  if (replacement) return replacement.flatMap((inner) => (inner === node ? [] : expand(inner, rewrites)));
  rewriteTree(node, rewrites);
  return node;
}

/** Calls `visit` for every element below `root` with its ancestors (nearest last); `false` skips the subtree. */
export function walkElements(
  root: Element | Root,
  visit: (element: Element, ancestors: readonly Element[]) => boolean | void,
  ancestors: Element[] = [],
): void {
  for (const child of root.children) {
    if (child.type !== "element") continue;
    if (visit(child, ancestors) === false) continue;
    ancestors.push(child);
    walkElements(child, visit, ancestors);
    ancestors.pop();
  }
}

/** The class list of an element (hast keeps it as `className`, an array of strings). */
export function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}

/** A string attribute of an element, or undefined when absent or not text. */
export function attributeOf(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.join(" ");
  return undefined;
}

// Zero-width characters generators put inside anchor links so they render without a glyph: the
// zero-width space, word joiner and BOM. Not the zero-width (non-)joiners (U+200C, U+200D), which
// are letters of Persian, Indic and emoji text, nor direction marks.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/** The visible text of a node, whitespace collapsed, invisible characters removed. */
export function visibleText(node: Element | Root): string {
  return toString(node).replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
