import { posix } from "node:path";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";

/**
 * The text of the first top-level depth-1 heading (ATX `#` or setext `===`). Headings inside
 * code, quotes or lists are not the page's title, so only top-level nodes are considered.
 */
export function firstHeadingText(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== "heading" || node.depth !== 1) continue;
    const text = toString(node).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return undefined;
}

/** The file name without its last extension: `guides/install.fr.md` -> `install.fr`. */
export function titleFromPath(sourcePath: string): string {
  const name = posix.basename(sourcePath.replaceAll("\\", "/"));
  const extension = posix.extname(name);
  return (extension ? name.slice(0, -extension.length) : name).normalize("NFC");
}
