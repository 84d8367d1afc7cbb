import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

// Created once per process: building a processor costs far more than parsing one page.
const processor = unified().use(remarkParse).freeze();

/** Parses CommonMark into mdast with source positions. Never throws on any input text. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
