import { expressionExtent } from "./mdx/js-extent.js";
import type { Flavor } from "./options.js";

/**
 * One HTML or JSX tag as written. Attribute values are raw: quotes removed, `{expressions}` kept
 * (their extent found by the JavaScript parser).
 */
export interface ScannedTag {
  /** As written; empty for a fragment `<>`. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Record<string, string>;
  /** Index just past the `>`. */
  end: number;
}

const MAX_TAG_LENGTH = 10_000;
const NAME = /[A-Za-z][\w.:-]*/y;
// HTML, JSX and Vue attribute names (`class`, `aria-label`, `xlink:href`, `:prop`, `@click`, `#slot`).
const ATTRIBUTE_NAME = /[A-Za-z_:@#$][\w.:@#$-]*/y;
const UNQUOTED = /[^\s"'=<>`]+/y;
const SPACE = /\s*/y;

/**
 * Reads the tag starting with `<` at `at`; undefined when the text there is not a tag. A blank
 * line ends an HTML tag in Markdown (CommonMark); an MDX tag may hold blank lines (`flavor: "mdx"`).
 */
export function scanTag(text: string, at: number, flavor: Flavor = "md"): ScannedTag | undefined {
  let i = at + 1;
  const closing = text[i] === "/";
  if (closing) i++;
  if (text[i] === ">") return { name: "", closing, selfClosing: false, attributes: {}, end: i + 1 };
  const name = sticky(NAME, text, i);
  if (name === undefined) return undefined;
  const tag: ScannedTag = { name, closing, selfClosing: false, attributes: {}, end: 0 };
  for (i += name.length; i - at < MAX_TAG_LENGTH; ) {
    const space = sticky(SPACE, text, i) ?? "";
    if (flavor === "md" && /\n[ \t]*\n/.test(space)) return undefined;
    i += space.length;
    if (text.startsWith("/>", i)) return { ...tag, selfClosing: true, end: i + 2 };
    if (text[i] === ">") return { ...tag, end: i + 1 };
    const next = text[i] === "{" ? expressionEndAt(text, i) : readAttribute(text, i, tag.attributes);
    if (next === undefined) return undefined;
    i = next;
  }
  return undefined;
}

function readAttribute(text: string, at: number, attributes: Record<string, string>): number | undefined {
  const name = sticky(ATTRIBUTE_NAME, text, at);
  if (name === undefined) return undefined;
  let i = at + name.length;
  const space = sticky(SPACE, text, i) ?? "";
  if (text[i + space.length] !== "=") {
    attributes[name] = "";
    return i;
  }
  i += space.length + 1;
  i += (sticky(SPACE, text, i) ?? "").length;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, i + 1);
    if (close === -1) return undefined;
    attributes[name] = text.slice(i + 1, close);
    return close + 1;
  }
  if (quote === "{") {
    const end = expressionEndAt(text, i);
    if (end !== undefined) attributes[name] = text.slice(i, end);
    return end;
  }
  const value = sticky(UNQUOTED, text, i);
  if (value === undefined) return undefined;
  attributes[name] = value;
  return i + value.length;
}

/** Where an attribute expression (or spread) ends; JavaScript acorn rejects ends where its braces close. */
function expressionEndAt(text: string, at: number): number | undefined {
  return expressionExtent(text, at).end;
}

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/y;

/** Length of a CommonMark autolink (`<https://…>`, `<me@example.com>`) at `at`, or 0. */
export function autolinkLength(text: string, at: number): number {
  return sticky(AUTOLINK, text, at)?.length ?? 0;
}

/** Index just past the `-->` closing the HTML comment at `at`, or undefined. */
export function commentEnd(text: string, at: number): number | undefined {
  if (!text.startsWith("<!--", at)) return undefined;
  const close = text.indexOf("-->", at + 4);
  return close === -1 ? undefined : close + 3;
}
