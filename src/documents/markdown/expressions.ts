/** An expression never spans more than this; an unbalanced `{` is text, not the rest of the page. */
export const MAX_EXPRESSION_LENGTH = 20_000;

/**
 * The index just past the `}` that balances the `{` at `at`, skipping braces inside string and
 * template literals and comments; undefined when it is not balanced before index `end`
 * (default: {@link MAX_EXPRESSION_LENGTH} characters on).
 */
export function expressionEnd(text: string, at: number, end = at + MAX_EXPRESSION_LENGTH): number | undefined {
  let depth = 0;
  const limit = Math.min(text.length, end);
  for (let i = at; i < limit; i++) {
    const char = text[i]!;
    if (char === "{") depth++;
    else if (char === "}") {
      depth--;
      if (depth === 0) return i + 1;
    } else if (char === '"' || char === "'" || char === "`") {
      i = stringEnd(text, i, limit);
    } else if (char === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      if (close === -1) return undefined;
      i = close + 1;
    }
  }
  return undefined;
}

/** Index of the quote closing the literal opened at `at` (the limit when it never closes). */
function stringEnd(text: string, at: number, limit: number): number {
  const quote = text[at];
  for (let i = at + 1; i < limit; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
    else if (quote !== "`" && text[i] === "\n") return i;
  }
  return limit;
}

const STRING_EXPRESSION = /^\{\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`)\s*\}$/;

/**
 * What an expression shows as text: the value of a lone string literal (`{' '}`, `{"a < b"}`),
 * otherwise nothing, since kb-publish never evaluates code.
 */
export function expressionText(expression: string): string {
  const match = STRING_EXPRESSION.exec(expression);
  if (!match) return "";
  const value = match[1] ?? match[2] ?? match[3] ?? "";
  return value.replace(/\\(.)/g, "$1");
}
