// Reading values out of JavaScript config files as text: never executed, so only literals (and
// constants that hold literals) are seen. Enough for the shapes real configs use: a literal, a
// ternary choosing between literals, a shorthand property naming a constant.

const QUOTED = /^(['"`])((?:\\.|(?!\1)[^\\])*)\1$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const OPENERS = "{[(";
const CLOSERS = "}])";

/** The text without `/* … *\/` and `// …` comments (`//` only at a line start or after whitespace, so URLs survive). */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
}

/** The text between the bracket that ends `opener` and its matching closing bracket. */
export function blockAfter(text: string, opener: RegExp, open = "{", close = "}"): string | undefined {
  const match = opener.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'" || char === '"' || char === "`") {
      index = endOfString(text, index);
      continue;
    }
    if (char === open) depth++;
    if (char === close && --depth === 0) return text.slice(start, index);
  }
  return undefined;
}

export function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === quote) return index;
  }
  return text.length;
}

/**
 * The top-level items of `text` split at commas (list items, arguments), ignoring commas inside
 * brackets and strings. The last item ends at an unmatched closing bracket.
 */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let index = 0;
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'" || char === '"' || char === "`") index = endOfString(text, index);
    else if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && --depth < 0) break;
    else if (char === "," && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start, index));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * The value expression of property `name` in `scope` (`name: <expr>`), or — for a shorthand
 * property (`{ locales }`) or a value that is just a name — of the constant declared with that
 * name in `code` (`const locales = {…}`).
 */
export function propertyValue(scope: string, code: string, name: string): string | undefined {
  const property = new RegExp(`(?:^|[^\\w$.])(['"]?)${name}\\1\\s*:\\s*`).exec(scope);
  if (property) return resolved(code, firstPart(scope.slice(property.index + property[0].length)));
  if (new RegExp(`(?:^|[{,])\\s*${name}\\s*(?:[,}]|$)`).test(scope)) return declaredValue(code, name);
  return undefined;
}

/** A name declared with `const`, `let` or `var`: its value expression. */
function declaredValue(code: string, name: string): string | undefined {
  const declaration = new RegExp(`(?:^|[^\\w$.])(?:const|let|var)\\s+${name}\\s*=\\s*`).exec(code);
  if (!declaration) return undefined;
  const rest = code.slice(declaration.index + declaration[0].length);
  return rest.slice(0, statementEnd(rest)).trim();
}

// A statement ends at a top-level `;`, an unmatched closer, or a line starting the next statement
// (configs written without semicolons).
const NEXT_STATEMENT = /^\s*(?:export|import|const|let|var|function|class|async|module\.exports)\b/;

function statementEnd(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'" || char === '"' || char === "`") index = endOfString(text, index);
    else if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && --depth < 0) return index;
    else if (depth === 0 && (char === ";" || (char === "\n" && NEXT_STATEMENT.test(text.slice(index + 1))))) return index;
  }
  return text.length;
}

/** A string literal's text, or that of the constant a name refers to. */
export function stringValue(code: string, expression: string): string | undefined {
  const text = resolved(code, expression.trim());
  return text === undefined ? undefined : QUOTED.exec(text)?.[2];
}

/**
 * The longest array of strings among the arrays an expression can evaluate to: the literal
 * itself, or each branch of a ternary (`CI ? [CI_LOCALE] : ['en', 'fr']`). Items that are
 * names of string constants are resolved; other items are skipped.
 */
export function longestStringList(code: string, expression: string): string[] {
  let best: string[] = [];
  for (const list of arraysIn(expression)) {
    const items = topLevelParts(list).map((item) => stringValue(code, item)).filter((item): item is string => item !== undefined);
    if (items.length > best.length) best = items;
  }
  return best;
}

function arraysIn(expression: string): string[] {
  const arrays: string[] = [];
  for (let index = 0; index < expression.length; index++) {
    const char = expression[index]!;
    if (char === "'" || char === '"' || char === "`") index = endOfString(expression, index);
    else if (char === "[") {
      const body = blockAfter(expression.slice(index), /^\[/, "[", "]") ?? "";
      arrays.push(body);
      index += body.length + 1;
    }
  }
  return arrays;
}

function firstPart(text: string): string {
  return topLevelParts(text)[0] ?? "";
}

/** A bare name becomes its declared value (one level: enough for `defaultLocale: DEFAULT_LOCALE`). */
function resolved(code: string, expression: string): string | undefined {
  return IDENTIFIER.test(expression) ? declaredValue(code, expression) : expression;
}
