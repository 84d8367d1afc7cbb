import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parse, parseFragment } from "parse5";

// Built pages are mostly chrome: navigation, sidebars, inline icons and scripts. Building a tree
// for all of it cost more than everything else kb-publish does with a page (measured: parsing
// was a third of the time on real Starlight and VitePress sites, and the tree doubled the
// garbage collection). So only two slices of a page are parsed: everything up to the end of the
// `<body>` start tag (`<html>` attributes, the head, the body classes), and the content element
// onwards, found by searching the text for its start tag. Both are parsed by parse5 as a browser
// would; the search only decides where parsing starts, and a start tag inside a script, a style
// or a comment never counts.

/** The top of a page, parsed, and where its body's markup starts. */
export interface PageTop {
  /** `<html>` with its `<head>` and an empty `<body>` carrying the body's attributes. */
  tree: Root;
  /** The index just after the `<body …>` start tag; 0 for a page without one. */
  bodyFrom: number;
}

/** Parses the top of a page: everything up to the end of its `<body>` start tag. */
export function parseTop(text: string): PageTop {
  const body = startTagIndex(text, /<body[\s>]/gi, 0);
  const end = body === -1 ? -1 : text.indexOf(">", body);
  // A page without a `<body>` tag (hand-written, or a fragment) is parsed whole: rare and small.
  if (end === -1) return { tree: fromParse5(parse(text)) as Root, bodyFrom: 0 };
  return { tree: fromParse5(parse(text.slice(0, end + 1))) as Root, bodyFrom: end + 1 };
}

/**
 * The first element parsed from `start` on (which must be the index of a start tag): the
 * element and all it contains, closed where a browser would close it.
 */
export function parseElementAt(text: string, start: number): Element | undefined {
  const fragment = parseFragment(text.slice(start));
  const first = fragment.childNodes.find((node) => "tagName" in node);
  return first ? (fromParse5(first) as Element) : undefined;
}

/** Elements whose content is not markup: a tag-like text inside them is not a tag. */
const RAW_TEXT = ["script", "style", "textarea", "noscript", "template", "title", "xmp"];

/**
 * The index of the first match of `pattern` (a global regex matching the start of a start tag)
 * at or after `from` that is a real tag: not inside a comment or a raw-text element. -1 if none.
 */
export function startTagIndex(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!insideRawText(text, match.index)) return match.index;
  }
  return -1;
}

function insideRawText(text: string, index: number): boolean {
  if (text.lastIndexOf("<!--", index) > text.lastIndexOf("-->", index)) return true;
  // Generators write tags in lower case; upper case is checked too for hand-written pages.
  const last = (needle: string) => Math.max(text.lastIndexOf(needle, index), text.lastIndexOf(needle.toUpperCase(), index));
  return RAW_TEXT.some((tag) => last(`<${tag}`) > last(`</${tag}`));
}
