import type { Element, ElementContent, Root } from "hast";
import MarkdownIt, { type PluginSimple } from "markdown-it";
import markdownItFootnote from "markdown-it-footnote";
import type Token from "markdown-it/lib/token.mjs";
import { normalizeUri } from "micromark-util-sanitize-uri";

/**
 * Markdown (CommonMark + GFM tables, strikethrough, autolink literals, task lists) → hast, in the
 * shape remark-rehype gives (same elements, same "\n" text between blocks), so the sanitized HTML
 * is the one kb-publish sent before. markdown-it, not micromark: micromark tokenises one byte at a
 * time through a state machine and cost ~15 ms per 11 KB page (over 90% of a Humind first sync);
 * markdown-it parses the same page in about 1 ms. Raw HTML is parsed and then dropped, as
 * remark-rehype drops it; every link is kept here and judged by the sanitizer (html.ts).
 * Known differences from remark-gfm (none on the benchmark site or the fixtures): `~one tilde~`
 * stays text, an e-mail address right after `'` is not linked, and a footnote referenced only
 * from inside another footnote's definition may be numbered in a different order.
 */
const markdown = new MarkdownIt("commonmark", { html: true, linkify: true })
  .enable(["table", "strikethrough", "linkify"])
  // Its types describe markdown-it's CommonJS build; the plugin is the same function for both.
  .use(markdownItFootnote as unknown as PluginSimple)
  // GFM has footnote references and definitions, not inline `^[…]` footnotes.
  .disable("footnote_inline");
// Raw HTML is dropped, so a raw `<a>` must not keep linkify from linking the text inside it (remark links it).
markdown.core.ruler.before("linkify", "humind_raw_html", (state) => {
  for (const block of state.tokens) for (const token of block.children ?? []) if (token.type === "html_inline") token.type = "html_dropped";
});
// GFM autolink literals are `www.`, http(s), mailto/xmpp and e-mail addresses; linkify also links bare domains and `//x`.
markdown.core.ruler.after("linkify", "humind_gfm_autolinks", (state) => {
  for (const block of state.tokens) if (block.children) block.children = block.children.filter(notGfmAutolink);
});
// The URL as remark-rehype writes it; the sanitizer decides which ones stay.
markdown.normalizeLink = normalizeUri;
markdown.normalizeLinkText = (text) => text;
markdown.validateLink = () => true;

const GFM_AUTOLINK = /^(?:https?:\/\/|www\.|mailto:|xmpp:|[^\s@:/]+@)/i;

/** Drops the link tokens around a linkify match that GFM would leave as text (its text token stays). */
function notGfmAutolink(token: Token, index: number, tokens: Token[]): boolean {
  // A linkify link is always link_open, one text token, link_close.
  const closing = token.type === "link_close";
  const open = closing ? tokens[index - 2] : token;
  if (open?.type !== "link_open" || open.markup !== "linkify") return true;
  return GFM_AUTOLINK.test(tokens[closing ? index - 1 : index + 1]?.content ?? "");
}

/** GFM's task box: `[ ]` or `[x]`, then one space, tab or line ending (removed with it); more content must follow. */
const TASK = /^\[[ xX]\][ \t\n]/;

/** A block's content while its tokens are read: a paragraph of a tight list is unwrapped by its item. */
interface Block {
  node: Element;
  tight?: boolean;
}

/** The hast tree of a Markdown text. Pure. */
export function markdownToHast(text: string): Root {
  const tokens = markdown.parse(text, {});
  const stack: { element: Element; blocks: Block[] }[] = [{ element: element("root"), blocks: [] }];
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      stack.push({ element: element(FOOTNOTE_TAGS[token.type] ?? token.tag), blocks: [] });
    } else if (token.nesting === -1) {
      const done = stack.pop()!;
      closeBlock(done.element, done.blocks, token);
      stack[stack.length - 1]!.blocks.push({ node: done.element, tight: token.type === "paragraph_close" && token.hidden });
    } else if (token.type === "inline") {
      top.element.children.push(...inlineNodes(token.children ?? []));
    } else if (token.type === "footnote_anchor") {
      backReference(top, token);
    } else {
      const leaf = leafBlock(token);
      if (leaf) top.blocks.push({ node: leaf });
    }
  }
  const root = stack[0]!;
  return { type: "root", children: separated(root.blocks.map((b) => b.node), false) };
}

function element(tagName: string, properties: Element["properties"] = {}, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: "text", value });

/** Code, rules and raw HTML (dropped); undefined for what renders nothing. */
function leafBlock(token: Token): Element | undefined {
  if (token.type === "fence" || token.type === "code_block") {
    // remark's code value is the lines without the last line ending; rendered, a non-empty one ends with one.
    const value = token.content.endsWith("\n") ? token.content.slice(0, -1) : token.content;
    return element("pre", {}, [element("code", {}, [text(value === "" ? "" : `${value}\n`)])]);
  }
  if (token.type === "hr") return element("hr");
  return undefined;
}

