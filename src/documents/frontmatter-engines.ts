import { parseDocument } from "yaml";
import type { YAMLError } from "yaml";
import { parse as parseToml } from "smol-toml";
import { readSimpleYaml } from "./frontmatter-yaml-fast.js";

/** Largest frontmatter block accepted, in bytes. A docs page never needs more; a hostile one might. */
export const MAX_FRONTMATTER_BYTES = 256 * 1024;
/** YAML aliases allowed per block: enough for real reuse, far too few for a "billion laughs" bomb. */
export const MAX_YAML_ALIASES = 50;

/** A frontmatter problem with the 1-based line in the file where it is known. */
export class FrontmatterError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = "FrontmatterError";
    this.line = line;
  }
}

export const CODE_REJECTED_MESSAGE =
  "JavaScript frontmatter is not supported: kb-publish never executes code in frontmatter";

/**
 * The block an engine receives starts with the remainder of the opening delimiter line, so
 * line N of the block is line N of the file. Engines therefore report lines unchanged.
 */
type Parse = (block: string) => unknown;
/** gray-matter's typings want `object`; scalars and lists are still rejected by the caller. */
type EngineParse = (block: string) => object;

function limited(parse: Parse): EngineParse {
  return (block) => {
    const bytes = Buffer.byteLength(block, "utf8");
    if (bytes > MAX_FRONTMATTER_BYTES) {
      throw new FrontmatterError(
        `frontmatter is too large: ${bytes} bytes; expected at most ${MAX_FRONTMATTER_BYTES} bytes`,
        1,
      );
    }
    return parse(block) as object;
  };
}

function parseYaml(block: string): unknown {
  const simple = readSimpleYaml(block);
  if (simple !== undefined) return simple;
  const doc = parseDocument(block, { uniqueKeys: true, prettyErrors: true, version: "1.2" });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new FrontmatterError(`invalid YAML frontmatter: ${describeYamlError(error, block)}`, line);
  }
  refuseUnknownTags(doc.warnings);
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new FrontmatterError(
      `YAML frontmatter was refused: ${message}; expected at most ${MAX_YAML_ALIASES} alias expansions`,
    );
  }
}

/**
 * The `yaml` package resolves a tag it does not know (`!!js/function`, `!!python/object:…`, `!foo`)
 * to the plain scalar with only a warning, so a function's source text would become a title.
 * Nothing runs either way, but a tag asks for a type kb-publish will never build: an error.
 */
function refuseUnknownTags(warnings: readonly YAMLError[]): void {
  const unresolved = warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  if (!unresolved) return;
  const tag = /Unresolved tag: (\S+)/.exec(unresolved.message)?.[1] ?? "unknown";
  const shown = tag.replace(/^tag:yaml\.org,2002:/, "!!");
  throw new FrontmatterError(
    `unsupported YAML tag ${shown} in frontmatter; expected plain values (text, numbers, lists, mappings) — kb-publish never builds typed or code objects`,
    unresolved.linePos?.[0].line,
  );
}

function describeYamlError(error: YAMLError, block: string): string {
  const summary = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, "");
  if (error.code !== "DUPLICATE_KEY" || !error.linePos) return `${summary}; expected valid YAML`;
  const lineText = block.split("\n")[error.linePos[0].line - 1] ?? "";
  const key = lineText.split(":")[0]?.trim().replace(/^["']|["']$/g, "");
  return `duplicate key "${key}"; expected each key at most once`;
}

function parseTomlBlock(block: string): unknown {
  try {
    return parseToml(block);
  } catch (cause) {
    const error = cause as { message?: string; line?: number };
    const summary = firstLine(error.message ?? String(cause)).replace(/^Invalid TOML document: /, "");
    throw new FrontmatterError(`invalid TOML frontmatter: ${summary}; expected valid TOML`, error.line);
  }
}

function parseJson(block: string): unknown {
  try {
    return JSON.parse(block);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lineAtOffset(block, Number(position));
    throw new FrontmatterError(`invalid JSON frontmatter: ${firstLine(message)}; expected valid JSON`, line);
  }
}

function refuseCode(): never {
  throw new FrontmatterError(`${CODE_REJECTED_MESSAGE}; expected YAML (---), TOML (+++) or JSON (---json)`, 1);
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() ?? "";
}

function lineAtOffset(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

const refused = { parse: refuseCode, stringify: refuseCode };

/**
 * Every engine gray-matter knows, replaced. gray-matter merges its defaults (including an
 * `eval`-based JavaScript engine) under whatever is passed, so each of its names must be here.
 */
export const safeEngines = {
  yaml: { parse: limited(parseYaml) },
  yml: { parse: limited(parseYaml) },
  toml: { parse: limited(parseTomlBlock) },
  json: { parse: limited(parseJson) },
  js: refused,
  javascript: refused,
  coffee: refused,
  coffeescript: refused,
  cson: refused,
};

/** Languages that name code; refused before gray-matter is even called. */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set(["js", "javascript", "coffee", "coffeescript", "cson"]);
/** Languages accepted after an opening `---`. */
export const DATA_LANGUAGES: ReadonlySet<string> = new Set(["yaml", "yml", "toml", "json"]);
