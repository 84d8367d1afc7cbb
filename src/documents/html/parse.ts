import type { Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parse } from "parse5";

/**
 * Parses a whole page into hast, the way a browser would (a missing `<html>`, `<head>` or
 * `<body>` is implied). Source positions are not tracked: nothing reads them, and tracking
 * them costs more than half the parse.
 */
export function parseHtml(text: string): Root {
  return fromParse5(parse(text)) as Root;
}

