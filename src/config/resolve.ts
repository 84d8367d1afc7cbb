import { existsSync } from "node:fs";
import path from "node:path";
import { ID_SCOPES, type IdScope } from "../documents/id.js";
import { parseMaxDeletes } from "../plan/guards.js";
import { detectDefaultInclude } from "../sources/default-include.js";
import { targetNames } from "../targets/registry.js";
import { SETTINGS_DEFAULTS as D } from "./defaults.js";
import { readCommitStamp } from "./commit.js";
import { envName, envOptions } from "./env.js";
import { ConfigError } from "./errors.js";
import { EXPECTED, invalidValue, isApiBaseUrl, isHttpUrl } from "./expected.js";
import { CONFIG_FILE_NAMES } from "./file-names.js";
import { checkLocales, checkVersions, documentOptions, layerOptions } from "./layers.js";
import type { RawOptions } from "./raw.js";
import { DEFAULT_INCLUDE, type Command, type DeletionSetting, type Runner, type Settings } from "./settings.js";
import { ignoredOptions, targetsReading } from "./target-options.js";

export interface ResolveInput {
  /** What the user actually set (CLI flags and arguments, or action inputs); it wins over everything. */
  raw: RawOptions;
  /** The process environment; only `KB_PUBLISH_*` variables are read (see envOptions). */
  env: Record<string, string | undefined>;
  cwd: string;
  runner: Runner;
  /** Told about options the chosen target ignores (e.g. `--collection-id` with target humind). Default: not told. */
  warn?: (message: string) => void;
}

/**
 * Layers built-in defaults < config file < environment < flags and inputs (see layerOptions),
 * validates, and reports every problem at once.
 */
export async function resolveSettings(input: ResolveInput): Promise<Settings> {
  const { raw, cwd } = input;
  const env = envOptions(input.env);
  const problems: string[] = [];
  const configName = raw.config || env.config;
  const configPath = configName ? path.resolve(cwd, configName) : findConfigFile(cwd);
  if (configName && !existsSync(configPath ?? "")) problems.push(`config file not found: ${configName}`);
  const shownName = configPath ? displayPath(cwd, configPath) : CONFIG_FILE_NAMES[0]!;
  // The YAML parser loads only when there is a config file to read.
  const fromFile =
    configPath && existsSync(configPath)
      ? await (await import("./file.js")).readConfigFile(configPath, { targetNames: targetNames(), displayName: shownName })
      : { options: {}, problems: [] };
  problems.push(...fromFile.problems);
  const merged: RawOptions = layerOptions({ file: fromFile.options, env, explicit: raw });
  const where = originOf({ explicit: raw, env, runner: input.runner, file: shownName });
  checkLocales(merged, problems, where);
  const check = checker(problems, where);

  const settings: Settings = {
    command: check.oneOf("command", merged.command ?? D.command, ["plan", "sync"]) as Command,
    root: path.resolve(cwd, merged.path ?? "."),
    target: check.oneOf("target", merged.target ?? D.target, targetNames()),
    include: merged.include?.length ? merged.include : await defaultInclude(path.resolve(cwd, merged.path ?? ".")),
    exclude: merged.exclude ?? [],
    idPrefix: merged.idPrefix ?? D.idPrefix,
    idKey: merged.idKey ?? D.idKey,
    idScope: merged.idScope === undefined ? undefined : (check.oneOf("idScope", merged.idScope, [...ID_SCOPES]) as IdScope),
    maxFileBytes: check.positiveInt("maxFileSize", merged.maxFileSize) ?? D.maxFileBytes,
    maxDeletes: check.maxDeletes(merged.maxDeletes),
    allowMassDelete: check.bool("allowMassDelete", merged.allowMassDelete) ?? D.allowMassDelete,
    allowRollback: check.bool("allowRollback", merged.allowRollback) ?? D.allowRollback,
    full: check.bool("full", merged.full) ?? D.full,
    deletions: check.oneOf("deletions", merged.deletions ?? D.deletions, ["tombstone", "hard", "off"]) as DeletionSetting,
    owner: merged.owner?.trim() || D.owner,
    store: path.resolve(cwd, merged.store ?? ".kb-publish/store"),
    lockTimeoutSeconds: check.seconds("lockTimeout", merged.lockTimeout) ?? D.lockTimeoutSeconds,
    apiUrl: check.apiUrl(merged.apiUrl || undefined),
    apiKey: merged.apiKey || undefined,
    collectionId: merged.collectionId || undefined,
    sourceId: merged.sourceId || undefined,
    knowledgeBaseId: merged.knowledgeBaseId || undefined,
    metadataValueLimit: check.positiveInt("metadataValueLimit", merged.metadataValueLimit),
    rateLimit: check.positiveInt("rateLimit", merged.rateLimit),
    wait: check.bool("wait", merged.wait) ?? D.wait,
    waitTimeoutSeconds: check.positiveInt("waitTimeout", merged.waitTimeout) ?? D.waitTimeoutSeconds,
    requestTimeoutMs: check.positiveInt("timeout", merged.timeout) ?? D.requestTimeoutMs,
    runner: input.runner,
    baseUrl: check.url("baseUrl", merged.baseUrl),
    locales: merged.locales ?? [],
    defaultLocale: merged.defaultLocale ?? D.defaultLocale,
    versions: checkVersions(merged.versions, problems, where) ?? [...D.versions],
    ...documentOptions(merged, problems),
  };
  if (!existsSync(settings.root)) problems.push(`path not found: ${merged.path ?? "."} (resolved to ${settings.root})`);
  if (problems.length > 0) throw new ConfigError(problems);
  for (const option of ignoredOptions(merged, settings.target)) {
    const readers = targetsReading(option);
    input.warn?.(`${where(option)} is ignored by target ${settings.target}; expected with target${readers.length > 1 ? "s" : ""} ${readers.join(", ")}`);
  }
  const commit = await readCommitStamp(settings.root);
  return commit ? { ...settings, commit } : settings;
}

