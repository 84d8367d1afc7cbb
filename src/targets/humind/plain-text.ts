import type { Nodes, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * The plain-text `content` of a snippet: the Markdown without its markup. Blocks are separated by
 * a blank line, list items and table rows keep one line each, code keeps its text as written.
 * Pure and deterministic.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  return blocksText(tree.children).trim();
}

function blocksText(nodes: RootContent[]): string {
  return nodes
    .map(blockText)
    .filter((text) => text !== "")
    .join("\n\n");
}

function blockText(node: RootContent): string {
  switch (node.type) {
    case "list":
      return node.children.map((item, i) => `${bullet(node.ordered, (node.start ?? 1) + i)} ${itemText(item.children)}`).join("\n");
    case "table":
      return node.children.map((row) => row.children.map((cell) => inline(cell)).join(" | ")).join("\n");
    case "code":
      return node.value;
    case "blockquote":
      return blocksText(node.children);
    case "html":
    case "definition":
    case "footnoteDefinition":
    case "yaml":
    case "thematicBreak":
      return "";
    default:
      return inline(node);
  }
}

function inline(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/[ \t]*\n[ \t]*/g, " ").trim();
}

function bullet(ordered: boolean | null | undefined, number: number): string {
  return ordered ? `${number}.` : "-";
}

function itemText(children: RootContent[]): string {
  return blocksText(children).replace(/\n+/g, " ");
}
