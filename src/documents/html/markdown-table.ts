import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { phrasing, textContent } from "./markdown-text.js";
import { stripPresentation } from "./presentation.js";

/** Cell content GFM cannot hold on one line. */
const BLOCKS = new Set(["ul", "ol", "dl", "blockquote", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "details", "figure", "br"]);

/**
 * A table as GitHub-flavoured Markdown: a header row (empty when the table has none), a
 * delimiter row and one row per `<tr>`, cells padded to their column's width. A GFM cell is one
 * line of inline content; a table whose cells hold lists, several paragraphs, multi-line code
 * or line breaks cannot be written as one without losing them, so it stays HTML (a CommonMark
 * HTML block) on one line, so a blank line in its code cannot end the block: newlines become
 * `&#10;`, which HTML reads as the same character. One-line code blocks in cells become inline code.
 */
export function tableMarkdown(table: Element): string {
  const rows = rowsOf(table);
  if (!rows.every((row) => row.cells.every(fitsGfm))) return htmlTable(table);
  const cells = rows.map((row) => row.cells.map((cell) => cellText(cell)));
  if (!rows[0]?.header) cells.unshift([]);
  const columns = Math.max(1, ...cells.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(1, ...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => `| ${widths.map((width, column) => (row[column] ?? "").padEnd(width)).join(" | ")} |`;
  return [line(cells[0]!), `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`, ...cells.slice(1).map(line)].join("\n");
}

interface Row {
  header: boolean;
  cells: Element[];
}

/** The rows of a table in order (`thead`, `tbody`, `tfoot` or bare), a cell spanning columns repeated as empty cells. */
function rowsOf(table: Element): Row[] {
  const rows: Row[] = [];
  const visit = (parent: Element, inHead: boolean) => {
    for (const child of parent.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "tr") rows.push({ header: inHead || isHeaderRow(child, rows.length), cells: cellsOf(child) });
      else if (["thead", "tbody", "tfoot"].includes(child.tagName)) visit(child, child.tagName === "thead");
    }
  };
  visit(table, false);
  return rows;
}

/** A first row of `<th>` cells is the header even outside `<thead>`. */
function isHeaderRow(row: Element, index: number): boolean {
  const cells = row.children.filter((c): c is Element => c.type === "element");
  return index === 0 && cells.length > 0 && cells.every((cell) => cell.tagName === "th");
}

function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (const child of row.children) {
    if (child.type !== "element" || (child.tagName !== "td" && child.tagName !== "th")) continue;
    cells.push(child);
    const span = Number(child.properties.colSpan ?? 1);
    for (let extra = 1; extra < Math.min(span, 1000); extra++) cells.push({ type: "element", tagName: "td", properties: {}, children: [] });
  }
  return cells;
}

function fitsGfm(cell: Element): boolean {
  let paragraphs = 0;
  const fits = (element: Element): boolean =>
    element.children.every((child) => {
      if (child.type !== "element") return true;
      if (child.tagName === "p" && element === cell) paragraphs++;
      if (BLOCKS.has(child.tagName) || (child.tagName === "pre" && textContent(child).includes("\n"))) return false;
      return fits(child);
    });
  return fits(cell) && paragraphs <= 1;
}

function cellText(cell: Element): string {
  return phrasing(inlineCode(cell.children), { inTable: true });
}

/** One-line `<pre>` blocks in a cell read as inline `<code>`. */
function inlineCode(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map((node): ElementContent => {
    if (node.type !== "element") return node;
    if (node.tagName === "pre") return { type: "element", tagName: "code", properties: {}, children: [{ type: "text", value: textContent(node) }] };
    return { ...node, children: inlineCode(node.children) };
  });
}

/** The table as HTML on one line, without presentation (it may not have been stripped: see derive-html.ts). */
function htmlTable(table: Element): string {
  // The table's own attributes go too: stripped as the child of a holder.
  const holder: Element = { type: "element", tagName: "div", properties: {}, children: [structuredClone(table)] };
  stripPresentation(holder);
  return toHtml(holder.children).replace(/\n/g, "&#10;");
}
