import type { Element, ElementContent } from "hast";
import { toText } from "hast-util-to-text";
import { classesOf } from "./tree.js";

/**
 * How a highlighter lays out the lines of a code block inside `<pre>`: one element per rendered
 * line, carrying `lineClass`. Reading those elements one by one gives exactly the lines the
 * reader sees, whatever separates them (`<br>`, a block `div`, a `\n`, or several at once).
 */
export interface LineStructure {
  /** The highlighter and the generators that use it. */
  highlighter: string;
  lineClass: string;
}

/** Tried in order; the first whose line class occurs inside the `<pre>` reads it. */
export const LINE_STRUCTURES: readonly LineStructure[] = [
  // prism-react-renderer (Docusaurus): `<span|div class="token-line">…<br></span|div>`; as a
  // block `div` (Docusaurus 3.10) the `<br>` would add a second line break.
  { highlighter: "prism (Docusaurus)", lineClass: "token-line" },
  // Expressive Code (Starlight): `<div class="ec-line"><div class="code">…</div></div>`; an
  // empty line holds a lone "\n".
  { highlighter: "expressive-code (Starlight)", lineClass: "ec-line" },
  // Shiki (VitePress) `<span class="line">…</span>\n`, Chroma (Hugo) `<span class="line"><span class="cl">…\n</span></span>`.
  { highlighter: "shiki (VitePress), chroma (Hugo)", lineClass: "line" },
];

/**
 * Parts of a code block that are not code: line numbers (Pygments, Chroma, Rouge, Expressive
 * Code gutters, Docusaurus's numbering span) and copy buttons. Skipped when the text is read.
 */
export const CODE_GUTTER_CLASSES: ReadonlySet<string> = new Set([
  "linenos", "lineno", "linenodiv", "ln", "lnt", "gutter", "line-number", "line-numbers-rows", "codeLineNumber",
]);

/** Docusaurus suffixes its CSS-module classes (`codeLineNumber_Tfdd`): matched by their stem. */
function isGutter(element: Element): boolean {
  return classesOf(element).some((name) => CODE_GUTTER_CLASSES.has(name) || CODE_GUTTER_CLASSES.has(name.replace(/_[\w-]+$/, "")));
}

/**
 * The text of a code block exactly as a reader sees it: one line per rendered line, no line
 * numbers, trailing line breaks removed. Blocks without a known line structure are read the
 * way a browser renders preformatted text (highlighting spans flattened, `<br>` as a break).
 */
export function codeTextOf(pre: Element): string {
  const lines = lineElements(pre);
  const text = lines ? lines.map(lineText).join("\n") : toText(withoutGutters(pre), { whitespace: "pre" });
  return text.replace(/\n+$/, "");
}

/** The line elements of the first structure found, outermost only; undefined when none is used. */
function lineElements(pre: Element): Element[] | undefined {
  const present = new Map<string, Element[]>();
  collectLines(pre, present);
  for (const { lineClass } of LINE_STRUCTURES) {
    const lines = present.get(lineClass);
    if (lines) return lines;
  }
  return undefined;
}

const LINE_CLASSES = new Set(LINE_STRUCTURES.map((s) => s.lineClass));

function collectLines(parent: Element, found: Map<string, Element[]>): void {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    const lineClass = classesOf(child).find((name) => LINE_CLASSES.has(name));
    if (lineClass === undefined) collectLines(child, found);
    else found.set(lineClass, [...(found.get(lineClass) ?? []), child]);
  }
}

/** One line's text: its text nodes in order, gutters and `<br>` left out, one closing "\n" dropped. */
function lineText(line: Element): string {
  let text = "";
  const visit = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === "text") text += node.value;
      else if (node.type === "element" && node.tagName !== "br" && !isGutter(node)) visit(node.children);
    }
  };
  visit(line.children);
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}

function withoutGutters(element: Element): Element {
  const children = element.children.flatMap((child): ElementContent[] =>
    child.type !== "element" ? [child] : isGutter(child) ? [] : [withoutGutters(child)],
  );
  return { ...element, children };
}
