import { readFile } from "node:fs/promises";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { FILE_FIELDS, TARGET_FILE_FIELDS, type FileField } from "./fields.js";
import type { RawOptions } from "./raw.js";
import { INVALID, readNode, type ReadContext } from "./read-node.js";
import type { Spec } from "./spec.js";
import { EXPECTED, invalidValue } from "./expected.js";
import { didYouMean } from "./suggest.js";

export { CONFIG_FILE_NAMES } from "./file-names.js";

export interface ConfigFileResult {
  options: RawOptions;
  /** Every problem found, each as `file:line: message`. */
  problems: string[];
}

export interface ParseConfigOptions {
  /** Target names a `targets:` key may use; any name is accepted when absent. */
  targetNames?: readonly string[];
  /** How messages name the file, e.g. relative to the working directory. Default: the path read. */
  displayName?: string;
}

/**
 * Reads a kb-publish config file into RawOptions. Returns every problem found (unknown keys,
 * wrong types, YAML errors) with the file and line, instead of stopping at the first one.
 */
export async function readConfigFile(file: string, options: ParseConfigOptions = {}): Promise<ConfigFileResult> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { options: {}, problems: [`cannot read config file ${file}: ${(error as Error).message}`] };
  }
  return parseConfigText(text, options.displayName ?? file, options);
}

/** Parses and checks config-file text against {@link FILE_FIELDS}. Pure. */
export function parseConfigText(text: string, file: string, options: ParseConfigOptions = {}): ConfigFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const problems = doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`);
  if (problems.length > 0) return { options: {}, problems };
  const ctx: ReadContext = { doc, lines, file, problems };
  const spec: Spec = {
    type: "object",
    description: "kb-publish config",
    properties: Object.fromEntries(Object.entries(FILE_FIELDS).map(([key, field]) => [key, field.spec])),
  };
  const data = readNode(doc.contents, spec, "", ctx);
  checkTargetNames(options.targetNames, ctx);
  if (data === INVALID || data === undefined) return { options: {}, problems: byLine(problems) };
  checkTarget(options.targetNames, data as Record<string, unknown>, ctx);
  // Keys that failed their check are absent from data; the problems say why.
  return { options: toRawOptions(data as Record<string, unknown>, FILE_FIELDS), problems: byLine(problems) };
}

/** Only the keys of `fields` that were set, renamed to their RawOptions fields. */
function toRawOptions(data: Record<string, unknown>, fields: Readonly<Record<string, FileField>>): RawOptions {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields[key];
    if (!field) continue;
    raw[field.option] = field.option === "targets" ? targetBlocks(value as Record<string, Record<string, unknown>>) : rawValue(field.spec, value);
  }
  return raw as RawOptions;
}

/** RawOptions keeps numbers as text, as flags and action inputs deliver them. */
function rawValue(spec: Spec, value: unknown): unknown {
  return spec.type === "integer" ? String(value) : value;
}

function targetBlocks(blocks: Record<string, Record<string, unknown>>): Record<string, RawOptions> {
  return Object.fromEntries(Object.entries(blocks).map(([name, block]) => [name, toRawOptions(block, TARGET_FILE_FIELDS)]));
}

function checkTargetNames(names: readonly string[] | undefined, ctx: ReadContext): void {
  const targets = ctx.doc.get("targets", true);
  if (!names || !isMap(targets)) return;
  for (const pair of targets.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (name === undefined || names.includes(name)) continue;
    ctx.problems.push(`${ctx.file}${lineOf(pair.key, ctx)}: unknown target "targets.${name}"; expected one of ${names.join(", ")}${didYouMean(name, names)}`);
  }
}

/** Problems in the order of their lines (`file:12: …`), whichever check found them. */
function byLine(problems: string[]): string[] {
  const line = (problem: string) => Number(/^[^\n]*?:(\d+): /.exec(problem)?.[1] ?? 0);
  return [...problems].sort((a, b) => line(a) - line(b));
}

/** A `target:` that names no target is reported here, with its line, and left out of the options. */
function checkTarget(names: readonly string[] | undefined, data: Record<string, unknown>, ctx: ReadContext): void {
  const target = data.target;
  if (!names || typeof target !== "string" || names.includes(target)) return;
  const node = ctx.doc.get("target", true);
  ctx.problems.push(`${ctx.file}${lineOf(node, ctx)}: ${invalidValue('"target"', JSON.stringify(target), EXPECTED.oneOf(names), names)}`);
  delete data.target;
}

function lineOf(node: unknown, ctx: ReadContext): string {
  const offset = (node as { range?: number[] } | null)?.range?.[0];
  return offset === undefined ? "" : `:${ctx.lines.linePos(offset).line}`;
}