/** Names a merged option as the user set it: `--rate-limit`, `input rate-limit`, `KB_PUBLISH_RATE_LIMIT` or `kb-publish.yml: "rate-limit"`. */
export type Where = (option: keyof RawOptions) => string;

function originOf(layers: { explicit: RawOptions; env: RawOptions; runner: Runner; file: string }): Where {
  const set = (raw: RawOptions, option: keyof RawOptions) => raw[option] !== undefined && raw[option] !== "";
  return (option) => {
    const key = kebab(option);
    if (set(layers.explicit, option)) return layers.runner === "cli" ? `--${key}` : `input ${key}`;
    if (set(layers.env, option)) return envName(key);
    return `${layers.file}: "${key}"`;
  };
}

function kebab(option: string): string {
  return option.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}

/** Built HTML for a build folder without Markdown, else Markdown (see detectDefaultInclude). */
async function defaultInclude(root: string): Promise<string[]> {
  return existsSync(root) ? detectDefaultInclude(root) : [...DEFAULT_INCLUDE];
}

/** Relative to the working directory when inside it (`kb-publish.yml`, `config/kb.yml`), else absolute. */
function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

function findConfigFile(cwd: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
}

/** Field validators that record a problem (worded by EXPECTED, see invalidValue) and return undefined instead of throwing. */
function checker(problems: string[], where: Where) {
  const invalid = (option: keyof RawOptions, value: string, expected: string, candidates?: readonly string[]) =>
    problems.push(invalidValue(where(option), JSON.stringify(value), expected, candidates));
  return {
    oneOf(option: keyof RawOptions, value: string, allowed: string[]): string {
      if (!allowed.includes(value)) invalid(option, value, EXPECTED.oneOf(allowed), allowed);
      return value;
    },
    seconds(option: keyof RawOptions, value: string | undefined): number | undefined {
      if (value === undefined) return undefined;
      const number = Number(value);
      if (Number.isInteger(number) && number >= 0) return number;
      invalid(option, value, EXPECTED.seconds);
      return undefined;
    },
    positiveInt(option: keyof RawOptions, value: string | undefined): number | undefined {
      if (value === undefined) return undefined;
      const number = Number(value);
      if (Number.isInteger(number) && number > 0) return number;
      invalid(option, value, EXPECTED.integer(1));
      return undefined;
    },
    bool(option: keyof RawOptions, value: boolean | string | undefined): boolean | undefined {
      if (value === undefined || typeof value === "boolean") return value;
      if (/^(true|yes|1)$/i.test(value)) return true;
      if (/^(false|no|0)$/i.test(value)) return false;
      invalid(option, value, EXPECTED.boolean);
      return undefined;
    },
    url(option: keyof RawOptions, value: string | undefined): string | undefined {
      if (value === undefined) return undefined;
      if (isHttpUrl(value)) return value.replace(/\/+$/, "");
      invalid(option, value, EXPECTED.url);
      return undefined;
    },
    apiUrl(value: string | undefined): string | undefined {
      if (value === undefined) return undefined;
      if (isApiBaseUrl(value)) return value.replace(/\/+$/, "");
      invalid("apiUrl", value, EXPECTED.apiUrl);
      return undefined;
    },
    maxDeletes(value: string | undefined) {
      if (value === undefined) return undefined;
      const parsed = parseMaxDeletes(value);
      if (typeof parsed === "string") {
        invalid("maxDeletes", value, EXPECTED.maxDeletes);
        return undefined;
      }
      return parsed;
    },
  };
}
