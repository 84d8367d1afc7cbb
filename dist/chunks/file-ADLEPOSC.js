import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  EXPECTED,
  FILE_FIELDS,
  TARGET_FILE_FIELDS,
  didYouMean,
  invalidValue,
  isHttpUrl,
  parseMaxDeletes
} from "./chunk-HPFG24QX.js";
import "./chunk-AOHHTNQQ.js";
import {
  toJsonSafe
} from "./chunk-PCYCVKMJ.js";
import "./chunk-ZEPJQXB2.js";
import {
  require_dist
} from "./chunk-R2HWPTEX.js";
import {
  __toESM
} from "./chunk-IAQ7UJBM.js";

// src/config/file.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// src/config/read-node.ts
var import_yaml = __toESM(require_dist(), 1);
var INVALID = /* @__PURE__ */ Symbol("invalid");
function readNode(node, spec, at, ctx) {
  const resolved = (0, import_yaml.isAlias)(node) ? node.resolve(ctx.doc) : node;
  if (resolved === null || resolved === void 0 || (0, import_yaml.isScalar)(resolved) && resolved.value === null) return void 0;
  switch (spec.type) {
    case "object":
      return readObject(resolved, spec, at, ctx);
    case "array":
      if (!(0, import_yaml.isSeq)(resolved)) return fail(resolved, at, "a list", ctx);
      return collect(resolved.items.map((item, index) => readNode(item, spec.items, `${at}[${index}]`, ctx)));
    case "strings":
      return readStrings(resolved, at, ctx);
    case "any":
      return toJsonSafe(resolved.toJS(ctx.doc, { maxAliasCount: 50 }));
    default:
      return readScalar(resolved, spec, at, ctx);
  }
}
var API_KEY_NAME = /^api[-_]?key$/i;
function unknownKeyMessage(key, path, known) {
  if (API_KEY_NAME.test(key)) {
    return `"${path}" is never read from the config file, which is committed with the repository; expected the KB_PUBLISH_API_KEY environment variable or the api-key input (remove it from the file, and rotate the key if it was pushed)`;
  }
  return `unknown key "${path}"${didYouMean(key, known) || `; expected one of ${known.join(", ")}`}`;
}
function readObject(node, spec, at, ctx) {
  if (!(0, import_yaml.isMap)(node)) return fail(node, at, "a mapping of keys to values", ctx);
  const result = {};
  let ok = true;
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
    const path = at ? `${at}.${key}` : key;
    const child = spec.properties[key] ?? spec.additionalProperties;
    if (!child) {
      problem(pair.key, unknownKeyMessage(key, path, Object.keys(spec.properties)), ctx);
      ok = false;
      continue;
    }
    const value = readNode(pair.value, child, path, ctx);
    if (value === INVALID) ok = false;
    else if (value !== void 0) result[key] = value;
  }
  for (const key of spec.required ?? []) {
    if (result[key] === void 0 && ok) {
      problem(node, `"${at}" has no "${key}"; expected a "${key}" key (${spec.properties[key]?.description ?? "a value"})`, ctx);
      ok = false;
    }
  }
  return ok || at === "" ? result : INVALID;
}
function readStrings(node, at, ctx) {
  if ((0, import_yaml.isScalar)(node) && typeof node.value === "string") return [node.value];
  if ((0, import_yaml.isSeq)(node) && node.items.every((item) => (0, import_yaml.isScalar)(item) && typeof item.value === "string")) {
    return node.items.map((item) => String(item.value));
  }
  return fail(node, at, EXPECTED.texts, ctx);
}
function readScalar(node, spec, at, ctx) {
  const value = (0, import_yaml.isScalar)(node) ? node.value : INVALID;
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
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
  if (text === void 0) return fail(node, at, EXPECTED.text, ctx);
  if (spec.type === "string" && spec.enum && !spec.enum.includes(text)) return fail(node, at, EXPECTED.oneOf(spec.enum), ctx, spec.enum);
  if (spec.type === "string" && spec.format === "uri" && !isHttpUrl(text)) return fail(node, at, EXPECTED.url, ctx);
  return text;
}
function collect(values) {
  return values.includes(INVALID) ? INVALID : values.filter((value) => value !== void 0);
}
function fail(node, at, expected, ctx, candidates = []) {
  problem(node, invalidValue(at ? `"${at}"` : "the config file", shown(node, ctx), expected, candidates), ctx);
  return INVALID;
}
function problem(node, message, ctx) {
  const range = node?.range;
  const line = range ? ctx.lines.linePos(range[0]).line : void 0;
  ctx.problems.push(`${ctx.file}${line === void 0 ? "" : `:${line}`}: ${message}`);
}
function shown(node, ctx) {
  if ((0, import_yaml.isMap)(node)) return "a mapping";
  if ((0, import_yaml.isSeq)(node)) return "a list";
  const value = (0, import_yaml.isScalar)(node) ? node.value : node?.toJS?.(ctx.doc);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}\u2026` : text;
}

// src/config/file.ts
async function readConfigFile(file, options = {}) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { options: {}, problems: [`cannot read config file ${file}: ${error.message}`] };
  }
  return parseConfigText(text, options.displayName ?? file, options);
}
function parseConfigText(text, file, options = {}) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const problems = doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`);
  if (problems.length > 0) return { options: {}, problems };
  const ctx = { doc, lines, file, problems };
  const spec = {
    type: "object",
    description: "kb-publish config",
    properties: Object.fromEntries(Object.entries(FILE_FIELDS).map(([key, field]) => [key, field.spec]))
  };
  const data = readNode(doc.contents, spec, "", ctx);
  checkTargetNames(options.targetNames, ctx);
  if (data === INVALID || data === void 0) return { options: {}, problems: byLine(problems) };
  checkTarget(options.targetNames, data, ctx);
  return { options: toRawOptions(data, FILE_FIELDS), problems: byLine(problems) };
}
function toRawOptions(data, fields) {
  const raw = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields[key];
    if (!field) continue;
    raw[field.option] = field.option === "targets" ? targetBlocks(value) : rawValue(field.spec, value);
  }
  return raw;
}
function rawValue(spec, value) {
  return spec.type === "integer" ? String(value) : value;
}
function targetBlocks(blocks) {
  return Object.fromEntries(Object.entries(blocks).map(([name, block]) => [name, toRawOptions(block, TARGET_FILE_FIELDS)]));
}
function checkTargetNames(names, ctx) {
  const targets = ctx.doc.get("targets", true);
  if (!names || !(0, import_yaml2.isMap)(targets)) return;
  for (const pair of targets.items) {
    const name = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (name === void 0 || names.includes(name)) continue;
    ctx.problems.push(`${ctx.file}${lineOf(pair.key, ctx)}: unknown target "targets.${name}"; expected one of ${names.join(", ")}${didYouMean(name, names)}`);
  }
}
function byLine(problems) {
  const line = (problem2) => Number(/^[^\n]*?:(\d+): /.exec(problem2)?.[1] ?? 0);
  return [...problems].sort((a, b) => line(a) - line(b));
}
function checkTarget(names, data, ctx) {
  const target = data.target;
  if (!names || typeof target !== "string" || names.includes(target)) return;
  const node = ctx.doc.get("target", true);
  ctx.problems.push(`${ctx.file}${lineOf(node, ctx)}: ${invalidValue('"target"', JSON.stringify(target), EXPECTED.oneOf(names), names)}`);
  delete data.target;
}
function lineOf(node, ctx) {
  const offset = node?.range?.[0];
  return offset === void 0 ? "" : `:${ctx.lines.linePos(offset).line}`;
}
export {
  CONFIG_FILE_NAMES,
  parseConfigText,
  readConfigFile
};
