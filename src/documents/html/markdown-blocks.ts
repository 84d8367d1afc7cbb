import type { Element, ElementContent } from "hast";
import { tableMarkdown } from "./markdown-table.js";
import { escapeLineStart, phrasing, textContent } from "./markdown-text.js";
import { attributeOf, classesOf } from "./tree.js";

// Flow content (headings, paragraphs, lists, quotes, code, tables) as GitHub-flavoured
// Markdown, written straight from the cleaned hast (see markdown-text.ts for why by hand).
// Conventions as before: `-` bullets (`*` for a list right after another), `1.` numbers,
// fenced code, `---` rules, one space after a list marker.

/** Elements that start a block; everything else is phrasing, gathered into paragraphs. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "details", "dialog", "dd", "div", "dl", "dt", "fieldset", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "table", "ul", "summary", "figcaption", "video", "audio", "iframe", "starlight-tabs", "center",
]);

/** The content of `nodes` as Markdown blocks, in order. */
export function blocks(nodes: readonly ElementContent[]): string[] {
  const out: string[] = [];
  let inline: ElementContent[] = [];
  let previousList: string | undefined;
  const flushInline = () => {
    if (inline.length > 0) push(out, paragraph(inline));
    inline = [];
  };
  for (const node of nodes) {
    if (node.type !== "element" || (!BLOCK.has(node.tagName) && !holdsBlocks(node))) {
      inline.push(node);
      continue;
    }
    flushInline();
    const isList = node.tagName === "ul" || node.tagName === "ol";
    // A list right after another of its kind would merge with it: the second gets the other bullet.
    const bullet = isList && previousList === node.tagName && out.length > 0 && out.at(-1)!.startsWith("- ") ? "*" : "-";
    for (const block of blockOf(node, bullet)) push(out, block);
    previousList = isList ? node.tagName : undefined;
  }
  flushInline();
  return out;
}

/** An inline element wrapping blocks (a card: `<a><h2>…</h2><p>…</p></a>`) is read as its blocks. */
function holdsBlocks(element: Element): boolean {
  return element.children.some((child) => child.type === "element" && (BLOCK.has(child.tagName) || holdsBlocks(child)));
}

function push(out: string[], block: string): void {
  if (block.trim() !== "") out.push(block);
}

function blockOf(element: Element, bullet: string): string[] {
  const tag = element.tagName;
  if (/^h[1-6]$/.test(tag)) return [heading(element)];
  if (tag === "p" || tag === "summary" || tag === "figcaption" || tag === "dt") return [paragraph(element.children)];
  if (tag === "pre") return [codeBlock(element)];
  if (tag === "blockquote") return [prefixLines(blocks(element.children).join("\n\n"), "> ", ">")];
  if (tag === "ul" || tag === "ol") return [list(element, bullet)];
  if (tag === "dl") return [definitionList(element)];
  if (tag === "table") return [tableMarkdown(element)];
  if (tag === "hr") return ["---"];
  if (tag === "video" || tag === "audio" || tag === "iframe") return [mediaLink(element)];
  return blocks(element.children);
}

function heading(element: Element): string {
  const text = phrasing(element.children).replace(/\\\n/g, " ");
  return text === "" ? "" : `${"#".repeat(Number(element.tagName[1]))} ${text}`;
}

/** Phrasing as a paragraph: each line's start escaped where it would read as a block. */
function paragraph(nodes: readonly ElementContent[]): string {
  return phrasing(nodes).split("\n").map(escapeLineStart).join("\n");
}