/** Children of a finished container block, laid out as remark-rehype lays them out. */
function closeBlock(node: Element, blocks: Block[], token: Token): void {
  if (token.type === "list_item_close") node.children = listItemChildren(blocks);
  else if (token.type === "footnote_block_close") node.children = footnoteSection(blocks);
  else if (node.tagName !== "p" && !/^(h[1-6]|th|td)$/.test(node.tagName)) node.children = separated(blocks.map((b) => b.node), true);
}

/** Blocks with "\n" between them (inside a container also one first, and one last when any), as mdast-util-to-hast's `wrap`. */
function separated(nodes: ElementContent[], around: boolean): ElementContent[] {
  const out: ElementContent[] = around ? [text("\n")] : [];
  nodes.forEach((node, i) => {
    if (i > 0) out.push(text("\n"));
    out.push(node);
  });
  if (around && nodes.length > 0) out.push(text("\n"));
  return out;
}

/** Footnote containers: markdown-it-footnote's tokens have no tag. */
const FOOTNOTE_TAGS: Record<string, string> = { footnote_block_open: "section", footnote_open: "li" };

/** The footnotes after the page, as remark-rehype's footer: a label heading and a list (the section is unwrapped by the sanitizer). */
function footnoteSection(items: Block[]): ElementContent[] {
  const list = element("ol", {}, separated(items.map((b) => b.node), true));
  return [element("h2", {}, [text("Footnotes")]), text("\n"), list, text("\n")];
}

/**
 * A `↩` link back to a reference, in the definition's last paragraph after a space (a second
 * reference's link carries its number), or after the definition's blocks when it ends otherwise.
 */
function backReference(top: { element: Element; blocks: Block[] }, token: Token): void {
  const meta = token.meta as { id: number; subId: number };
  const label = meta.subId > 0 ? [text("↩"), element("sup", {}, [text(String(meta.subId + 1))])] : [text("↩")];
  const link = element("a", { href: `#user-content-fnref-${meta.id + 1}` }, label);
  if (top.element.tagName !== "p") {
    top.blocks.push({ node: link });
    return;
  }
  const children = top.element.children;
  const last = children[children.length - 1];
  if (last?.type === "text") last.value += " ";
  else children.push(text(" "));
  children.push(link);
}

/** mdast-util-to-hast's listItem: a tight item's paragraphs are unwrapped; a task box becomes a leading space. */
function listItemChildren(blocks: Block[]): ElementContent[] {
  const first = blocks[0];
  if (first?.node.tagName === "p") taskBox(first.node);
  const out: ElementContent[] = [];
  blocks.forEach((block, i) => {
    const paragraph = block.node.tagName === "p";
    if (!block.tight || i !== 0 || !paragraph) out.push(text("\n"));
    if (paragraph && block.tight) out.push(...block.node.children);
    else out.push(block.node);
  });
  const tail = blocks[blocks.length - 1];
  if (tail && (!tail.tight || tail.node.tagName !== "p")) out.push(text("\n"));
  return out;
}

/**
 * GFM's `[ ]` / `[x]` at the start of an item: remark renders a checkbox (which the sanitizer
 * strips with its content) and a space before the rest; the same here, without the checkbox.
 */
function taskBox(paragraph: Element): void {
  const head = paragraph.children[0];
  if (head?.type !== "text" || !TASK.test(head.value)) return;
  if (!/\S/.test(head.value.slice(3)) && paragraph.children.length === 1) return;
  head.value = head.value.replace(TASK, "");
  if (head.value === "") paragraph.children.shift();
  if (paragraph.children.length > 0) paragraph.children.unshift(text(" "));
}

/** Inline tokens → hast, with a stack for emphasis, strong, strikethrough and links. */
function inlineNodes(tokens: Token[]): ElementContent[] {
  const stack: Element[] = [element("span")];
  const add = (node: ElementContent) => stack[stack.length - 1]!.children.push(node);
  for (const token of tokens) {
    if (token.nesting === 1) {
      stack.push(element(token.tag, token.tag === "a" ? { href: token.attrGet("href") ?? "" } : {}));
    } else if (token.nesting === -1) {
      const done = stack.pop()!;
      add(done);
    } else if (token.type === "text" || token.type === "text_special") {
      add(text(token.content));
    } else if (token.type === "softbreak") {
      add(text("\n"));
    } else if (token.type === "hardbreak") {
      add(element("br"));
      add(text("\n"));
    } else if (token.type === "code_inline") {
      add(element("code", {}, [text(token.content)]));
    } else if (token.type === "footnote_ref") {
      const n = String((token.meta as { id: number }).id + 1);
      add(element("sup", {}, [element("a", { href: `#user-content-fn-${n}` }, [text(n)])]));
    } else if (token.type === "image") {
      add(element("img", { src: token.attrGet("src") ?? "", alt: plainText(token.children ?? []) }));
    }
  }
  return mergeText(stack[0]!.children);
}

function plainText(tokens: Token[]): string {
  return tokens.map((t) => (t.children ? plainText(t.children) : t.type === "softbreak" || t.type === "hardbreak" ? "\n" : t.content)).join("");
}

/** Adjacent text nodes as one, as mdast has them (the task-box check reads the first one whole). */
function mergeText(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === "text" && last?.type === "text") last.value += node.value;
    else out.push(node);
  }
  return out;
}
