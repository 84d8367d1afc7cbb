import type { BlockRule } from "./block-rule.js";
import { codeShortcode } from "./code-shortcodes.js";
import { directiveContainer } from "./containers.js";
import { esmStatement } from "./esm.js";
import { fenceEnd, fenceOpenedBy } from "./fences.js";
import { indentWidth } from "./indent.js";
import { unwrapMdxCodeBlock } from "./mdx-code-block.js";
import { mkdocsAdmonition, mkdocsTab } from "./mkdocs.js";
import { noteShortcode } from "./notices.js";
import { docsyTabpane } from "./tabpanes.js";
import type { Flavor } from "./options.js";

/**
 * Line-level rules that run before the page is parsed, because CommonMark would misread what
 * they rewrite: indented MkDocs bodies look like code, highlight shortcodes hide code in
 * paragraphs, and a note needs its lines quoted. Fenced code is copied untouched, except
 * Docusaurus's `mdx-code-block` fences, which are rendered content, not code.
 */
const RULES: readonly BlockRule[] = [esmStatement, docsyTabpane, codeShortcode, directiveContainer, mkdocsAdmonition, mkdocsTab, noteShortcode];

/** Quick test for anything a rule could match, so most pages skip the line scan entirely. */
const TRIGGER = /^[ \t]*(?::::|!!!|\?\?\?|===|\{\{[<%]|\{%|import[\s{*"']|export\s|(?:`{3,}|~{3,})[ \t]*mdx-code-block)/m;

/**
 * Applies the block rules outside fenced code. In Markdown a line indented four columns or more
 * may be an indented code block, so no rule starts there; MDX has no indented code.
 */
export function rewriteBlocks(text: string, flavor: Flavor): string {
  if (!TRIGGER.test(text)) return text;
  const maxIndent = flavor === "md" ? 3 : Number.POSITIVE_INFINITY;
  const rewriteLines = (lines: string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < lines.length; ) i = rewriteAt(lines, i, out, { maxIndent, rewriteLines });
    return out;
  };
  return rewriteLines(text.split("\n")).join("\n");
}

interface ScanContext {
  maxIndent: number;
  rewriteLines: (lines: string[]) => string[];
}

/** Rewrites the construct at line `i` into `out`; returns the index of the next unread line. */
function rewriteAt(lines: string[], i: number, out: string[], context: ScanContext): number {
  const line = lines[i]!;
  const indent = indentWidth(line);
  if (indent <= context.maxIndent && fenceOpenedBy(line)) {
    const end = fenceEnd(lines, i);
    out.push(...(unwrapMdxCodeBlock(lines, i, end, context.rewriteLines) ?? lines.slice(i, end + 1)));
    return end + 1;
  }
  const rewrite = indent <= context.maxIndent ? applyFirstRule(lines, i, context.rewriteLines) : undefined;
  if (!rewrite) {
    out.push(line);
    return i + 1;
  }
  out.push(...rewrite.lines);
  return rewrite.next;
}

function applyFirstRule(lines: readonly string[], start: number, rewriteLines: (lines: string[]) => string[]) {
  for (const rule of RULES) {
    const rewrite = rule(lines, start, rewriteLines);
    if (rewrite && rewrite.next > start) return rewrite;
  }
  return undefined;
}
