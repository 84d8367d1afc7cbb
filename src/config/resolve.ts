import { existsSync } from "node:fs";
import path from "node:path";
import { ID_SCOPES, type IdScope } from "../documents/id.js";
import { parseMaxDeletes } from "../plan/guards.js";
import { detectDefaultInclude } from "../sources/default-include.js";
import { targetNames } from "../targets/registry.js";
import { SETTINGS_DEFAULTS as D } from "./defaults.js";
import { readCommitStamp } from "./commit.js";
import { envOptions } from "./env.js";
import { ConfigError } from "./errors.js";
import { CONFIG_FILE_NAMES, readConfigFile } from "./file.js";
import { checkLocales, documentOptions, layerOptions } from "./layers.js";
import type { RawOptions } from "./raw.js";
import { DEFAULT_INCLUDE, type Command, type DeletionSetting, type Runner, type Settings } from "./settings.js";

export interface ResolveInput {
  /** What the user actually set (CLI flags and arguments, or action inputs); it wins over everything. */
  raw: RawOptions;
  /** The process environment; only `KB_PUBLISH_*` variables are read (see envOptions). */
  env: Record<string, string | undefined>;
  cwd: string;
  runner: Runner;
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
  const fromFile =
    configPath && existsSync(configPath) ? await readConfigFile(configPath, { targetNames: targetNames() }) : { options: {}, problems: [] };
  problems.push(...fromFile.problems);
  const merged: RawOptions = layerOptions({ file: fromFile.options, env, explicit: raw });
  checkLocales(merged, problems);
  const check = checker(problems);

  const settings: Settings = {
    command: check.oneOf("command", merged.command ?? D.command, ["plan", "sync"]) as Command,
    root: path.resolve(cwd, merged.path ?? "."),
    target: check.oneOf("target", merged.target ?? D.target, targetNames()),
    include: merged.include?.length ? merged.include : await defaultInclude(path.resolve(cwd, merged.path ?? ".")),
    exclude: merged.exclude ?? [],
    idPrefix: merged.idPrefix ?? D.idPrefix,
    idKey: merged.idKey ?? D.idKey,
    idScope: merged.idScope === undefined ? undefined : (check.oneOf("id-scope", merged.idScope, [...ID_SCOPES]) as IdScope),
    maxFileBytes: check.positiveInt("max-file-size", merged.maxFileSize) ?? D.maxFileBytes,
    maxDeletes: check.maxDeletes(merged.maxDeletes),
    allowMassDelete: check.bool("allow-mass-delete", merged.allowMassDelete) ?? D.allowMassDelete,
    allowRollback: check.bool("allow-rollback", merged.allowRollback) ?? D.allowRollback,
    deletions: check.oneOf("deletions", merged.deletions ?? D.deletions, ["tombstone", "hard", "off"]) as DeletionSetting,
    owner: merged.owner?.trim() || D.owner,
    store: path.resolve(cwd, merged.store ?? ".kb-publish/store"),
    lockTimeoutSeconds: check.seconds("lock-timeout", merged.lockTimeout) ?? D.lockTimeoutSeconds,
    apiUrl: merged.apiUrl || undefined,
    apiKey: merged.apiKey || undefined,
    collectionId: merged.collectionId || undefined,
    sourceId: merged.sourceId || undefined,
    knowledgeBaseId: merged.knowledgeBaseId || undefined,
    metadataValueLimit: check.positiveInt("metadata-value-limit", merged.metadataValueLimit),
    rateLimit: check.positiveInt("rate-limit", merged.rateLimit),
    wait: check.bool("wait", merged.wait) ?? D.wait,
    waitTimeoutSeconds: check.positiveInt("wait-timeout", merged.waitTimeout) ?? D.waitTimeoutSeconds,
    requestTimeoutMs: check.positiveInt("timeout", merged.timeout) ?? D.requestTimeoutMs,
    runner: input.runner,
    baseUrl: check.url("base-url", merged.baseUrl),
    locales: merged.locales ?? [],
    defaultLocale: merged.defaultLocale ?? D.defaultLocale,
    ...documentOptions(merged, problems),
  };
  if (!existsSync(settings.root)) problems.push(`path not found: ${merged.path ?? "."} (resolved to ${settings.root})`);
  if (problems.length > 0) throw new ConfigError(problems);
  const commit = await readCommitStamp(settings.root);
  return commit ? { ...settings, commit } : settings;
}

/** Built HTML for a build folder without Markdown, else Markdown (see detectDefaultInclude). */
async function defaultInclude(root: string): Promise<string[]> {
  return existsSync(root) ? detectDefaultInclude(root) : [...DEFAULT_INCLUDE];
}

function findConfigFile(cwd: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
}

/** Field validators that record a problem and return undefined instead of throwing. */
function checker(problems: string[]) {
  return {
    oneOf(name: string, value: string, allowed: string[]): string {
      if (!allowed.includes(value)) problems.push(`${name}: "${value}" is not one of ${allowed.join(", ")}`);
      return value;
    },
    seconds(name: string, value: string | undefined): number | undefined {
      if (value === undefined) return undefined;
      const number = Number(value);
      if (Number.isInteger(number) && number >= 0) return number;
      problems.push(`${name}: "${value}" is not a whole number of seconds (0 or more)`);
      return undefined;
    },
    positiveInt(name: string, value: string | undefined): number | undefined {
      if (value === undefined) return undefined;
      const number = Number(value);
      if (Number.isInteger(number) && number > 0) return number;
      problems.push(`${name}: "${value}" is not a positive whole number`);
      return undefined;
    },
    bool(name: string, value: boolean | string | undefined): boolean | undefined {
      if (value === undefined || typeof value === "boolean") return value;
      if (/^(true|yes|1)$/i.test(value)) return true;
      if (/^(false|no|0)$/i.test(value)) return false;
      problems.push(`${name}: "${value}" is not true or false`);
      return undefined;
    },
    url(name: string, value: string | undefined): string | undefined {
      if (value === undefined) return undefined;
      if (/^https?:\/\/[^\s/]+/.test(value)) return value.replace(/\/+$/, "");
      problems.push(`${name}: "${value}" is not an http(s) URL`);
      return undefined;
    },
    maxDeletes(value: string | undefined) {
      if (value === undefined) return undefined;
      const parsed = parseMaxDeletes(value);
      if (typeof parsed === "string") {
        problems.push(`max-deletes: ${parsed}`);
        return undefined;
      }
      return parsed;
    },
  };
}
