import { decodeEntities } from "./entities.js";
import type { Flavor } from "./options.js";

/** MkDocs Material icon shortcodes (`:material-check:`, `:fontawesome-brands-github:`, `:octicons-heart-16:`, `:simple-python:`). */
const ICON = /:(?:material|fontawesome|octicons|simple)-[\w-]+:/g;
/**
 * Python-Markdown / kramdown / Hugo attribute lists after an element: `{ .md-button }`,
 * `{: .note }`, `{#install}`, `{ target="_blank" }`, `{.class #id key=value}`.
 */
const ATTRIBUTE_LIST = /[ \t]*\{:?[ \t]*(?:(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'}]+))[ \t]*)+\}/g;

/**
 * The last text pass: character references decoded (those to `<`, `>` and `&` kept), icon
 * shortcodes removed, and in Markdown attribute lists removed (in MDX, braces were expressions).
 * Only ever called on text outside code.
 */
export function cleanText(text: string, flavor: Flavor): string {
  let cleaned = decodeEntities(text, { keepMarkup: true });
  if (cleaned.includes(":")) cleaned = cleaned.replace(ICON, "");
  if (flavor === "md" && cleaned.includes("{")) cleaned = cleaned.replace(ATTRIBUTE_LIST, "");
  return cleaned;
}
