import type { BlockRule } from "./block-rule.js";
import { scanBlocks, type LineKind } from "./scanner.js";
import { codeShortcode } from "./code-shortcodes.js";
import { directiveContainer } from "./containers.js";
import type { CleanContext } from "./context.js";
import { fenceEnd, fenceOpenedBy } from "./fences.js";
import { unwrapMdxCodeBlock } from "./mdx-code-block.js";
import { esmStatement } from "./mdx/esm.js";
import { htmlBlock } from "./html-block.js";
import { mdxFlowExpression } from "./mdx/flow-expression.js";
import { mdxFlowTag } from "./mdx/flow-tag.js";
import { mkdocsAdmonition, mkdocsTab } from "./mkdocs.js";
import { noteShortcode } from "./notices.js";
import { docsyTabpane } from "./tabpanes.js";

/**
 * Line-level rules that run before the page is parsed, because CommonMark would misread what
 * they rewrite: indented MkDocs bodies look like code, highlight shortcodes hide code in
 * paragraphs, and a note needs its lines quoted. Fenced code is copied untouched, except
 * Docusaurus's `mdx-code-block` fences, which are rendered content, not code.
 */
// ESM in a Markdown page is an MDX habit (a site whose generator was not detected): removed too.
const COMMON_RULES: readonly BlockRule[] = [esmStatement, docsyTabpane, codeShortcode, directiveContainer, mkdocsAdmonition, mkdocsTab, noteShortcode, htmlBlock];
const RULES: Readonly<Record<CleanContext["flavor"], readonly BlockRule[]>> = {
  md: COMMON_RULES,
  mdx: [...COMMON_RULES, mdxFlowTag, mdxFlowExpression],
};

/** Quick test for anything a rule could match, so most pages skip the line scan entirely. */
const TRIGGERS: Readonly<Record<CleanContext["flavor"], RegExp>> = {
  md: /^[ \t]*(?::::|!!!|\?\?\?|===|\{\{[<%]|\{%|<[a-z]|import[\s{*"']|export\s|(?:`{3,}|~{3,})[ \t]*mdx-code-block)/m,
  mdx: /^[ \t]*(?::::|!!!|\?\?\?|===|\{|<[A-Za-z]|import[\s{*"']|export\s|(?:`{3,}|~{3,})[ \t]*mdx-code-block)/m,
};

/**
 * Applies the block rules outside code. In Markdown the block scan says which lines are indented
 * code (four columns in, after a blank line, outside a list item): no rule starts there, while a
 * shortcode or admonition nested in a list item is read. MDX has no indented code.
 */
export function rewriteBlocks(text: string, context: CleanContext): string {
  if (!TRIGGERS[context.flavor].test(text)) return text;
  const rules = RULES[context.flavor];
  const rewriteLines = (lines: string[]): string[] => {
    const kinds = context.flavor === "md" ? scanBlocks(lines, "md").kinds : undefined;
    const out: string[] = [];
    for (let i = 0; i < lines.length; ) i = rewriteAt(lines, i, out, { kinds, rules, rewriteLines, context });
    return out;
  };
  return rewriteLines(text.split("\n")).join("\n");
}

interface ScanContext {
  /** Markdown: what each line is (indented code is left alone). */
  kinds: LineKind[] | undefined;
  rules: readonly BlockRule[];
  rewriteLines: (lines: string[]) => string[];
  context: CleanContext;
}

/** Rewrites the construct at line `i` into `out`; returns the index of the next unread line. */
function rewriteAt(lines: string[], i: number, out: string[], context: ScanContext): number {
  const line = lines[i]!;
  const kind = context.kinds?.[i];
  const first = firstNonBlank(line);
  const fenced = (first === "`" || first === "~" || first === ">") && kind !== "indented" && fenceOpenedBy(line);
  if (fenced && (kind === undefined || kind === "fence")) {
    const end = fenceEnd(lines, i);
    out.push(...(unwrapMdxCodeBlock(lines, i, end, context.rewriteLines) ?? lines.slice(i, end + 1)));
    return end + 1;
  }
  const rewrite = kind === "indented" || !RULE_STARTS.has(first) ? undefined : applyFirstRule(lines, i, context);
  if (!rewrite) {
    out.push(line);
    return i + 1;
  }
  out.push(...rewrite.lines);
  return rewrite.next;
}

/** The first characters any rule's line can start with (after indentation): most lines skip every rule. */
const RULE_STARTS = new Set(["{", ":", "!", "?", "=", "<", "i", "e"]);

function firstNonBlank(line: string): string {
  let i = 0;
  while (line[i] === " " || line[i] === "\t") i++;
  return line[i] ?? "";
}

function applyFirstRule(lines: readonly string[], start: number, scan: ScanContext) {
  for (const rule of scan.rules) {
    const rewrite = rule(lines, start, scan.rewriteLines, scan.context);
    if (rewrite && rewrite.next > start) return rewrite;
  }
  return undefined;
}
