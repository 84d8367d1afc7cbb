import { Parser, type Node, type Options } from "acorn";
import jsx from "acorn-jsx";

/**
 * Finding where MDX's JavaScript ends, with the JavaScript parser MDX itself uses (acorn with
 * acorn-jsx, as micromark-extension-mdxjs does): strings, template literals, comments, regular
 * expressions and JSX inside an expression never confuse it, where counting braces would.
 */
const JsParser = Parser.extend(jsx());
const OPTIONS: Options = { ecmaVersion: "latest", sourceType: "module", allowHashBang: false };

/**
 * The expressions most pages hold (`{props.limit}`, `{' '}`, `{"text"}`, `{42}`), read without
 * the parser: measured on the MDX benchmark, building a parser per expression costs more than
 * reading the page. Anything else goes to acorn.
 */
const SIMPLE = /^\{\s*(?:([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|\d+)|'([^'\\\n{}]*)'|"([^"\\\n{}]*)")\s*\}/;

/** Runs `parse` with no stack traces captured: acorn reports invalid JavaScript by throwing, and MDX pages meet some on purpose. */
function withoutStacks<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Parses `source` as an ES module (MDX `import` / `export` blocks); undefined when it parses, else the error and its offset. */
export function moduleError(source: string): { message: string; pos: number } | undefined {
  try {
    withoutStacks(() => JsParser.parse(source, OPTIONS));
    return undefined;
  } catch (error) {
    const { message, pos } = error as Error & { pos?: number };
    return { message: message.replace(/ \(\d+:\d+\)$/, ""), pos: pos ?? 0 };
  }
}

/** An expression never spans more than this; a `{` that opens nothing is text, not the rest of the page. */
export const MAX_EXPRESSION_LENGTH = 20_000;

/** Where an MDX expression ends and what it shows, or why it could not be read. */
export type ExpressionExtent =
  | { ok: true; end: number; node?: Node }
  | { ok: false; end?: number; reason: string };

/**
 * Reads the MDX expression whose `{` is at `at`: empty or comment-only (`{/* … *\/}`), a
 * spread (`{...props}`, in attributes), or one JavaScript expression, then `}`. `end` is just
 * past the `}`. When acorn cannot read it, `end` is where counting braces would close it (when
 * they do), so the caller can drop the code and keep the text after it.
 */
export function expressionExtent(text: string, at: number): ExpressionExtent {
  // Parsed from a slice starting at the brace: acorn locates an error by counting lines from the
  // start of its input, which must not be the start of a large page for every brace.
  const source = text.slice(at, at + MAX_EXPRESSION_LENGTH);
  const simple = SIMPLE.exec(source);
  if (simple) {
    const value = simple[2] ?? simple[3];
    return { ok: true, end: at + simple[0].length, node: value === undefined ? undefined : ({ type: "Literal", value } as unknown as Node) };
  }
  const shifted = (extent: ExpressionExtent): ExpressionExtent => (extent.end === undefined ? extent : { ...extent, end: extent.end + at });
  let i = skipTrivia(source, 1);
  if (source[i] === "}") return { ok: true, end: at + i + 1 };
  if (source.startsWith("...", i)) i += 3;
  try {
    const node = withoutStacks(() => JsParser.parseExpressionAt(source, i, OPTIONS));
    const close = skipTrivia(source, node.end);
    if (source[close] === "}") return { ok: true, end: at + close + 1, node };
    return shifted(failed(source, `expected "}" after the expression, found ${JSON.stringify(source.slice(close, close + 12))}`));
  } catch (error) {
    return shifted(failed(source, (error as Error).message.replace(/ \(\d+:\d+\)$/, "")));
  }
}

function failed(source: string, reason: string): ExpressionExtent {
  const end = braceEnd(source, 0);
  return end === undefined ? { ok: false, reason } : { ok: false, end, reason };
}

/** Skips whitespace and JavaScript comments; an unclosed block comment runs to the end. */
export function skipTrivia(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close === -1 ? text.length : close + 2;
    } else if (text.startsWith("//", i)) {
      const newline = text.indexOf("\n", i);
      i = newline === -1 ? text.length : newline + 1;
    } else return i;
  }
}

/**
 * The fallback for JavaScript acorn rejects: the `}` balancing the `{` at `at`, skipping quoted
 * strings on one line. Only used to know how much code to drop.
 */
function braceEnd(text: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const char = text[i]!;
    if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i + 1;
    else if (char === '"' || char === "'" || char === "`") {
      const close = text.indexOf(char, i + 1);
      const newline = char === "`" ? -1 : text.indexOf("\n", i + 1);
      if (close !== -1 && (newline === -1 || close < newline)) i = close;
    } else if (char === "\n" && text[i + 1] === "\n" && depth === 1 && text[at + 1] !== "/") return undefined;
  }
  return undefined;
}

/**
 * What an expression shows as text: the value of a lone string literal or of a template literal
 * without substitutions (`{' '}`, `{"a < b"}`), otherwise nothing, since kb-publish never runs code.
 */
export function expressionValue(node: Node | undefined): string {
  if (!node) return "";
  const value = node as Node & { value?: unknown; expressions?: unknown[]; quasis?: { value: { cooked?: string } }[] };
  if (node.type === "Literal" && typeof value.value === "string") return value.value;
  if (node.type === "TemplateLiteral" && value.expressions?.length === 0) return value.quasis?.[0]?.value.cooked ?? "";
  return "";
}

/** The text an expression source shows (see {@link expressionValue}); empty when it is not one expression. */
export function expressionSourceValue(source: string): string {
  if (!source.startsWith("{")) return source;
  const extent = expressionExtent(source, 0);
  return extent.ok && extent.end === source.length ? expressionValue(extent.node) : "";
}
