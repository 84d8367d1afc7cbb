import { decodeEntities } from "./entities.js";
import type { Flavor } from "./options.js";

/**
 * MkDocs Material icon shortcodes (`:material-check:`, `:fontawesome-brands-github:`,
 * `:octicons-heart-16:`, `:simple-python:`), with an attribute list attached to one and the
 * spaces after it (`-   :material-clock: &nbsp; __Title__` must stay a list item, not become
 * one holding indented code).
 */
const ICON = /:(?:material|fontawesome|octicons|simple)-[\w-]+:(?:\{[^{}\n]*\})?[ \t\u00a0]*/g;
/**
 * Python-Markdown / kramdown / Hugo attribute lists after an element: `{ .md-button }`,
 * `{: .note }`, `{#install}`, `{ target="_blank" }`, `{.class #id key=value}`. They follow a
 * line start, a space, or the end of a link, image, emphasis, code span or icon; after a letter,
 * `_` or `^` braces are LaTeX (`\sum_{k=0}`), never an attribute list.
 */
const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'}]+))`;
const ATTRIBUTE_LIST = new RegExp(String.raw`(?<=^|[\s)\]*\`>:])[ \t]*\{:?[ \t]*(?:${ATTRIBUTE}[ \t]*)+\}`, "gm");
/** After `__strong__`, only a list with a class, an id or a quoted value: `_{k=0}` is a subscript. */
const AFTER_UNDERSCORE = new RegExp(String.raw`(?<=__)\{:?[ \t]*(?=[^}\n]*(?:[.#][\w-]|="|='))(?:${ATTRIBUTE}[ \t]*)+\}`, "g");

/**
 * The last text pass: character references decoded (those to `<`, `>` and `&` kept), icon
 * shortcodes removed, and in Markdown attribute lists removed (in MDX, braces were expressions).
 * Only ever called on text outside code.
 */
export function cleanText(text: string, flavor: Flavor): string {
  let cleaned = decodeEntities(text, { keepMarkup: true });
  if (cleaned.includes(":")) cleaned = cleaned.replace(ICON, "");
  if (flavor === "md" && cleaned.includes("{")) cleaned = cleaned.replace(ATTRIBUTE_LIST, "").replace(AFTER_UNDERSCORE, "");
  return cleaned;
}
