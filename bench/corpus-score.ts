/**
 * Scores one published page against its source for the corpus harness: code blocks kept,
 * headings kept, how much the page shrank, residue left. Pure.
 */
import { decodeEntities } from "../src/documents/markdown/entities.js";
import { closesFence, fenceOpenedBy } from "../src/documents/markdown/fences.js";
import { dedentLine, indentWidth } from "../src/documents/markdown/indent.js";
import { residueIn, type Residue } from "./corpus-residue.js";

/** How one page fared. */
export interface PageScore {
  residue: Residue[];
  /** Source code blocks (fenced, any indentation) whose code is not in the page. */
  lostCode: string[];
  codeBlocks: number;
  /** Source headings whose words are not in the page. */
  lostHeadings: string[];
  headings: number;
  /** Published length divided by source body length. */
  ratio: number;
}

/** Languages of fences that are not code to a reader (Docusaurus renders them as MDX). */
const RENDERED_FENCES = /^(?:mdx-code-block)\b/;

export function scorePage(sourceBody: string, published: string): PageScore {
  const sourceBlocks = [...codeBlocksOf(sourceBody).filter((block) => !RENDERED_FENCES.test(block.info)), ...shortcodeCodeOf(sourceBody)];
  const publishedBlocks = new Set(codeBlocksOf(published).map((block) => block.code));
  const lostCode = sourceBlocks.filter((block) => !publishedBlocks.has(block.code)).map((block) => block.code);
  const headings = headingsOf(sourceBody);
  const words = normalized(published);
  const lostHeadings = headings.filter((heading) => !words.includes(normalized(heading)));
  const ratio = sourceBody.trim().length === 0 ? 1 : published.trim().length / sourceBody.trim().length;
  return { residue: residueIn(published), lostCode, codeBlocks: sourceBlocks.length, lostHeadings, headings: headings.length, ratio };
}

interface CodeBlock {
  info: string;
  /** The lines between the fences, without blockquote markers and the fence's indentation (as CommonMark reads them). */
  code: string;
}

const QUOTE_PREFIX = /^(?:[ \t]*>[ \t]?)+/;

/** Fenced code blocks at any indentation or quote depth. */
export function codeBlocksOf(markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const quote = QUOTE_PREFIX.exec(lines[i]!)?.[0] ?? "";
    const line = lines[i]!.slice(quote.length);
    const fence = fenceOpenedBy(line);
    if (!fence) continue;
    const info = line.trim().replace(/^[`~]+/, "").trim();
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const inner = lines[j]!.startsWith(quote) ? lines[j]!.slice(quote.length) : lines[j]!.replace(QUOTE_PREFIX, "");
      if (closesFence(inner, fence)) break;
      body.push(inner);
    }
    const indent = indentWidth(line);
    blocks.push({ info, code: body.map((inner) => dedentLine(inner, indent)).join("\n").trimEnd() });
    i = j;
  }
  return blocks;
}

const CODE_SHORTCODE = /^([ \t]*)\{\{[<%]-?\s*(code-toggle|highlight)\b[^\n]*?(?<!\/)\s*[>%]\}\}\n([\s\S]*?)\n[ \t]*\{\{[<%]-?\s*\/\2\s*-?[>%]\}\}/gm;

/** Code in Hugo `code-toggle` / `highlight` shortcodes: a reader sees it as a code block. */
function shortcodeCodeOf(markdown: string): CodeBlock[] {
  return [...markdown.matchAll(CODE_SHORTCODE)].map((match) => {
    const indent = indentWidth(match[1]!);
    return { info: match[2]!, code: match[3]!.split("\n").map((line) => dedentLine(line, indent)).join("\n").trimEnd() };
  });
}

const ATX = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** ATX headings outside fenced code. */
export function headingsOf(markdown: string): string[] {
  const headings: string[] = [];
  let fence: ReturnType<typeof fenceOpenedBy>;
  for (const line of markdown.split("\n")) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = fenceOpenedBy(line);
    const heading = fence ? undefined : ATX.exec(line)?.[1];
    if (heading && normalized(heading) !== "") headings.push(heading);
  }
  return headings;
}

/** Words only: tags, expressions, attribute lists, markup and punctuation removed, lower case. */
function normalized(text: string): string {
  return decodeEntities(text)
    .replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>|\{[^{}\n]*\}/g, " ")
    .replace(/\]\([^)]*\)/g, " ")
    .replace(/:[\w-]+:/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
}
