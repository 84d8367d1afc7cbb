/**
 * The frontmatter most pages carry — one `key: value` per line, each value a plain word or
 * sentence, a number, a boolean, a quoted string without escapes, or a flow list of those — read
 * without building a YAML document. Anything else answers `undefined` and goes to the `yaml`
 * package, which stays the reference: this reader must return exactly what `yaml` would
 * (YAML 1.2 core schema), or nothing (pinned by frontmatter-yaml-fast.test.ts against `yaml`).
 *
 * Why by hand: `yaml` builds a full document (lexer, CST, AST, then JS) for three lines; that was
 * about 15% of deriving a page in a 10,000-page first sync, and this reader takes a tenth of it.
 */
export function readSimpleYaml(block: string): Record<string, unknown> | undefined {
  // Comments, tabs, carriage returns, escapes, control and non-BMP characters: the library's.
  if (UNSUPPORTED_ANYWHERE.test(block)) return undefined;
  const data: Record<string, unknown> = {};
  for (const line of block.split("\n")) {
    if (line === "") continue;
    const entry = ENTRY.exec(line);
    if (!entry) return undefined;
    const key = entry[1]!;
    if (Object.hasOwn(data, key) || RESERVED_KEYS.has(key) || !isString(key)) return undefined;
    const value = valueOf(trimSpaces(entry[2] ?? ""));
    if (value === UNSUPPORTED) return undefined;
    data[key] = value;
  }
  return data;
}

const UNSUPPORTED = Symbol("unsupported");
type Value = string | number | boolean | null | Value[];

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSUPPORTED_ANYWHERE = /[#\t\r\\\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
/** A key at the start of the line, then `:` and a space or the end of the line. */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?:$| (.*)$)/;
/** Keys a plain object must not take as data. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
/** Characters that give a plain scalar's first character another meaning (YAML 1.2 §6.1). */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`.]/;
/** In a line's value, `: ` or a trailing `:` would start a nested mapping. */
const MAPPING_INSIDE = /:(?: |$)/;

function valueOf(text: string): Value | typeof UNSUPPORTED {
  return text.startsWith("[") ? flowList(text) : scalarOf(text, MAPPING_INSIDE);
}

/** YAML separates with spaces (and tabs, refused above), not with every character String.trim drops. */
function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, "");
}

function flowList(text: string): Value[] | typeof UNSUPPORTED {
  if (!text.endsWith("]")) return UNSUPPORTED;
  const inner = trimSpaces(text.slice(1, -1));
  if (inner === "") return [];
  const items: Value[] = [];
  for (const raw of inner.split(",")) {
    const item = trimSpaces(raw);
    // A flow list's plain items end at any `:`, and a quoted item may hold a comma: the library's.
    if (item === "" || /[[\]{}:]/.test(item) || (isQuoted(item) === false && /["']/.test(item))) return UNSUPPORTED;
    const value = scalarOf(item, /:/);
    if (value === UNSUPPORTED) return UNSUPPORTED;
    items.push(value);
  }
  return items;
}

function scalarOf(text: string, refused: RegExp): Value | typeof UNSUPPORTED {
  if (text === "") return null;
  if (isQuoted(text)) return text.slice(1, -1);
  if (INDICATOR_FIRST.test(text) || refused.test(text) || /["']/.test(text.slice(-1))) return UNSUPPORTED;
  return plainValue(text);
}

/** A double-quoted string without escapes, or a single-quoted one without `''`. */
function isQuoted(text: string): boolean {
  return /^"[^"]*"$/.test(text) || /^'[^']*'$/.test(text);
}

/** YAML 1.2 core schema resolution of a plain scalar, for the forms that are unambiguous. */
function plainValue(text: string): Value | typeof UNSUPPORTED {
  if (/^(?:~|null|Null|NULL)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
  // A date is text in YAML 1.2 (timestamps were a YAML 1.1 type).
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return text;
  // Other numbers (signs, leading zeros, octal, hex, floats, exponents, .inf): the library's.
  if (/^[-+]?[0-9.]/.test(text) && /^[-+0-9.eEoOxXa-fA-F_]+$/.test(text)) return UNSUPPORTED;
  return text;
}

/** A key that resolves to a string (not null, a boolean or a number) in the core schema. */
function isString(key: string): boolean {
  const value = plainValue(key);
  return typeof value === "string";
}
