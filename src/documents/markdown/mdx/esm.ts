import type { BlockRule } from "../block-rule.js";
import { excerpt } from "../context.js";
import { isBlank } from "../indent.js";
import { moduleError } from "./js-extent.js";

/**
 * MDX `import` / `export` blocks (also in Docusaurus `.md` files, which are MDX). As in
 * micromark-extension-mdxjs-esm, a block starts at column 0 and runs to a blank line; the
 * JavaScript parser says whether it is ESM, and when it ends mid-statement the block goes on past
 * the blank line. Text that is not ESM stays: prose such as "import your data" is kept, and so is
 * Markdown written right under the statements (as MDX 1 allowed). A block that reads like a
 * statement but is not valid JavaScript is dropped with a warning.
 */
const START = /^(?:import|export)[\s{*"']/;
const IMPORT = /^import\s*(?:["']|[\s\S]*?\bfrom\s*["'])/;
const EXPORT = /^export\s+(?:const|let|var|function|async\s+function|class|default|type|interface|\{|\*)/;
/** How many blank-line-separated chunks one statement may span. */
const MAX_CHUNKS = 20;
/**
 * One-line imports of the usual shapes (`import X from 'x';`, `import { A, B } from "y"`,
 * `import './a.css'`), valid ESM without asking the parser: measured on the MDX benchmark,
 * parsing every page's imports cost a tenth of its cleanup.
 */
const PLAIN_IMPORT = /^import\s+(?:(?:[\w$]+\s*,\s*)?(?:[\w$]+|\{[\w$\s,]*\}|\*\s+as\s+[\w$]+)\s+from\s+)?(["'])[^"'\n]+\1\s*;?\s*$/;

export const esmStatement: BlockRule = (lines, start, _rewrite, context) => {
  if (!START.test(lines[start]!)) return undefined;
  let end = chunkEnd(lines, start);
  if (lines.slice(start, end).every((line) => PLAIN_IMPORT.test(line))) return { lines: [], next: end };
  for (let chunks = 1; chunks <= MAX_CHUNKS; chunks++) {
    const source = lines.slice(start, end).join("\n");
    const error = moduleError(source);
    if (!error) return { lines: [], next: end };
    const atEnd = error.pos >= source.trimEnd().length;
    if (atEnd && end < lines.length) {
      end = chunkEnd(lines, end);
      continue;
    }
    return validPrefix(lines, start, source, error.pos) ?? unreadable(lines, start, context, error.message);
  }
  return undefined;
};

/** The lines before the one the parser stopped on, when they are ESM on their own (Markdown written right under imports). */
function validPrefix(lines: readonly string[], start: number, source: string, pos: number) {
  const failedLine = start + source.slice(0, pos).split("\n").length - 1;
  if (failedLine <= start) return undefined;
  return moduleError(lines.slice(start, failedLine).join("\n")) ? undefined : { lines: [], next: failedLine };
}

function unreadable(lines: readonly string[], start: number, context: Parameters<BlockRule>[3], message: string) {
  const end = chunkEnd(lines, start);
  const statement = lines.slice(start, end).join("\n");
  if (!IMPORT.test(statement) && !EXPORT.test(statement)) return undefined;
  context.warn(`MDX ${statement.startsWith("import") ? "import" : "export"} ${excerpt(statement, 0, statement.indexOf("\n") === -1 ? statement.length : statement.indexOf("\n"))} is not valid JavaScript (${message}); expected an ES module statement; dropped`);
  return { lines: [], next: end };
}

/** The index of the first blank line at or after `from` past a non-blank line (the end of the page when none). */
function chunkEnd(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i]!)) i++;
  while (i < lines.length && !isBlank(lines[i]!)) i++;
  return i;
}
