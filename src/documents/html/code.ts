import type { Element } from "hast";
import { codeTextOf } from "./code-lines.js";
import { attributeOf, classesOf, walkElements } from "./tree.js";

const LANGUAGE_CLASS = /^(?:language|lang)-(.+)$/;

/**
 * How far above a `<pre>` a wrapper may name the language or hold the title: VitePress, MkDocs
 * Material and Jekyll (Rouge) put `language-x` on a `div` one or two levels up; Docusaurus and
 * Expressive Code put the file name in a sibling of the `<pre>`'s wrapper. Never further.
 */
const WRAPPER_DEPTH = 3;

/**
 * Turns every `<pre>` below root into `<pre><code class="language-x">text</code></pre>`: the
 * text exactly as a reader sees it (see code-lines.ts), the language class only when a language
 * is known, and the block's title (a file name printed above it; `titles` maps the title
 * elements found by the cleaner to their text) as the `<pre>`'s `title`, its element removed.
 * The Markdown conversion then writes a fenced block with that language and title.
 */
export function normalizeCodeBlocks(root: Element, titles: ReadonlyMap<Element, string> = new Map()): void {
  const used = new Set<Element>();
  walkElements(root, (element, ancestors) => {
    if (element.tagName !== "pre") return true;
    const language = languageOf(element, ancestors);
    const title = titles.size > 0 ? titleNear(ancestors.slice(-WRAPPER_DEPTH).reverse(), titles, used) : undefined;
    const code: Element = {
      type: "element",
      tagName: "code",
      properties: language ? { className: [`language-${language}`] } : {},
      children: [{ type: "text", value: codeTextOf(element) }],
    };
    // The language now lives on <code>; the pre's highlighter classes and attributes mean nothing elsewhere.
    element.properties = title ? { title } : {};
    element.children = [code];
    return false;
  });
  if (used.size > 0) removeElements(root, used);
}

/** The first title element inside the nearest wrapper that holds one, not yet given to another block. */
function titleNear(wrappers: readonly Element[], titles: ReadonlyMap<Element, string>, used: Set<Element>): string | undefined {
  for (const wrapper of wrappers) {
    let found: Element | undefined;
    walkElements(wrapper, (element) => {
      if (found || element.tagName === "pre") return false;
      if (titles.has(element) && !used.has(element)) found = element;
      return found === undefined;
    });
    if (found) {
      used.add(found);
      return titles.get(found) || undefined;
    }
  }
  return undefined;
}

function removeElements(root: Element, elements: ReadonlySet<Element>): void {
  root.children = root.children.filter((child) => child.type !== "element" || !elements.has(child));
  for (const child of root.children) if (child.type === "element") removeElements(child, elements);
}

/**
 * The language of a code block, from (in order) the `<code>` or `<pre>` class (`language-x`,
 * `lang-x`), their `data-language` / `data-lang` attribute (Expressive Code, Hugo), or the
 * class of a nearby wrapper.
 */
export function languageOf(pre: Element, ancestors: readonly Element[]): string | undefined {
  const code = pre.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
  for (const element of code ? [code, pre] : [pre]) {
    const found = languageFromClasses(element) ?? attributeOf(element, "dataLanguage") ?? attributeOf(element, "dataLang");
    if (found) return found;
  }
  for (const ancestor of ancestors.slice(-WRAPPER_DEPTH).reverse()) {
    const found = languageFromClasses(ancestor);
    if (found) return found;
  }
  return undefined;
}

function languageFromClasses(element: Element): string | undefined {
  for (const name of classesOf(element)) {
    const match = LANGUAGE_CLASS.exec(name);
    if (match) return match[1];
  }
  return undefined;
}
