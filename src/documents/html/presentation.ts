import type { Element, ElementContent } from "hast";
import { walkElements } from "./tree.js";

/** Attributes kept in the HTML handed to targets: the rest is styling and script hooks. */
const KEPT_ATTRIBUTES = new Set(["href", "src", "alt", "title", "id", "colSpan", "rowSpan", "start", "type", "checked", "disabled", "lang", "dir"]);

/**
 * Strips presentation from cleaned content in place: `style`, `data-*`, `aria-*`, event
 * handlers and classes go (except a code block's `language-*` class), bare `<span>`s and
 * bare `<div>`s around blocks are unwrapped and emptied wrappers removed, so the HTML a target receives only changes when the
 * page's content does.
 */
export function stripPresentation(content: Element): void {
  walkElements(content, (element) => {
    const kept: Element["properties"] = {};
    for (const [name, value] of Object.entries(element.properties)) {
      if (KEPT_ATTRIBUTES.has(name)) kept[name] = value;
    }
    const codeClass = element.properties.className;
    if (element.tagName === "code" && Array.isArray(codeClass) && codeClass.length > 0) kept.className = codeClass;
    element.properties = kept;
  });
  tidy(content);
}

/** Elements that mean something with no children. */
const EMPTY_ALLOWED = new Set(["img", "br", "hr", "input", "td", "th", "col", "source", "video", "audio", "iframe"]);

/** A wrapper `<div>` can go without merging loose text into its neighbours only when it holds none. */
function holdsOnlyElements(element: Element): boolean {
  return element.children.every((c) => c.type === "element" || (c.type === "text" && c.value.trim() === ""));
}

function tidy(parent: Element): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type !== "element") {
      children.push(child);
      continue;
    }
    tidy(child);
    const bare = Object.keys(child.properties).length === 0;
    if (child.children.length === 0 && !EMPTY_ALLOWED.has(child.tagName)) continue;
    if (bare && (child.tagName === "span" || (child.tagName === "div" && holdsOnlyElements(child)))) {
      children.push(...child.children);
    } else {
      children.push(child);
    }
  }
  parent.children = children;
}
