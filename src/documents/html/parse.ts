import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parse, parseFragment } from "parse5";

/**
 * Parses a whole page into hast, the way a browser would (a missing `<html>`, `<head>` or
 * `<body>` is implied). Source positions are not tracked: nothing reads them, and tracking
 * them costs more than half the parse.
 */
export function parseHtml(text: string): Root {
  return fromParse5(parse(text)) as Root;
}

/** Parses an HTML fragment into the children of a `<div>`, for tests and small snippets. */
export function parseFragmentInDiv(text: string): Element {
  const root = fromParse5(parseFragment(text)) as Root;
  return { type: "element", tagName: "div", properties: {}, children: root.children as Element["children"] };
}
