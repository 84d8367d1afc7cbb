import { readFile } from "node:fs/promises";
import { parseDocument } from "yaml";
import { FILE_KEYS, type RawOptions } from "./raw.js";

/** Names looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAMES = ["kb-publish.yml", "kb-publish.yaml"];

/**
 * Reads a kb-publish config file into RawOptions. Returns every problem found (unknown keys,
 * wrong types, YAML errors) with the file and line, instead of stopping at the first one.
 */
export async function readConfigFile(file: string): Promise<{ options: RawOptions; problems: string[] }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { options: {}, problems: [`cannot read config file ${file}: ${(error as Error).message}`] };
  }
  return parseConfigText(text, file);
}

export function parseConfigText(text: string, file: string): { options: RawOptions; problems: string[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const problems = doc.errors.map((e) => `${file}:${e.linePos?.[0]?.line ?? "?"}: ${e.message.split("\n")[0]}`);
  if (problems.length > 0) return { options: {}, problems };
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || data === undefined) return { options: {}, problems: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { options: {}, problems: [`${file}: expected a mapping of settings, found ${Array.isArray(data) ? "a list" : typeof data}`] };
  }
  const options: RawOptions = {};
  for (const [key, value] of Object.entries(data)) {
    const where = `${file}:${lineOfKey(text, key)}`;
    const field = FILE_KEYS[key];
    if (!field) {
      problems.push(`${where}: unknown key "${key}"; expected one of ${Object.keys(FILE_KEYS).join(", ")}`);
      continue;
    }
    const converted = convertValue(field, value);
    if (typeof converted === "object" && converted !== null && "problem" in converted) {
      problems.push(`${where}: "${key}" ${converted.problem}`);
    } else {
      (options as Record<string, unknown>)[field] = converted;
    }
  }
  return { options, problems };
}

function convertValue(field: keyof RawOptions, value: unknown): unknown {
  if (field === "include" || field === "exclude") {
    const list = typeof value === "string" ? [value] : value;
    if (Array.isArray(list) && list.every((item) => typeof item === "string")) return list;
    return { problem: `must be a glob or a list of globs, found ${JSON.stringify(value)}` };
  }
  if (field === "allowMassDelete" || field === "wait") {
    if (typeof value === "boolean") return value;
    return { problem: `must be true or false, found ${JSON.stringify(value)}` };
  }
  if (typeof value === "string" || typeof value === "number") return String(value);
  return { problem: `must be a string or a number, found ${JSON.stringify(value)}` };
}

function lineOfKey(text: string, key: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index + 1;
}
