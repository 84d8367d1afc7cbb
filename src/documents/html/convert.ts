import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { blocks } from "./markdown-blocks.js";

export { stripPresentation } from "./presentation.js";

/** The content's inner HTML (the wrapper element itself left out), trimmed. */
export function htmlOf(content: Element): string {
  return toHtml(content.children).trim();
}

/** The content as GitHub-flavoured Markdown (see markdown-blocks.ts), ending in one newline (empty text for no content). */
export function markdownOf(content: Element): string {
  const markdown = blocks(content.children).join("\n\n").trim();
  return markdown ? `${markdown}\n` : "";
}
