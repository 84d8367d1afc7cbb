import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from "yaml";
import { parseMaxDeletes } from "../plan/max-deletes.js";
import { toJsonSafe } from "../documents/json-safe.js";
import { EXPECTED, invalidValue, isHttpUrl } from "./expected.js";
import type { Spec } from "./spec.js";
import { didYouMean } from "./suggest.js";

/** What reading needs: the document (for aliases), line lookup, and where problems go. */
export interface ReadContext {
  doc: Document;
  lines: LineCounter;
  file: string;
  problems: string[];
}

/** Marks a value that failed its spec; the problem is already recorded. */
export const INVALID = Symbol("invalid");
type Read = unknown;

/**
 * Reads one YAML node against its spec and returns the plain value, or INVALID after
 * recording a problem that names the file, the line, the key path, the value and what was
 * expected. `null` (a key with no value) reads as undefined: the setting is left unset.
 */
export function readNode(node: unknown, spec: Spec, at: string, ctx: ReadContext): Read {
  const resolved = isAlias(node) ? node.resolve(ctx.doc) : node;
  if (resolved === null || resolved === undefined || (isScalar(resolved) && resolved.value === null)) return undefined;
  switch (spec.type) {
    case "object":
      return readObject(resolved, spec, at, ctx);
    case "array":
      if (!isSeq(resolved)) return fail(resolved, at, "a list", ctx);
      return collect(resolved.items.map((item, index) => readNode(item, spec.items, `${at}[${index}]`, ctx)));
    case "strings":
      return readStrings(resolved, at, ctx);
    case "any":
      return toJsonSafe((resolved as { toJS(doc: Document, options: object): unknown }).toJS(ctx.doc, { maxAliasCount: 50 }));
    default:
      return readScalar(resolved, spec, at, ctx);
  }
}

/** Any spelling of the API key (`api-key`, `api_key`, `apiKey`), which a user may well try here. */
const API_KEY_NAME = /^api[-_]?key$/i;

function unknownKeyMessage(key: string, path: string, known: string[]): string {
  if (API_KEY_NAME.test(key)) {
    return (
      `"${path}" is never read from the config file, which is committed with the repository; expected the ` +
      "KB_PUBLISH_API_KEY environment variable or the api-key input (remove it from the file, and rotate the key if it was pushed)"
    );
  }
  return `unknown key "${path}"${didYouMean(key, known) || `; expected one of ${known.join(", ")}`}`;
}

function readObject(node: unknown, spec: Extract<Spec, { type: "object" }>, at: string, ctx: ReadContext): Read {
  if (!isMap(node)) return fail(node, at, "a mapping of keys to values", ctx);
  const result: Record<string, unknown> = {};
  let ok = true;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
    const path = at ? `${at}.${key}` : key;
    const child = spec.properties[key] ?? spec.additionalProperties;
    if (!child) {
      problem(pair.key, unknownKeyMessage(key, path, Object.keys(spec.properties)), ctx);
      ok = false;
      continue;
    }
    const value = readNode(pair.value, child, path, ctx);
    if (value === INVALID) ok = false;
    else if (value !== undefined) result[key] = value;
  }
  for (const key of spec.required ?? []) {
    if (result[key] === undefined && ok) {
      problem(node, `"${at}" has no "${key}"; expected a "${key}" key (${spec.properties[key]?.description ?? "a value"})`, ctx);
      ok = false;
    }
  }
  // The file itself keeps its valid keys, so resolving can still find (and report) more problems.
  return ok || at === "" ? result : INVALID;
}

function readStrings(node: unknown, at: string, ctx: ReadContext): Read {
  if (isScalar(node) && typeof node.value === "string") return [node.value];
  if (isSeq(node) && node.items.every((item) => isScalar(item) && typeof item.value === "string")) {
    return node.items.map((item) => String((item as { value: unknown }).value));
  }
  return fail(node, at, EXPECTED.texts, ctx);
}

function readScalar(node: unknown, spec: Spec, at: string, ctx: ReadContext): Read {
  const value = isScalar(node) ? node.value : INVALID;
  if (spec.type === "boolean") return typeof value === "boolean" ? value : fail(node, at, EXPECTED.boolean, ctx);
  if (spec.type === "integer") {
    const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    const ok = typeof number === "number" && Number.isSafeInteger(number) && number >= spec.minimum;
    return ok ? number : fail(node, at, EXPECTED.integer(spec.minimum), ctx);
  }
  if (spec.type === "max-deletes") {
    const parsed = typeof value === "string" || typeof value === "number" ? parseMaxDeletes(String(value)) : "";
    return typeof parsed === "object" ? String(value) : fail(node, at, EXPECTED.maxDeletes, ctx);
  }
  // Numbers are accepted as text: `collection-id: 12345` means the text "12345".
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
  if (text === undefined) return fail(node, at, EXPECTED.text, ctx);
  if (spec.type === "string" && spec.enum && !spec.enum.includes(text)) return fail(node, at, EXPECTED.oneOf(spec.enum), ctx, spec.enum);
  if (spec.type === "string" && spec.format === "uri" && !isHttpUrl(text)) return fail(node, at, EXPECTED.url, ctx);
  return text;
}

function collect(values: unknown[]): Read {
  return values.includes(INVALID) ? INVALID : values.filter((value) => value !== undefined);
}

function fail(node: unknown, at: string, expected: string, ctx: ReadContext, candidates: readonly string[] = []): typeof INVALID {
  problem(node, invalidValue(at ? `"${at}"` : "the config file", shown(node, ctx), expected, candidates), ctx);
  return INVALID;
}

function problem(node: unknown, message: string, ctx: ReadContext): void {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const line = range ? ctx.lines.linePos(range[0]).line : undefined;
  ctx.problems.push(`${ctx.file}${line === undefined ? "" : `:${line}`}: ${message}`);
}

function shown(node: unknown, ctx: ReadContext): string {
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  const value: unknown = isScalar(node) ? node.value : (node as { toJS?: (doc: Document) => unknown })?.toJS?.(ctx.doc);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
