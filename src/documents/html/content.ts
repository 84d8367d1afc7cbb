import type { Element, Root } from "hast";
import { select } from "hast-util-select";
import { CONTENT_SELECTORS } from "./selectors.js";
import { attributeOf, classesOf, walkElements } from "./tree.js";

/** The element holding a page's main content, and which table entry found it. */
export interface MainContent {
  element: Element;
  /** `generator` of the matching entry in {@link CONTENT_SELECTORS} (`docusaurus`, …, `generic`). */
  generator: string;
  selector: string;
}

/** Tag names, classes, ids and roles: what a page has, or what a selector needs some element to have. */
export interface PageKeys<T = Set<string>> {
  tags: T;
  classes: T;
  ids: T;
  roles: T;
}

/** What a selector needs some element of the page to have, read outside `:not(…)` and attribute brackets other than `[role=x]`. */
export function requiredKeys(selector: string): PageKeys<string[]> {
  const outside = selector.replace(/\([^)]*\)/g, "").replace(/\[(?!role=[\w-]+\])[^\]]*\]/g, "");
  const keys: PageKeys<string[]> = { tags: [], classes: [], ids: [], roles: [] };
  for (const compound of outside.split(/[\s>+~]+/)) {
    const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0];
    if (tag) keys.tags.push(tag.toLowerCase());
    for (const [, kind, name, role] of compound.matchAll(/([.#])([\w-]+)|\[role=([\w-]+)\]/g)) {
      if (role) keys.roles.push(role);
      else (kind === "." ? keys.classes : keys.ids).push(name!);
    }
  }
  return keys;
}

const CANDIDATES = CONTENT_SELECTORS.map((entry) => ({ ...entry, required: requiredKeys(entry.selector) }));

/**
 * Finds the main content by trying {@link CONTENT_SELECTORS} one at a time; the first element
 * with any text wins. Undefined when no element has text (an empty page). Selectors that need
 * a tag, class, id or role the page lacks are not run: one walk collects what the page has, and
 * costs less than a single CSS match over the whole page.
 */
export function selectMainContent(tree: Root): MainContent | undefined {
  const present = keysOf(tree);
  for (const { generator, selector, required } of CANDIDATES) {
    if (!hasAll(present, required)) continue;
    const element = select(selector, tree);
    // An empty match (a placeholder a script fills in later) is no content: try the next.
    if (element && hasVisibleText(element)) return { element, generator, selector };
  }
  return undefined;
}

function hasAll(present: PageKeys, required: PageKeys<string[]>): boolean {
  return (["tags", "classes", "ids", "roles"] as const).every((kind) => required[kind].every((key) => present[kind].has(key)));
}

/** Read the way hast-util-select matches: `tagName`, the `className` list, `id` and `role` as written. */
function keysOf(tree: Root): PageKeys {
  const keys: PageKeys = { tags: new Set(), classes: new Set(), ids: new Set(), roles: new Set() };
  walkElements(tree, (element) => {
    keys.tags.add(element.tagName);
    const { className, id, role } = element.properties;
    if (Array.isArray(className)) for (const name of className) keys.classes.add(String(name));
    else if (className !== undefined && className !== null) for (const name of classesOf(element)) keys.classes.add(name);
    if (id !== undefined && id !== null) keys.ids.add(String(id));
    const roleText = role === undefined || role === null ? undefined : attributeOf(element, "role");
    if (roleText !== undefined) keys.roles.add(roleText);
  });
  return keys;
}

// Whitespace and the zero-width characters generators put inside anchor links.
const VISIBLE = /[^\s\u200B-\u200D\u2060\uFEFF]/;

/** `visibleText(node) !== ""`, without building the text: stops at the first visible character. */
function hasVisibleText(node: Element): boolean {
  return node.children.some((child) => (child.type === "text" ? VISIBLE.test(child.value) : child.type === "element" && hasVisibleText(child)));
}