function codeBlock(pre: Element): string {
  const code = pre.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
  const value = textContent(code ?? pre).replace(/\n+$/, "");
  const language = code ? classesOf(code).find((name) => name.startsWith("language-"))?.slice("language-".length) : undefined;
  const title = attributeOf(pre, "title");
  const longest = Math.max(2, ...(value.match(/^ {0,3}`{3,}/gm) ?? []).map((fence) => fence.trim().length));
  const fence = "`".repeat(longest + 1);
  // The title goes after the language in the fence; a block without a language cannot carry
  // one there (the first word is the language), so its title stays a line above it.
  const info = language === undefined ? "" : title ? `${language} title=${JSON.stringify(title)}` : language;
  const block = `${fence}${info}\n${value}${value === "" ? "" : "\n"}${fence}`;
  return language === undefined && title ? `${paragraph([{ type: "text", value: title }])}\n\n${block}` : block;
}

function list(element: Element, bullet: string): string {
  const items = itemsOf(element);
  const ordered = element.tagName === "ol";
  const start = Number(attributeOf(element, "start") ?? 1) || 1;
  const rendered = items.map((item, index) => listItem(item, ordered ? `${start + index}.` : bullet));
  // Loose when an item holds several blocks, as hast-util-to-mdast reads HTML lists.
  const loose = items.some((item) => blocks(item.children).length > 1);
  return rendered.join(loose ? "\n\n" : "\n");
}

/**
 * The list's items. Anything else directly in the list (a nested `<ul>` outside any `<li>`, as
 * Docsy prints section trees) belongs to the item before it, where a browser shows it.
 */
function itemsOf(list: Element): Element[] {
  const items: Element[] = [];
  for (const child of list.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "li") items.push(child);
    else if (items.length > 0) items[items.length - 1] = { ...items.at(-1)!, children: [...items.at(-1)!.children, child] };
    else items.push({ type: "element", tagName: "li", properties: {}, children: [child] });
  }
  return items;
}

function listItem(item: Element, marker: string): string {
  const checkbox = taskState(item);
  // The checkbox itself is not phrasing (see markdown-text.ts): it becomes `[x] `.
  const body = blocks(item.children).join("\n\n");
  const prefix = `${marker} ${checkbox === undefined ? "" : checkbox ? "[x] " : "[ ] "}`;
  const indent = " ".repeat(marker.length + 1);
  return `${prefix}${body.split("\n").map((line, index) => (index === 0 || line === "" ? line : `${indent}${line}`)).join("\n")}`.trimEnd();
}

/** A task list item's checkbox (`<input type="checkbox">` first in the item or its paragraph). */
function taskState(item: Element): boolean | undefined {
  const first = firstElement(item);
  const box = first?.tagName === "p" ? firstElement(first) : first;
  return box?.tagName === "input" && attributeOf(box, "type") === "checkbox" ? box.properties.checked === true || box.properties.checked === "" : undefined;
}

function firstElement(parent: Element): Element | undefined {
  for (const child of parent.children) {
    if (child.type === "element") return child;
    if (child.type === "text" && child.value.trim() !== "") return undefined;
  }
  return undefined;
}

/** `<dl>` as a list: each group of terms and definitions one item, as hast-util-to-mdast reads it. */
function definitionList(element: Element): string {
  const groups: ElementContent[][] = [];
  let group: ElementContent[] = [];
  let last = "";
  for (const child of element.children.flatMap((c) => (c.type === "element" && c.tagName === "div" ? c.children : [c]))) {
    if (child.type !== "element") continue;
    if (child.tagName === "dt" && last === "dd") {
      groups.push(group);
      group = [];
    }
    group.push(child);
    last = child.tagName;
  }
  groups.push(group);
  const item = (nodes: ElementContent[]): Element => ({ type: "element", tagName: "li", properties: {}, children: nodes });
  return list({ type: "element", tagName: "ul", properties: {}, children: groups.filter((g) => g.length > 0).map(item) }, "-");
}

function mediaLink(element: Element): string {
  const src = attributeOf(element, "src");
  return src ? paragraph([{ type: "element", tagName: "a", properties: { href: src }, children: [{ type: "text", value: src }] }]) : "";
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text.split("\n").map((line) => (line === "" ? emptyPrefix : `${prefix}${line}`)).join("\n");
}
