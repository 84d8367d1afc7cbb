import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { defaultTreeAdapter, parse, parseFragment, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type TreeAdapter } from "parse5";
import { elementToHast } from "./from-parse5.js";

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

/** Thrown to stop parsing once the element wanted has been closed. */
const DONE = new Error("element parsed");

/**
 * The first element parsed from `start` on (which must be the index of a start tag): the
 * element and all it contains, closed where a browser would close it. Parsing stops there: the
 * rest of the page (footers, scripts) is never tokenized. parse5 reports every element it pops
 * off its stack of open elements (`onItemPop`); the first element pushed after the fragment's
 * own root is the one wanted, and once it is popped nothing more can be added to it.
 */
export function parseElementAt(text: string, start: number): Element | undefined {
  let root: DefaultTreeAdapterTypes.Element | undefined;
  let first: DefaultTreeAdapterTypes.Element | undefined;
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    onItemPush(item) {
      if (!root) root = item;
      else first ??= item;
    },
    onItemPop(item) {
      if (item === first) throw DONE;
    },
  };
  try {
    parseFragment(text.slice(start), { treeAdapter });
  } catch (error) {
    if (error !== DONE) throw error;
  }
  return first ? elementToHast(first) : undefined;
}

/** Elements whose content is not markup: a tag-like text inside them is not a tag. */
const RAW_TEXT = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|noscript|template|title|xmp)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/**
 * The index of the first match of `pattern` (a global regex matching the start of a start tag)
 * at or after `from` that is a real tag: not inside a comment or a raw-text element. -1 if none.
 */
export function startTagIndex(text: string, pattern: RegExp, from: number): number {
  const regions = rawTextRegions(text);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!inside(regions, match.index)) return match.index;
  }
  return -1;
}

interface Regions {
  text: string;
  /** Start and end (exclusive) of each comment and raw-text element, in order. */
  starts: number[];
  ends: number[];
}

// One page is searched many times in a row (the body, each content selector, listing markers):
// its regions are found once, in one pass.
let last: Regions | undefined;

function rawTextRegions(text: string): Regions {
  if (last?.text === text) return last;
  const regions: Regions = { text, starts: [], ends: [] };
  RAW_TEXT.lastIndex = 0;
  for (let match = RAW_TEXT.exec(text); match; match = RAW_TEXT.exec(text)) {
    regions.starts.push(match.index);
    regions.ends.push(match.index + match[0].length);
    if (match[0].length === 0) RAW_TEXT.lastIndex++;
  }
  last = regions;
  return regions;
}

/** True when `index` lies inside a region (the tag opening a region is outside it). */
function inside(regions: Regions, index: number): boolean {
  let low = 0;
  let high = regions.starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (regions.starts[middle]! >= index) high = middle - 1;
    else if (regions.ends[middle]! <= index) low = middle + 1;
    else return true;
  }
  return false;
}
