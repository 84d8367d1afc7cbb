import type { Nodes } from "mdast";
import { stripMarks } from "./marks.js";
import { quietContext } from "./context.js";
import { cleanMarkup } from "./markup.js";
import type { Flavor } from "./options.js";
import { joinParts, literalPart, mapText, textPart } from "./parts.js";
import type { Part } from "./parts.js";
import { parseMarkdown } from "./processor.js";
import { cleanTemplates } from "./templates.js";
import { cleanText } from "./text.js";

/**
 * The readable text of a heading, from its source: inline Markdown read by the CommonMark
 * parser (only this short text is parsed), then cleaned like the page, so
 * `The *real* \`code\` title {{< version >}} {#id}` reads "The real code title".
 */
export function headingTitle(source: string, flavor: Flavor): string | undefined {
  const parts: Part[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "inlineCode") parts.push(literalPart(node.value));
    else if (node.type === "text" || node.type === "html") parts.push(textPart(node.value));
    else if (node.type === "break") parts.push(textPart(" "));
    else if ("children" in node) node.children.forEach((child) => {
      visit(child);
      if (child.type === "paragraph") parts.push(textPart(" "));
    });
  };
  visit(parseMarkdown(source));
  const templated = flavor === "md" ? mapText(parts, cleanTemplates) : parts;
  const cleaned = joinParts(mapText(cleanMarkup(templated, quietContext(flavor)), (text) => cleanText(text, flavor)));
  const text = stripMarks(cleaned).replace(/\{[ \t]*[#.][^{}]*\}\s*$/, "").replace(/\s+/g, " ").trim();
  return text || undefined;
}
