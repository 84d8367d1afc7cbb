import type { Heading, Nodes, Root } from "mdast";
import { cleanMarkup } from "./markup.js";
import type { Flavor } from "./options.js";
import { joinParts, literalPart, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { cleanTemplates } from "./templates.js";
import { mapText } from "./parts.js";

/**
 * The readable text of the first top-level depth-1 heading (ATX `#` or setext `===`), cleaned
 * like the page: `# Install {{< version >}} {#install}` reads "Install". Headings inside code,
 * quotes, lists or JSX are not the page's title.
 */
export function firstHeadingTitle(tree: Root, flavor: Flavor): string | undefined {
  for (const node of tree.children) {
    if (node.type !== "heading" || node.depth !== 1) continue;
    const text = cleanHeadingText(headingParts(node), flavor);
    if (text) return text;
  }
  return undefined;
}

function headingParts(node: Heading): Part[] {
  const parts: Part[] = [];
  const visit = (child: Nodes): void => {
    if (child.type === "inlineCode") parts.push(literalPart(child.value));
    else if (child.type === "text" || child.type === "html") parts.push(textPart(child.value));
    else if ("children" in child) child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return parts;
}

function cleanHeadingText(parts: Part[], flavor: Flavor): string {
  const cleaned = cleanMarkup(mapText(parts, cleanTemplates), flavor);
  return joinParts(cleaned)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0001]\d*\u0000?/g, "")
    .replace(/\{[ \t]*[#.][^{}]*\}\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}
