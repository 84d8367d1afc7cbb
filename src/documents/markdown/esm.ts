import type { BlockRule } from "./block-rule.js";

/**
 * MDX `import` / `export` statements (also found in Docusaurus `.md` files). A statement starts
 * at column 0 and runs over several lines while brackets are open or a line ends mid-expression.
 * Only text that reads as a real statement is removed, so prose such as "import your data"
 * stays.
 */
const START = /^(?:import[\s{*"']|export\s)/;
const IMPORT = /^import\s*(?:["']|[\s\S]*?\bfrom\s*["'])/;
const EXPORT = /^export\s+(?:const|let|var|function|async\s+function|class|default|type|interface|\{|\*)/;
const CONTINUES = /(?:[,({[=+\-*/&|?:]|=>)\s*$/;
const CONTINUED = /^\s*(?:from\b|[.?:)\]}]|&&|\|\|)/;

export const esmStatement: BlockRule = (lines, start) => {
  if (!START.test(lines[start]!)) return undefined;
  let depth = 0;
  let end = start;
  for (; end < lines.length; end++) {
    depth = Math.max(0, depth + bracketBalance(lines[end]!));
    const next = lines[end + 1];
    const open = depth > 0 || CONTINUES.test(lines[end]!) || (next !== undefined && CONTINUED.test(next));
    if (!open || next === undefined) break;
  }
  const statement = lines.slice(start, end + 1).join("\n");
  if (!IMPORT.test(statement) && !EXPORT.test(statement)) return undefined;
  return { lines: [], next: end + 1 };
};

/** Opening minus closing brackets on one line, ignoring those inside string literals and `//` comments. */
function bracketBalance(line: string): number {
  let balance = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "/" && line[i + 1] === "/") break;
    else if ("({[".includes(char)) balance++;
    else if (")}]".includes(char)) balance--;
  }
  return balance;
}
