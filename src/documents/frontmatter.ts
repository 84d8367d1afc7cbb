import matter from "gray-matter";
import {
  CODE_LANGUAGES,
  CODE_REJECTED_MESSAGE,
  DATA_LANGUAGES,
  FrontmatterError,
  safeEngines,
} from "./frontmatter-engines.js";
import { plainObject } from "./json-safe.js";

/**
 * Frontmatter split off a page. `data` is JSON-safe (dates as ISO strings); `body` is the rest
 * of the file with leading blank lines removed and starts on line `bodyLine` (1-based).
 * `block` is the raw frontmatter text, whose line N is line N of the file.
 */
export type FrontmatterResult = ParsedFrontmatter | { ok: false; message: string; line?: number };

export interface ParsedFrontmatter {
  ok: true;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  block: string;
  /** `yaml`, `toml` or `json`; absent when the page has no frontmatter. */
  language?: string;
}

type Delimiter = "---" | "+++";
interface Head {
  delimiter: Delimiter;
  language: string;
  /** Offset of the newline before the closing delimiter. */
  closeAt: number;
}

/**
 * Splits frontmatter from a page whose text is already normalised (no BOM, `\n` line endings).
 * YAML (`---`), TOML (`+++` or `---toml`) and JSON (`---json`) are read as data; code languages
 * are refused before any parser sees them. Never throws.
 */
export function parseFrontmatter(text: string): FrontmatterResult {
  try {
    const head = scanHead(text);
    if (!head) return withBody({}, text, 1, "");
    return parseWithGrayMatter(text, head);
  } catch (cause) {
    if (cause instanceof FrontmatterError) return { ok: false, message: cause.message, line: cause.line };
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, message: `frontmatter could not be parsed: ${message}` };
  }
}

function scanHead(text: string): Head | undefined {
  const firstEnd = text.indexOf("\n");
  const firstLine = firstEnd === -1 ? text : text.slice(0, firstEnd);
  const delimiter = (["---", "+++"] as const).find((d) => firstLine.startsWith(d));
  // "----" is a thematic break, not a delimiter (gray-matter agrees).
  if (!delimiter || firstLine[3] === delimiter[0]) return undefined;
  const language = languageOf(delimiter, firstLine.slice(3).trim());
  return { delimiter, language, closeAt: closingLine(text, delimiter, firstEnd) };
}

function languageOf(delimiter: Delimiter, written: string): string {
  const name = written.toLowerCase();
  if (CODE_LANGUAGES.has(name)) {
    throw new FrontmatterError(
      `${CODE_REJECTED_MESSAGE} (found "${delimiter}${written}"); expected YAML (---), TOML (+++) or JSON (---json)`,
      1,
    );
  }
  if (delimiter === "+++" && (name === "" || name === "toml")) return "toml";
  if (delimiter === "---" && name === "") return "yaml";
  if (delimiter === "---" && DATA_LANGUAGES.has(name)) return name === "yml" ? "yaml" : name;
  throw new FrontmatterError(
    `unsupported frontmatter language "${written}" after ${delimiter}; expected yaml, toml or json`,
    1,
  );
}

/**
 * Where the block closes: the offset of the newline before its closing delimiter. gray-matter
 * treats an unclosed block as "everything is frontmatter"; we refuse it instead.
 */
function closingLine(text: string, delimiter: Delimiter, firstEnd: number): number {
  const closeAt = firstEnd === -1 ? -1 : text.indexOf(`\n${delimiter}`, firstEnd);
  if (closeAt === -1) {
    throw new FrontmatterError(
      `frontmatter opened with ${delimiter} on line 1 is never closed; expected a line with just ${delimiter}`,
      1,
    );
  }
  const lineEnd = text.indexOf("\n", closeAt + 1);
  const closing = text.slice(closeAt + 1, lineEnd === -1 ? undefined : lineEnd).trimEnd();
  if (closing !== delimiter) {
    const line = lineAt(text, closeAt + 1);
    throw new FrontmatterError(
      `frontmatter closing line is "${closing}"; expected a line with just ${delimiter}`,
      line,
    );
  }
  return closeAt;
}

function parseWithGrayMatter(text: string, head: Head): ParsedFrontmatter {
  // The language is passed as an option, so the first line is reduced to the bare delimiter;
  // line numbers are unchanged. A fresh options object also keeps gray-matter's cache unused.
  const firstEnd = text.indexOf("\n");
  // gray-matter gets the frontmatter alone: it looks every input up in its cache by its whole
  // text, which hashed each page's body again (a tenth of deriving a page, measured over 10,000
  // pages). The body is cut off here exactly as gray-matter cuts it (see bodyAfter), from the
  // page itself: a copy of the whole page with its first line replaced cost 5% of deriving one.
  const closeEnd = head.closeAt + 1 + head.delimiter.length;
  const file = matter(head.delimiter + text.slice(firstEnd, closeEnd), { language: head.language, delimiters: head.delimiter, engines: safeEngines, excerpt: false });
  const data: unknown = file.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new FrontmatterError(
      `frontmatter is ${kindOf(data)}; expected a mapping of keys to values`,
      2,
    );
  }
  const block = file.matter;
  const body = bodyAfter(text, closeEnd);
  const bodyLine = lineAt(text, text.length - body.length);
  return { ...withBody(plainObject(data as Record<string, unknown>), body, bodyLine, block), language: head.language };
}

/** What gray-matter keeps as content after a closing delimiter that ends at `closeEnd`: one `\r`, then one `\n` dropped. */
function bodyAfter(text: string, closeEnd: number): string {
  let start = closeEnd;
  if (text[start] === "\r") start++;
  if (text[start] === "\n") start++;
  return text.slice(start);
}

function withBody(data: Record<string, unknown>, rest: string, restLine: number, block: string): ParsedFrontmatter {
  const blank = /^(?:[ \t]*\n)*/.exec(rest)?.[0] ?? "";
  const skipped = blank.split("\n").length - 1;
  return { ok: true, data, body: rest.slice(blank.length), bodyLine: restLine + skipped, block };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === undefined) return "empty";
  const shown = JSON.stringify(value) ?? String(value);
  return `a ${typeof value} (${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown})`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The 1-based file line of a top-level key in a frontmatter block, when it can be found. */
export function lineOfKey(block: string, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^["']?${escaped}["']?\\s*[:=]`);
  const index = block.split("\n").findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}
