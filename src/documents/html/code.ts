import type { Element } from "hast";
import { toText } from "hast-util-to-text";
import { attributeOf, classesOf, walkElements } from "./tree.js";

const LANGUAGE_CLASS = /^(?:language|lang)-(.+)$/;

/**
 * How far above a `<pre>` a wrapper may name the language: VitePress, MkDocs Material and
 * Jekyll (Rouge) put `language-x` on a `div` one or two levels up, never further.
 */
const WRAPPER_DEPTH = 3;

/**
 * Turns every `<pre>` below root into `<pre><code class="language-x">text</code></pre>`: the
 * text exactly as a browser shows it (highlighting spans gone, `<br>` and line `<div>`s as
 * newlines, trailing blank lines trimmed), the language class only when a language is known.
 * The Markdown conversion then writes a fenced block with that language.
 */
export function normalizeCodeBlocks(root: Element): void {
  walkElements(root, (element, ancestors) => {
    if (element.tagName !== "pre") return true;
    const language = languageOf(element, ancestors);
    const text = toText(element, { whitespace: "pre" }).replace(/\n+$/, "");
    const code: Element = {
      type: "element",
      tagName: "code",
      properties: language ? { className: [`language-${language}`] } : {},
      children: [{ type: "text", value: text }],
    };
    // The language now lives on <code>; the pre's highlighter classes and attributes mean nothing elsewhere.
    element.properties = {};
    element.children = [code];
    return false;
  });
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
