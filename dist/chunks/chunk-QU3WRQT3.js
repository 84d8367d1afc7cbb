import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  require_out
} from "./chunk-TDM6W3DQ.js";
import {
  applyOverrides,
  preparePayloads,
  unpackPrepared
} from "./chunk-BXPFYH4T.js";
import {
  ApiError,
  ConfigError,
  pLimit,
  pageOfProvenance,
  redact,
  redactUrlCredentials,
  secretsFromUrl,
  targetNames,
  targets
} from "./chunk-5NIUST2G.js";
import {
  CONFIG_FILE_NAMES,
  EXPECTED,
  FILE_FIELDS,
  describeMaxDeletes,
  invalidValue,
  isApiBaseUrl,
  isHttpUrl,
  parseMaxDeletes
} from "./chunk-HPFG24QX.js";
import {
  NO_TEXT_MESSAGE,
  OUTSIDE_ROOT_MESSAGE,
  TOO_LARGE_MESSAGE,
  builtBy,
  canonicalLocale,
  compareCodeUnits,
  isInside,
  localeKey,
  matchLocale,
  readSourceBytes,
  recordBuiltBy,
  selectVersions,
  sourceUrlOf,
  versionPrefix,
  versionedPath
} from "./chunk-FAW3YXAK.js";
import {
  HASH_SCHEMA_VERSION,
  canonicalJson,
  fingerprintOf,
  sha256,
  sha256Bytes
} from "./chunk-WAZHSMMG.js";
import {
  DEFAULT_FRONTMATTER_KEYS,
  ID_SCOPES,
  externalIdOf,
  scopedIdWithin,
  validateId
} from "./chunk-ZEPJQXB2.js";
import {
  blockAfter,
  docusaurusSettings,
  flatten,
  isRecord,
  parseData,
  propertyValue,
  stringValue,
  withoutComments
} from "./chunk-6D4YCQHN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-IAQ7UJBM.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/output/redactor.ts
function createRedactor(initial = []) {
  const known = /* @__PURE__ */ new Set();
  const redactor = {
    add: (...secrets) => {
      for (const secret of secrets) if (secret) known.add(secret);
    },
    text: (text) => redactUrlCredentials(redact(text, [...known]))
  };
  redactor.add(...initial);
  return redactor;
}
function secretsOf(options) {
  return [options.apiKey ?? "", ...secretsFromUrl(options.apiUrl)].filter(Boolean);
}

// src/config/raw.ts
function splitList(value) {
  if (value === void 0 || value.trim() === "") return void 0;
  const items = [];
  for (const line of value.split(/\r?\n/)) {
    let depth = 0;
    let current = "";
    for (const char of line) {
      if (char === "{") depth++;
      if (char === "}") depth = Math.max(0, depth - 1);
      if (char === "," && depth === 0) {
        items.push(current);
        current = "";
      } else current += char;
    }
    items.push(current);
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

// src/config/env.ts
var ENV_PREFIX = "KB_PUBLISH_";
var PLAIN_TYPES = /* @__PURE__ */ new Set(["string", "integer", "boolean", "strings", "max-deletes"]);
var ENV_FIELDS = [
  ...Object.entries(FILE_FIELDS).filter(([, field]) => PLAIN_TYPES.has(field.spec.type)),
  ["api-key", { option: "apiKey", spec: { type: "string", description: "API key." } }],
  ["config", { option: "config", spec: { type: "string", description: "Config file." } }]
];
function envName(key) {
  return `${ENV_PREFIX}${key.toUpperCase().replace(/-/g, "_")}`;
}
function envOptions(env) {
  const raw = {};
  for (const [key, field] of ENV_FIELDS) {
    const value = env[envName(key)];
    if (value === void 0 || value.trim() === "") continue;
    raw[field.option] = field.spec.type === "strings" ? splitList(value) : value.trim();
  }
  return raw;
}

// src/config/resolve.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/plan/guards.ts
var DEFAULT_MAX_DELETE_PERCENT = 10;
var DEFAULT_MAX_DELETE_FLOOR = 5;
var OVERRIDE_HINT = "refusing; pass --allow-mass-delete (input allow-mass-delete) to proceed";
var OVERRIDDEN_NOTE = "proceeding because allow-mass-delete is set";
function evaluateGuards(input) {
  return [massDeleteGuard(input), emptySourceGuard(input)];
}
function massDeleteGuard(input) {
  const { deletes, ownedLive: ownedLive2, maxDeletes } = input;
  const tripped = exceedsLimit(deletes, ownedLive2, maxDeletes);
  const limit = maxDeletes ? `max-deletes ${describeMaxDeletes(maxDeletes)}` : `the default limit (${DEFAULT_MAX_DELETE_PERCENT}% of owned records and more than ${DEFAULT_MAX_DELETE_FLOOR})`;
  const share = `${deletes} of ${ownedLive2} owned records (${percentText(deletes, ownedLive2)})`;
  if (!tripped) return verdict("mass-delete", false, input, `the plan deletes ${share}; within ${limit}`);
  return verdict("mass-delete", true, input, `the plan would delete ${share}, more than ${limit}`);
}
function emptySourceGuard(input) {
  const { documents, rejected, ownedLive: ownedLive2 } = input;
  const tripped = documents === 0 && rejected === 0 && ownedLive2 > 0;
  if (!tripped) {
    const message2 = ownedLive2 === 0 ? "the knowledge base holds no owned records" : `the source has ${documents} ${documents === 1 ? "document" : "documents"}`;
    return verdict("empty-source", false, input, message2);
  }
  const message = `the source has no documents while the knowledge base holds ${ownedLive2} owned ${ownedLive2 === 1 ? "record" : "records"} (check the root and the include/exclude globs)`;
  return verdict("empty-source", true, input, message);
}
function exceedsLimit(deletes, ownedLive2, limit) {
  if (!limit) return deletes > DEFAULT_MAX_DELETE_FLOOR && deletes * 100 > DEFAULT_MAX_DELETE_PERCENT * ownedLive2;
  if (limit.kind === "count") return deletes > limit.value;
  return deletes * 100 > limit.value * ownedLive2;
}
function verdict(guard, tripped, input, message) {
  const overridden = input.allowMassDelete;
  if (!tripped) return { guard, tripped, overridden, message };
  return { guard, tripped, overridden, message: `${message}; ${overridden ? OVERRIDDEN_NOTE : OVERRIDE_HINT}` };
}
function percentText(part, whole) {
  if (whole === 0) return "0%";
  return `${Math.round(part * 1e3 / whole) / 10}%`;
}

// src/sources/default-include.ts
var import_fast_glob = __toESM(require_out(), 1);
import { basename, resolve } from "node:path";

// src/config/settings.ts
var DEFAULT_INCLUDE = ["**/*.{md,mdx,markdown}"];
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

// src/sources/default-include.ts
var BUILD_FOLDER_NAMES = ["public", "build", "_site", "site", "dist", "out"];
var HTML_INCLUDE = ["**/*.{html,htm}"];
function defaultIncludeFor(root, hasMarkdown) {
  const name = basename(resolve(root));
  const isBuildFolder = BUILD_FOLDER_NAMES.includes(name);
  return isBuildFolder && !hasMarkdown ? [...HTML_INCLUDE] : [...DEFAULT_INCLUDE];
}
async function detectDefaultInclude(root) {
  const name = basename(resolve(root));
  if (!BUILD_FOLDER_NAMES.includes(name)) return [...DEFAULT_INCLUDE];
  const stream = import_fast_glob.default.stream(DEFAULT_INCLUDE, { cwd: root, ignore: ["**/node_modules/**", "**/.git/**"], followSymbolicLinks: false });
  let hasMarkdown = false;
  for await (const _entry of stream) {
    hasMarkdown = true;
    break;
  }
  return defaultIncludeFor(root, hasMarkdown);
}

// src/config/defaults.ts
var SETTINGS_DEFAULTS = {
  command: "sync",
  target: "local",
  include: DEFAULT_INCLUDE,
  exclude: [],
  idPrefix: "",
  idKey: "id",
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  allowMassDelete: false,
  full: false,
  allowRollback: false,
  deletions: "tombstone",
  owner: "kb-publish",
  wait: false,
  waitTimeoutSeconds: 600,
  lockTimeoutSeconds: 60,
  requestTimeoutMs: 3e4,
  runner: "cli",
  locales: [],
  defaultLocale: "en",
  versions: ["latest"]
};

// src/config/commit.ts
import { execFile } from "node:child_process";
var GIT_TIMEOUT_MS = 1e4;
function readCommitStamp(root) {
  return new Promise((resolve2) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    execFile("git", ["log", "-1", "--format=%H %ct", "HEAD"], { cwd: root, env, timeout: GIT_TIMEOUT_MS }, (error, stdout) => {
      resolve2(error ? void 0 : parseStamp(stdout));
    });
  });
}
function parseStamp(text) {
  const match = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+)$/.exec(text.trim());
  return match ? { sha: match[1], time: Number(match[2]) } : void 0;
}

// src/config/layers.ts
function layerOptions(layers) {
  const { targets: targets2, ...topLevel } = layers.file;
  const env = definedOnly(layers.env);
  const explicit = definedOnly(layers.explicit);
  const selected = explicit.target ?? env.target ?? topLevel.target ?? "local";
  return { ...definedOnly(topLevel), ...definedOnly(targets2?.[selected] ?? {}), ...env, ...explicit };
}
function definedOnly(raw) {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== void 0 && value !== ""));
}
function documentOptions(merged, problems) {
  const result = {};
  const keys = merged.frontmatter;
  if (keys && Object.keys(keys).length > 0) {
    if (keys.id && merged.idKey && merged.idKey !== "id") {
      problems.push(`id-key is "${merged.idKey}" and frontmatter.id is ${JSON.stringify(keys.id)}; expected only one of them (frontmatter.id replaces id-key)`);
    }
    result.frontmatterKeys = keys;
  }
  if (merged.overrides && merged.overrides.length > 0) result.overrides = merged.overrides;
  if (merged.components && Object.keys(merged.components).length > 0) result.components = merged.components;
  return result;
}
function checkVersions(versions, problems, where) {
  if (versions === void 0 || versions.length === 0) return void 0;
  const alone = versions.find((name) => name === "latest" || name === "all");
  if (alone && versions.length > 1) {
    problems.push(invalidValue(where("versions"), JSON.stringify(versions), `latest, current or all alone, or a list of version names (it mixes "${alone}" with others)`));
    return void 0;
  }
  return versions;
}
function checkLocales(merged, problems, where) {
  const named = [
    ...(merged.locales ?? []).map((code2) => ["locales", code2]),
    ...merged.defaultLocale === void 0 ? [] : [["defaultLocale", merged.defaultLocale]]
  ];
  for (const [option, code2] of named) {
    if (canonicalLocale(code2) === void 0) problems.push(invalidValue(where(option), JSON.stringify(code2), EXPECTED.locale));
  }
}

// src/config/target-options.ts
var TARGET_OPTIONS = {
  local: ["store"],
  heppu: ["apiUrl", "apiKey", "collectionId", "rateLimit", "timeout", "wait", "waitTimeout"],
  humind: ["apiUrl", "apiKey", "rateLimit", "timeout"],
  chatbot: ["apiUrl", "apiKey", "sourceId", "rateLimit", "timeout", "waitTimeout"],
  totoy: ["apiUrl", "apiKey", "knowledgeBaseId", "metadataValueLimit", "rateLimit", "timeout", "wait", "waitTimeout"]
};
var ALL = [...new Set(Object.values(TARGET_OPTIONS).flat())];
function ignoredOptions(raw, target) {
  const reads = TARGET_OPTIONS[target];
  if (!reads) return [];
  return ALL.filter((option) => !reads.includes(option) && raw[option] !== void 0 && raw[option] !== "");
}
function targetsReading(option) {
  return Object.entries(TARGET_OPTIONS).filter(([, options]) => options.includes(option)).map(([name]) => name);
}

// src/config/resolve.ts
async function resolveSettings(input) {
  const { raw, cwd } = input;
  const env = envOptions(input.env);
  const problems = [];
  const configName = raw.config || env.config;
  const configPath = configName ? path.resolve(cwd, configName) : findConfigFile(cwd);
  if (configName && !existsSync(configPath ?? "")) problems.push(`config file not found: ${configName}`);
  const shownName = configPath ? displayPath(cwd, configPath) : CONFIG_FILE_NAMES[0];
  const fromFile = configPath && existsSync(configPath) ? await (await import("./file-ADLEPOSC.js")).readConfigFile(configPath, { targetNames: targetNames(), displayName: shownName }) : { options: {}, problems: [] };
  problems.push(...fromFile.problems);
  const merged = layerOptions({ file: fromFile.options, env, explicit: raw });
  const where = originOf({ explicit: raw, env, runner: input.runner, file: shownName });
  checkLocales(merged, problems, where);
  const check = checker(problems, where);
  const settings = {
    command: check.oneOf("command", merged.command ?? SETTINGS_DEFAULTS.command, ["plan", "sync"]),
    root: path.resolve(cwd, merged.path ?? "."),
    target: check.oneOf("target", merged.target ?? SETTINGS_DEFAULTS.target, targetNames()),
    include: merged.include?.length ? merged.include : await defaultInclude(path.resolve(cwd, merged.path ?? ".")),
    exclude: merged.exclude ?? [],
    idPrefix: merged.idPrefix ?? SETTINGS_DEFAULTS.idPrefix,
    idKey: merged.idKey ?? SETTINGS_DEFAULTS.idKey,
    idScope: merged.idScope === void 0 ? void 0 : check.oneOf("idScope", merged.idScope, [...ID_SCOPES]),
    maxFileBytes: check.positiveInt("maxFileSize", merged.maxFileSize) ?? SETTINGS_DEFAULTS.maxFileBytes,
    maxDeletes: check.maxDeletes(merged.maxDeletes),
    allowMassDelete: check.bool("allowMassDelete", merged.allowMassDelete) ?? SETTINGS_DEFAULTS.allowMassDelete,
    allowRollback: check.bool("allowRollback", merged.allowRollback) ?? SETTINGS_DEFAULTS.allowRollback,
    full: check.bool("full", merged.full) ?? SETTINGS_DEFAULTS.full,
    deletions: check.oneOf("deletions", merged.deletions ?? SETTINGS_DEFAULTS.deletions, ["tombstone", "hard", "off"]),
    owner: merged.owner?.trim() || SETTINGS_DEFAULTS.owner,
    store: path.resolve(cwd, merged.store ?? ".kb-publish/store"),
    lockTimeoutSeconds: check.seconds("lockTimeout", merged.lockTimeout) ?? SETTINGS_DEFAULTS.lockTimeoutSeconds,
    apiUrl: check.apiUrl(merged.apiUrl || void 0),
    apiKey: merged.apiKey || void 0,
    collectionId: merged.collectionId || void 0,
    sourceId: merged.sourceId || void 0,
    knowledgeBaseId: merged.knowledgeBaseId || void 0,
    metadataValueLimit: check.positiveInt("metadataValueLimit", merged.metadataValueLimit),
    rateLimit: check.positiveInt("rateLimit", merged.rateLimit),
    wait: check.bool("wait", merged.wait) ?? SETTINGS_DEFAULTS.wait,
    waitTimeoutSeconds: check.positiveInt("waitTimeout", merged.waitTimeout) ?? SETTINGS_DEFAULTS.waitTimeoutSeconds,
    requestTimeoutMs: check.positiveInt("timeout", merged.timeout) ?? SETTINGS_DEFAULTS.requestTimeoutMs,
    runner: input.runner,
    baseUrl: check.url("baseUrl", merged.baseUrl),
    locales: merged.locales ?? [],
    defaultLocale: merged.defaultLocale ?? SETTINGS_DEFAULTS.defaultLocale,
    versions: checkVersions(merged.versions, problems, where) ?? [...SETTINGS_DEFAULTS.versions],
    ...documentOptions(merged, problems)
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
function originOf(layers) {
  const set = (raw, option) => raw[option] !== void 0 && raw[option] !== "";
  return (option) => {
    const key = kebab(option);
    if (set(layers.explicit, option)) return layers.runner === "cli" ? `--${key}` : `input ${key}`;
    if (set(layers.env, option)) return envName(key);
    return `${layers.file}: "${key}"`;
  };
}
function kebab(option) {
  return option.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);
}
async function defaultInclude(root) {
  return existsSync(root) ? detectDefaultInclude(root) : [...DEFAULT_INCLUDE];
}
function displayPath(cwd, file) {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
function findConfigFile(cwd) {
  return CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((file) => existsSync(file));
}
function checker(problems, where) {
  const invalid = (option, value, expected, candidates) => problems.push(invalidValue(where(option), JSON.stringify(value), expected, candidates));
  return {
    oneOf(option, value, allowed) {
      if (!allowed.includes(value)) invalid(option, value, EXPECTED.oneOf(allowed), allowed);
      return value;
    },
    seconds(option, value) {
      if (value === void 0) return void 0;
      const number = Number(value);
      if (Number.isInteger(number) && number >= 0) return number;
      invalid(option, value, EXPECTED.seconds);
      return void 0;
    },
    positiveInt(option, value) {
      if (value === void 0) return void 0;
      const number = Number(value);
      if (Number.isInteger(number) && number > 0) return number;
      invalid(option, value, EXPECTED.integer(1));
      return void 0;
    },
    bool(option, value) {
      if (value === void 0 || typeof value === "boolean") return value;
      if (/^(true|yes|1)$/i.test(value)) return true;
      if (/^(false|no|0)$/i.test(value)) return false;
      invalid(option, value, EXPECTED.boolean);
      return void 0;
    },
    url(option, value) {
      if (value === void 0) return void 0;
      if (isHttpUrl(value)) return value.replace(/\/+$/, "");
      invalid(option, value, EXPECTED.url);
      return void 0;
    },
    apiUrl(value) {
      if (value === void 0) return void 0;
      if (isApiBaseUrl(value)) return value.replace(/\/+$/, "");
      invalid("apiUrl", value, EXPECTED.apiUrl);
      return void 0;
    },
    maxDeletes(value) {
      if (value === void 0) return void 0;
      const parsed = parseMaxDeletes(value);
      if (typeof parsed === "string") {
        invalid("maxDeletes", value, EXPECTED.maxDeletes);
        return void 0;
      }
      return parsed;
    }
  };
}

// src/exit-codes.ts
var ExitCode = {
  ok: 0,
  error: 1,
  changesPending: 2,
  guardRefused: 3,
  partialFailure: 4
};
function exitCodeFor({ plan, result, detailed }) {
  if (plan.errors.length > 0) return ExitCode.error;
  if (plan.guards.some((guard) => guard.tripped && !guard.overridden)) return ExitCode.guardRefused;
  const unreadable = plan.diagnostics.some((d) => d.severity === "error");
  const failed = result ? result.counts.failed > 0 || result.failure !== void 0 : plan.rejected.length > 0;
  if (unreadable || failed) return ExitCode.partialFailure;
  const pending = plan.summary.create + plan.summary.update + plan.summary.delete > 0;
  if (!result && detailed && pending) return ExitCode.changesPending;
  return ExitCode.ok;
}

// src/report/wording.ts
function heldSummary(plan) {
  const kept = plan.kept?.length ?? 0;
  const skipped2 = plan.skipped?.length ?? 0;
  return `${kept > 0 ? `, ${kept} kept (unreadable)` : ""}${skipped2 > 0 ? `, ${skipped2} skipped (newer commit)` : ""}`;
}
function planSummaryLine(plan) {
  const { create, update, unchanged } = plan.summary;
  const rejected = plan.rejected.length > 0 ? `, ${plan.rejected.length} rejected` : "";
  return `Plan: ${create} to create, ${update} to update, ${plan.summary.delete} to delete, ${unchanged} unchanged${rejected}${heldSummary(plan)}.`;
}
function resultSummaryLine(result) {
  const c = result.counts;
  const skipped2 = c.skipped > 0 ? `, ${c.skipped} skipped` : "";
  return `Synced: ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.failed} failed${skipped2}.`;
}
function changeRows(plan) {
  return plan.operations.flatMap(changeRow);
}
function changeRow(op) {
  if (op.kind === "unchanged") return [];
  if (op.kind === "delete") {
    const { externalId: externalId2, title: title2 } = op.remote;
    return [{ action: "delete", externalId: externalId2, title: title2, reason: op.reasons.join(", ") }];
  }
  const { externalId, title, sourcePath } = op.doc;
  return [{ action: op.kind, externalId, title, sourcePath, reason: op.reasons.join(", ") }];
}
function locationOf(diagnostic) {
  return diagnostic.line === void 0 ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/report/markdown-format.ts
var MAX_CELL_CHARS = 500;
function escapeText(text) {
  const flat = clip(printable(oneLine(text)));
  const escaped = flat.replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`).replace(/@/g, "@\u200B");
  return escaped.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
function code(text, options = {}) {
  const flat = clip(printable(oneLine(text)));
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = flat.startsWith("`") || flat.endsWith("`") ? ` ${flat} ` : flat;
  const span = `${fence}${padded}${fence}`;
  return options.inTable ? span.replace(/\|/g, "\\|") : span;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, " ");
}
function clip(text) {
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}\u2026` : text;
}

// src/report/held.ts
function heldRows(plan) {
  return [
    ...(plan.kept ?? []).map((k) => ({ action: "kept", externalId: k.externalId, title: k.title, sourcePath: k.file, reason: k.reason })),
    ...(plan.skipped ?? []).map((s) => ({ action: "skipped", externalId: s.externalId, title: s.title, sourcePath: s.sourcePath, reason: skippedReason(s) }))
  ];
}
function skippedReason(skipped2) {
  return `${skipped2.reason} (would ${skipped2.action}: ${skipped2.reasons.join(", ")})`;
}
function heldSections(plan) {
  const kept = plan.kept ?? [];
  const skipped2 = plan.skipped ?? [];
  const sections2 = [];
  if (kept.length > 0) {
    sections2.push({
      kind: "NOTE",
      title: `${plural(kept.length, "published page")} kept as ${kept.length === 1 ? "it is" : "they are"}: the file could not be read, so the copy is neither updated nor deleted`,
      items: kept.map((k) => `${code(k.externalId)} (${code(k.file)}): ${escapeText(k.reason)}`)
    });
  }
  if (skipped2.length > 0) {
    sections2.push({
      kind: "WARNING",
      title: `${plural(skipped2.length, "record")} skipped: a newer commit published ${skipped2.length === 1 ? "it" : "them"} (pass allow-rollback to overwrite)`,
      items: skipped2.map((s) => `${code(s.externalId)}: ${escapeText(skippedReason(s))}`)
    });
  }
  return sections2;
}
function rollbackWarning(plan) {
  const skipped2 = plan.skipped ?? [];
  if (skipped2.length === 0) return void 0;
  const newest = [...skipped2].sort((a, b) => b.commit.time - a.commit.time)[0].commit;
  return `${plural(skipped2.length, "record was", "records were")} left as ${skipped2.length === 1 ? "it is" : "they are"}: a newer commit published ${skipped2.length === 1 ? "it" : "them"} (newest ${newest.sha.slice(0, 12)}, ${new Date(newest.time * 1e3).toISOString()}) and these docs are from an older commit; run from the newest commit, or pass --allow-rollback (input allow-rollback) to overwrite them`;
}

// src/plan/types.ts
function isBlocked(plan) {
  return plan.errors.length > 0 || plan.guards.some((g) => g.tripped && !g.overridden);
}

// src/report/left-out.ts
var LABELS = {
  draft: (n) => plural(n, "draft"),
  unpublished: (n) => `${n} unpublished`,
  partial: (n) => plural(n, "partial"),
  empty: (n) => `${n} without text`,
  noindex: (n) => `${n} noindex`,
  redirect: (n) => plural(n, "redirect stub"),
  generated: (n) => plural(n, "generated page"),
  override: (n) => `${n} excluded by an override`,
  "too-large": (n) => `${n} over the size limit`,
  other: (n) => `${n} left out for another reason`
};
var ORDER = Object.keys(LABELS);
function leftOutPages(plan) {
  const excluded = (plan.excluded ?? []).map((file) => ({ path: file.file, reason: leftOutReason(file), detail: file.reason }));
  const tooLarge = plan.diagnostics.filter((d) => d.severity === "error" && d.message.startsWith(TOO_LARGE_MESSAGE)).map((d) => ({ path: d.file, reason: "too-large", detail: d.message }));
  return [...excluded, ...tooLarge].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function leftOutReason(file) {
  const { reason } = file;
  if (file.textless) return "empty";
  if (/^draft\b|_drafts/.test(reason)) return "draft";
  if (reason.startsWith("excluded by overrides[")) return "override";
  if (reason.includes("a partial, not a page")) return "partial";
  if (reason.startsWith("noindex")) return "noindex";
  if (reason.startsWith("redirect stub")) return "redirect";
  if (reason.endsWith("of the built site")) return "generated";
  if (reason.endsWith("in frontmatter")) return "unpublished";
  return "other";
}
function leftOutCounts(pages) {
  const counts = /* @__PURE__ */ new Map();
  for (const page of pages) counts.set(page.reason, (counts.get(page.reason) ?? 0) + 1);
  return ORDER.filter((reason) => counts.has(reason)).map((reason) => LABELS[reason](counts.get(reason))).join(", ");
}
function leftOutLine(page) {
  return `${page.path}: ${describeLeftOut(page)}`;
}
function describeLeftOut(page) {
  if (page.reason === "too-large" || page.reason === "other" || page.reason === "empty") return page.detail;
  return `${page.reason} (${page.detail})`;
}

// src/report/json.ts
var REPORT_JSON_VERSION = 1;
function planToJson(plan) {
  return {
    version: REPORT_JSON_VERSION,
    blocked: isBlocked(plan),
    summary: { ...plan.summary },
    operations: plan.operations.map(operationToJson),
    errors: [...plan.errors],
    rejected: plan.rejected.map((r) => ({ ...r })),
    diagnostics: plan.diagnostics.map((d) => withoutUndefined({ ...d })),
    guards: plan.guards.map((g) => ({ ...g })),
    deletesWithheld: [...plan.deletesWithheld],
    kept: (plan.kept ?? []).map((k) => withoutUndefined({ ...k })),
    excluded: leftOutPages(plan),
    skipped: (plan.skipped ?? []).map((s) => withoutUndefined({ ...s, reasons: [...s.reasons], commit: { ...s.commit } }))
  };
}
function resultToJson(result) {
  return {
    version: REPORT_JSON_VERSION,
    counts: { ...result.counts },
    results: result.results.map((r) => withoutUndefined({ ...r })),
    deletesSkipped: result.deletesSkipped ?? null,
    notes: [...result.notes]
  };
}
function operationToJson(op) {
  if (op.kind === "delete") {
    const { externalId: externalId2, title: title2, remoteId, fingerprint } = op.remote;
    return withoutUndefined({ kind: op.kind, externalId: externalId2, title: title2, remoteId, reasons: [...op.reasons], hash: fingerprint?.hash });
  }
  const { externalId, title, sourcePath } = op.doc;
  const remote = op.kind === "create" ? void 0 : op.remote;
  return withoutUndefined({
    kind: op.kind,
    externalId,
    title,
    sourcePath,
    remoteId: remote?.remoteId,
    reasons: op.kind === "unchanged" ? [] : [...op.reasons],
    hash: op.fingerprint.hash,
    previousHash: op.kind === "update" ? op.remote.fingerprint?.hash : void 0
  });
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== void 0));
}

// src/report/outcome.ts
function outcomeToJson(command, outcome) {
  return {
    command,
    plan: planToJson(outcome.plan),
    result: outcome.result ? resultToJson(outcome.result) : null
  };
}

// src/output/progress.ts
var LABEL = {
  reading: { verb: "Reading", noun: "files" },
  planning: { verb: "Planning", noun: "" },
  writing: { verb: "Writing", noun: "documents" }
};
var REDRAW_MS = 100;
var RATE_AFTER_ITEMS = 5;
var CLEAR_LINE = "\r\x1B[2K";
function createProgress(options) {
  const showAfter = options.showAfterMs ?? 1e3;
  let state;
  const draw = (final) => {
    if (!state) return;
    const elapsed = options.now() - state.started;
    if (!state.shown && elapsed < showAfter) return;
    if (!final && state.shown && options.now() - state.drawn < REDRAW_MS) return;
    state.shown = true;
    state.drawn = options.now();
    const line = final ? finishedLine({ ...state, elapsedMs: elapsed }) : statusLine({ ...state, elapsedMs: elapsed });
    options.write(`${CLEAR_LINE}${final ? line : options.colors.dim(line)}${final ? "\n" : ""}`);
  };
  const finish = () => {
    if (state?.shown) draw(true);
    state = void 0;
  };
  return {
    phase(phase, total) {
      finish();
      state = { phase, started: options.now(), done: 0, total, shown: false, drawn: 0 };
    },
    update(done, total) {
      if (!state) return;
      state.done = done;
      if (total !== void 0) state.total = total;
      draw(false);
    },
    end: finish,
    render: () => draw(false),
    interrupt() {
      if (!state?.shown) return;
      options.write(CLEAR_LINE);
      state.drawn = 0;
    }
  };
}
function statusLine(state) {
  const { verb, noun } = LABEL[state.phase];
  if (state.total === void 0 || state.total === 0) return `${verb}\u2026 ${seconds(state.elapsedMs)}`;
  const rate = state.elapsedMs > 0 ? state.done * 1e3 / state.elapsedMs : 0;
  const parts = [`${verb} ${state.done}/${state.total} ${noun}`.trimEnd()];
  if (rate > 0 && state.done >= RATE_AFTER_ITEMS) {
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
    parts.push(`ETA ${seconds((state.total - state.done) / rate * 1e3)}`);
  }
  return parts.join(" \xB7 ");
}
function finishedLine(state) {
  const { verb, noun } = LABEL[state.phase];
  if (state.total === void 0 || state.total === 0) return `${verb} took ${seconds(state.elapsedMs)}`;
  return `${verb} ${state.done}/${state.total} ${noun} in ${seconds(state.elapsedMs)}`.replace(/ {2}/g, " ");
}
function seconds(ms) {
  const s = Math.max(0, ms) / 1e3;
  if (s < 10) return `${s.toFixed(1)}s`;
  if (s < 60) return `${Math.round(s)}s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, "0")}s`;
}

// src/output/retry-log.ts
function retryLine(info) {
  const why = info.retryAfter ? "Retry-After from the server" : "backoff";
  return `${info.reason}; attempt ${info.attempt + 1} of ${info.maxAttempts} in ${seconds(info.delayMs)} (${why})`;
}

// src/output/color.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function colorEnabled(env, isTTY) {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  return isTTY && env.TERM !== "dumb";
}
function colorsFor(enabled) {
  return import_picocolors.default.createColors(enabled);
}

// src/report/warnings.ts
var GROUP_AT = 3;
var FILES_SHOWN = 5;
function groupWarnings(warnings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const d of warnings) {
    const key = d.group === void 0 ? `message:${d.message}` : `group:${d.group}`;
    byKey.set(key, [...byKey.get(key) ?? [], d]);
  }
  return [...byKey.values()].flatMap((members) => {
    if (members.length < GROUP_AT) return members.map((diagnostic) => ({ kind: "one", diagnostic }));
    const first = members[0];
    const summary = first.group === void 0 ? `${first.message} (${plural(members.length, "file")})` : `${members.length} pages ${first.group}`;
    return [{ kind: "many", summary, diagnostics: members }];
  });
}
function locationList(diagnostics, all, format = (t) => t) {
  const shown = all ? diagnostics : diagnostics.slice(0, FILES_SHOWN);
  const rest = diagnostics.length - shown.length;
  const names = shown.map((d) => format(locationOf(d)));
  return rest > 0 ? `${names.join(", ")}, \u2026 (${rest} more)` : names.join(", ");
}

// src/report/text.ts
var ROWS_PER_ACTION = 20;
var MAX_ID_WIDTH = 48;
function renderPlanText(plan, options = {}) {
  const c = colorsFor(options.color ?? false);
  const quiet = options.quiet ?? false;
  const sections2 = [
    quiet ? "" : changeTable([...changeRows(plan), ...heldRows(plan)], plan.summary.unchanged, options, c),
    listSection("Plan errors", plan.errors, c.red),
    listSection("Rejected documents", plan.rejected.map((r) => `${r.externalId} (${r.sourcePath}): ${r.message}`), c.red),
    listSection("Files that could not be read", errorLines(plan), c.red),
    quiet ? "" : warningSection(plan, options, c),
    guardLines(plan, c),
    listSection("Deletes withheld", plan.deletesWithheld, c.yellow),
    quiet ? "" : leftOutSection(plan, options)
  ];
  const footer = [planSummaryLine(plan)];
  if (isBlocked(plan)) footer.push(c.red("Nothing will be written: the plan is blocked (see above)."));
  return [...sections2.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}
function renderResultText(result, options = {}) {
  const c = colorsFor(options.color ?? false);
  const failures = result.results.filter((r) => r.status === "failed").map((r) => `${r.externalId}${r.sourcePath ? ` (${r.sourcePath})` : ""}: ${r.error ?? "unknown error"}`);
  const footer = [resultSummaryLine(result)];
  if (result.deletesSkipped) footer.push(c.yellow(`Deletes skipped: ${printable(result.deletesSkipped)}`));
  const sections2 = [listSection("Failed", failures, c.red), options.quiet ? "" : listSection("Notes", result.notes, c.yellow)];
  return [...sections2.filter((s) => s.length > 0), footer.join("\n")].join("\n\n");
}
var MORE = { create: "to create", update: "to update", delete: "to delete", kept: "kept", skipped: "skipped" };
function changeTable(rows, unchanged, options, c) {
  const hidden = unchanged > 0 ? `(${plural(unchanged, "unchanged document")} not shown)` : "";
  if (rows.length === 0) return ["No changes.", hidden].filter(Boolean).join(" ");
  const shown = options.all ? rows : firstPerAction(rows);
  const cells = shown.map((row) => [row.action, printable(row.externalId), printable(row.reason)]);
  const actionWidth = Math.max("ACTION".length, ...cells.map((cell) => cell[0].length));
  const idWidth = Math.min(MAX_ID_WIDTH, Math.max("ID".length, ...cells.map((cell) => cell[1].length)));
  const line = (action, id, reason) => `${action.padEnd(actionWidth)}  ${id.padEnd(idWidth)}  ${reason}`.trimEnd();
  const paint = { create: c.green, update: c.yellow, delete: c.red, kept: c.cyan, skipped: c.yellow };
  const body = [];
  for (const [index, [action, id, reason]] of cells.entries()) {
    const padded = line(action, id, reason);
    body.push(paint[action](padded.slice(0, actionWidth)) + padded.slice(actionWidth));
    const next = cells[index + 1]?.[0];
    if (next !== action) body.push(...moreLine(rows, shown, action, c));
  }
  return [c.bold(line("ACTION", "ID", "REASON")), ...body, ...hidden ? [hidden] : []].join("\n");
}
function firstPerAction(rows) {
  const seen = /* @__PURE__ */ new Map();
  return rows.filter((row) => {
    const count = (seen.get(row.action) ?? 0) + 1;
    seen.set(row.action, count);
    return count <= ROWS_PER_ACTION;
  });
}
function moreLine(rows, shown, action, c) {
  const count = (list) => list.filter((row) => row.action === action).length;
  const left = count(rows) - count(shown);
  return left > 0 ? [c.dim(`  \u2026 and ${left} more ${MORE[action]} (--all lists every row)`)] : [];
}
function listSection(title, items, paint) {
  if (items.length === 0) return "";
  return [paint(`${title} (${items.length}):`), ...items.map((item) => `  ${printable(item)}`)].join("\n");
}
function errorLines(plan) {
  return plan.diagnostics.filter((d) => d.severity === "error").map((d) => `${locationOf(d)}: ${d.message}`);
}
function warningSection(plan, options, c) {
  const warnings = plan.diagnostics.filter((d) => d.severity === "warning");
  if (warnings.length === 0) return "";
  const lines = groupWarnings(warnings).flatMap((group) => {
    if (group.kind === "one") return [`  ${printable(`${locationOf(group.diagnostic)}: ${group.diagnostic.message}`)}`];
    const head = `  ${printable(`${group.summary}: ${locationList(group.diagnostics, false)}`)}`;
    if (!options.verbose) return [head];
    return [`  ${printable(group.summary)}:`, ...group.diagnostics.map((d) => `    ${printable(`${locationOf(d)}: ${d.message}`)}`)];
  });
  return [c.yellow(`Warnings (${warnings.length}):`), ...lines].join("\n");
}
function guardLines(plan, c) {
  return plan.guards.filter((g) => g.tripped).map((g) => g.overridden ? c.yellow(`Guard ${g.guard} overridden: ${g.message}`) : c.red(`Guard ${g.guard} tripped: ${g.message}`)).join("\n");
}
function leftOutSection(plan, options) {
  const pages = leftOutPages(plan);
  if (pages.length === 0) return "";
  const head = `Left out (${pages.length}): ${leftOutCounts(pages)}`;
  if (!options.verbose) return `${head} (-v lists them)`;
  return [head, ...pages.map((page) => `  ${printable(leftOutLine(page))}`)].join("\n");
}

// package.json
var package_default = {
  name: "kb-publish",
  version: "0.1.0",
  description: "Publish a docs repository into AI knowledge bases: plan, diff, batch upsert and tombstone, from a CLI or a GitHub Action.",
  license: "MIT",
  type: "module",
  bin: {
    "kb-publish": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "schema"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "npm run typecheck && npm run lint && vitest run",
    "test:watch": "vitest",
    bench: "node --import tsx bench/run.ts",
    "bench:inputs": "node --import tsx bench/inputs.ts",
    schema: "node --import tsx scripts/schema.ts",
    readme: "node --import tsx scripts/readme-examples.ts",
    emulator: "node --import tsx test/emulators/serve.ts",
    corpus: "node --import tsx bench/corpus.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^9.39.5",
    "@types/hast": "^3.0.5",
    "@types/markdown-it": "^14.1.2",
    "@types/markdown-it-footnote": "^3.0.4",
    "@types/mdast": "^4.0.4",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^2.3.4",
    acorn: "^8.19.0",
    "acorn-jsx": "^5.3.2",
    ajv: "^8.20.0",
    commander: "^14.0.3",
    "decode-named-character-reference": "^1.3.0",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-glob": "^3.3.3",
    "github-slugger": "^2.0.0",
    "gray-matter": "^4.0.3",
    "hast-util-from-html": "^2.1.0",
    "hast-util-from-parse5": "^8.0.4",
    "hast-util-select": "^6.0.4",
    "hast-util-to-html": "^9.0.6",
    "hast-util-to-mdast": "^10.1.3",
    "hast-util-to-string": "^3.0.1",
    "hast-util-to-text": "^4.0.3",
    "markdown-it": "^14.1.0",
    "markdown-it-footnote": "^4.0.0",
    "mdast-util-gfm": "^3.1.0",
    "mdast-util-to-markdown": "^2.2.3",
    "mdast-util-to-string": "^4.0.0",
    "micromark-util-sanitize-uri": "^2.0.1",
    "p-limit": "^7.3.3",
    parse5: "^8.1.1",
    picocolors: "^1.1.1",
    picomatch: "^2.3.2",
    "rehype-sanitize": "^6.0.0",
    "rehype-stringify": "^10.0.1",
    "remark-gfm": "^4.0.1",
    "remark-parse": "^11.0.0",
    "smol-toml": "^1.9.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    unified: "^11.0.5",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/apply/batch.ts
var ITEM_OVERHEAD_BYTES = 64;
function splitIntoBatches(items, limits, sizeOf) {
  const maxItems = Math.max(1, Math.floor(limits.maxItems));
  const batches = [];
  let current = [];
  let currentBytes = 0;
  for (const item of items) {
    const bytes = limits.maxBytes === void 0 ? 0 : sizeOf(item);
    const full = current.length >= maxItems;
    const tooBig = limits.maxBytes !== void 0 && currentBytes + bytes > limits.maxBytes;
    if (current.length > 0 && (full || tooBig)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
function upsertBytes(item) {
  return Buffer.byteLength(JSON.stringify(item.payload), "utf8") + ITEM_OVERHEAD_BYTES;
}
function deleteBytes(record) {
  const ids = JSON.stringify({ externalId: record.externalId, remoteId: record.remoteId });
  return Buffer.byteLength(ids, "utf8") + ITEM_OVERHEAD_BYTES;
}

// src/apply/results.ts
var STATUSES = ["created", "updated", "unchanged", "deleted", "failed", "skipped"];
function countResults(results) {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  for (const result of results) counts[result.status] += 1;
  return counts;
}
function fromItemResult(item, doc) {
  const result = { externalId: item.externalId, status: item.status };
  if (item.status === "failed") result.error = item.error;
  if (doc?.sourcePath !== void 0) result.sourcePath = doc.sourcePath;
  if (doc?.title !== void 0) result.title = doc.title;
  return result;
}
function rejectedResults(plan) {
  return plan.rejected.map((r) => ({ externalId: r.externalId, status: "failed", error: r.message, sourcePath: r.sourcePath }));
}
function deleteSkipReason(gate) {
  if (gate.deletions === "off") return 'deletions are "off"; deletes skipped';
  if (gate.withheld.length > 0) return `deletes withheld: ${gate.withheld.join("; ")}`;
  if (gate.failed > 0) {
    const noun = gate.failed === 1 ? "document" : "documents";
    return `${gate.failed} ${noun} failed; deletes skipped so nothing is lost`;
  }
  return void 0;
}

// src/apply/retryable.ts
var MISSING_RESULT = "no result returned for this document";
var TRANSIENT = /temporar|unavailable|try again|please retry|retry later|timed? ?out|timeout|overload|busy|too many requests|rate.?limit|\b(?:429|5\d\d)\b|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up|unknown outcome/i;
function isRetryable(item) {
  if (item.status !== "failed") return false;
  if (item.retryable !== void 0) return item.retryable;
  return item.error === MISSING_RESULT || TRANSIENT.test(item.error);
}
function retryableError(error) {
  if (!(error instanceof ApiError)) return void 0;
  return error.retryable || error.kind === "unknown-outcome" || error.kind === "timeout" || error.kind === "network";
}

// src/apply/retry-rounds.ts
var DEFAULT_RETRY_ROUNDS = 4;
var realSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function sendWithRetryRounds(items, idOf, send, options = {}) {
  const rounds = Math.max(0, Math.floor(options.rounds ?? DEFAULT_RETRY_ROUNDS));
  const latest = /* @__PURE__ */ new Map();
  const remember = (results2) => results2.forEach((result) => latest.set(result.externalId, result));
  remember(await send([...items], 0));
  const retried = /* @__PURE__ */ new Set();
  let round = 0;
  for (; round < rounds; round++) {
    const again = items.filter((item) => isRetryableResult(latest.get(idOf(item))));
    if (again.length === 0) break;
    again.forEach((item) => retried.add(idOf(item)));
    await (options.sleep ?? realSleep)(pause(round, options));
    remember(await send(again, round + 1));
  }
  const results = items.map((item) => latest.get(idOf(item)) ?? { externalId: idOf(item), status: "failed", error: MISSING_RESULT });
  const recovered = [...retried].filter((id) => latest.get(id)?.status !== "failed").length;
  return { results, stats: { retried: retried.size, recovered, rounds: round } };
}
function isRetryableResult(result) {
  return result !== void 0 && isRetryable(result);
}
function pause(round, options) {
  const bound = Math.min(options.maxDelayMs ?? 8e3, (options.baseDelayMs ?? 1e3) * 2 ** round);
  return Math.floor((options.random ?? Math.random)() * bound);
}
function retryNote(kind, stats) {
  if (stats.retried === 0) return [];
  const rounds = `${stats.rounds} ${stats.rounds === 1 ? "round" : "rounds"}`;
  return [
    `retried ${stats.retried} ${kind} that failed transiently (${rounds}): ${stats.recovered} succeeded, ${stats.retried - stats.recovered} still failing`
  ];
}
function firstRoundOnly(progress, round) {
  return round === 0 ? progress : () => void 0;
}

// src/apply/run-batches.ts
async function runBatches(options) {
  const limit = pLimit(Math.max(1, Math.floor(options.concurrency)));
  const settled = await Promise.all(
    options.batches.map(
      (batch) => limit(async () => {
        const results = await sendOne(batch, options);
        options.onBatchDone?.(batch.length);
        return results;
      })
    )
  );
  return settled.flat();
}
async function sendOne(batch, options) {
  const ids = batch.map(options.idOf);
  try {
    const response = await options.send(batch);
    return matchResults(ids, response);
  } catch (error) {
    const message = errorMessage(error);
    const retryable = retryableError(error);
    return ids.map((externalId) => ({ externalId, status: "failed", error: message, ...retryable !== void 0 && { retryable } }));
  }
}
function matchResults(ids, response) {
  const byId = /* @__PURE__ */ new Map();
  for (const result of Array.isArray(response) ? response : []) {
    if (!byId.has(result.externalId)) byId.set(result.externalId, result);
  }
  return ids.map((externalId) => byId.get(externalId) ?? { externalId, status: "failed", error: MISSING_RESULT });
}
function errorMessage(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

// src/apply/deletes.ts
async function sendDeletes(ops, target, run) {
  const owned = ops.map((op) => op.remote).filter((remote) => remote.owned);
  run.progress(ops.length - owned.length);
  const send = (records, round) => runBatches({
    batches: splitIntoBatches(records, target.limits.delete, deleteBytes),
    concurrency: target.limits.concurrency,
    send: (batch) => target.deleteBatch(batch, run.mode),
    idOf: (record) => record.externalId,
    onBatchDone: firstRoundOnly(run.progress, round)
  });
  return sendWithRetryRounds(owned, (record) => record.externalId, send, run.retry);
}
function deleteResults(ops, sent) {
  const byId = new Map(sent.map((r) => [r.externalId, r]));
  return ops.map((op) => {
    const item = byId.get(op.remote.externalId);
    if (item) return fromItemResult(item, titleOf(op.remote));
    return skipped(op.remote, `record ${op.remote.externalId} is not owned by kb-publish; never deleted`);
  });
}
function skippedDeletes(ops, reason) {
  return ops.map((op) => skipped(op.remote, reason));
}
function skipped(remote, reason) {
  return { externalId: remote.externalId, status: "skipped", error: reason, ...titleOf(remote) };
}
function titleOf(remote) {
  return remote.title === void 0 ? {} : { title: remote.title };
}

// src/apply/upserts.ts
function upsertOps(operations) {
  return operations.filter((op) => op.kind === "create" || op.kind === "update");
}
function sendUpserts(ops, target, run) {
  const send = (round, index) => runBatches({
    batches: splitIntoBatches(round, target.limits.upsert, opBytes),
    concurrency: target.limits.concurrency,
    send: (batch) => target.upsertBatch(batch.map((op) => upsertOf(op, run.spool))),
    idOf: (op) => op.doc.externalId,
    onBatchDone: firstRoundOnly(run.progress, index)
  });
  return sendWithRetryRounds(ops, (op) => op.doc.externalId, send, run.retry);
}
function opBytes(op) {
  return op.spooled ? op.spooled.payloadBytes + ITEM_OVERHEAD_BYTES : upsertBytes(op);
}
function upsertOf(op, spool) {
  const page = op.spooled ? readPage(op, spool) : { doc: op.doc, payload: op.payload };
  const item = { ...page, fingerprint: op.fingerprint };
  if (op.kind === "update") item.remote = op.remote;
  if (op.provenance !== void 0) item.provenance = op.provenance;
  return item;
}
function readPage(op, spool) {
  if (!spool) throw new Error(`could not send ${JSON.stringify(op.doc.externalId)}: its page is spooled and applyPlan got no spool; expected the run's spool`);
  return spool.read(op.spooled);
}

// src/apply/apply.ts
async function applyPlan(plan, target, options) {
  assertNotBlocked(plan);
  const upserts = upsertOps(plan.operations);
  const deletes = plan.operations.filter((op) => op.kind === "delete");
  const progress = progressReporter(options.onProgress, upserts.length + deletes.length);
  const upserted = await sendUpserts(upserts, target, { progress, retry: options.retry, spool: options.spool });
  const upsertResults = new Map(upserted.results.map((r) => [r.externalId, r]));
  const results = [...nonDeleteResults(plan, upsertResults), ...rejectedResults(plan)];
  const failed = results.filter((r) => r.status === "failed").length;
  const gate = { deletions: options.deletions, withheld: plan.deletesWithheld, failed };
  const deletesSkipped = deletes.length > 0 ? deleteSkipReason(gate) : void 0;
  let deleted = [];
  const retryNotes = retryNote("upserts", upserted.stats);
  if (deletesSkipped === void 0) {
    const mode = options.deletions === "hard" ? "hard" : "tombstone";
    const sent = await sendDeletes(deletes, target, { mode, progress, retry: options.retry });
    deleted = sent.results;
    retryNotes.push(...retryNote("deletes", sent.stats));
    results.push(...deleteResults(deletes, deleted));
  } else {
    results.push(...skippedDeletes(deletes, deletesSkipped));
    progress(deletes.length);
  }
  const recorded = await recordNotes(plan, target);
  const finished = await finishNotes(target, [...upsertResults.values(), ...deleted]);
  const result = { results, counts: countResults(results), notes: [...retryNotes, ...recorded, ...finished.notes] };
  if (finished.failure !== void 0) result.failure = finished.failure;
  if (deletesSkipped !== void 0) result.deletesSkipped = deletesSkipped;
  return result;
}
function assertNotBlocked(plan) {
  if (!isBlocked(plan)) return;
  const tripped = plan.guards.filter((g) => g.tripped && !g.overridden).map((g) => g.guard);
  throw new Error(
    `applyPlan refused a blocked plan (${plan.errors.length} errors, tripped guards: ${tripped.join(", ") || "none"}); expected the caller to check isBlocked(plan) before applying`
  );
}
async function recordNotes(plan, target) {
  if (!target.recordProvenance) return [];
  const updates = [];
  for (const op of plan.operations) {
    if (op.kind === "unchanged" && op.provenance && op.remote.owned) updates.push({ record: op.remote, provenance: op.provenance });
  }
  if (updates.length === 0) return [];
  try {
    await target.recordProvenance(updates);
    return [];
  } catch (error) {
    return [`target "${target.name}" could not record the provenance of ${updates.length} unchanged records (they are derived again next run): ${errorMessage(error)}`];
  }
}
function nonDeleteResults(plan, upserted) {
  const results = [];
  for (const op of plan.operations) {
    if (op.kind === "delete") continue;
    const id = op.doc.externalId;
    const item = op.kind === "unchanged" ? { externalId: id, status: "unchanged" } : upserted.get(id) ?? { externalId: id, status: "failed", error: MISSING_RESULT };
    results.push(fromItemResult(item, op.doc));
  }
  return results;
}
async function finishNotes(target, results) {
  if (!target.finish) return { notes: [] };
  try {
    const finished = await target.finish(results);
    if (Array.isArray(finished)) return { notes: finished };
    const { failure } = finished;
    const notes = failure === void 0 || finished.notes.includes(failure) ? finished.notes : [...finished.notes, failure];
    return { ...finished, notes };
  } catch (error) {
    return { notes: [`target "${target.name}" finish step failed: ${errorMessage(error)}`] };
  }
}
function progressReporter(onProgress, total) {
  let done = 0;
  const report = (n) => {
    if (n <= 0) return;
    done += n;
    onProgress?.(done, total);
  };
  return report;
}

// src/plan/baseline.ts
function snapshotFromDocuments(documents, target) {
  const records = [];
  for (const doc of documents) {
    const payload = payloadOrUndefined(doc, target);
    if (!payload) continue;
    records.push({
      externalId: doc.externalId,
      fingerprint: fingerprintOf(payload),
      owned: true,
      state: "live",
      title: doc.title,
      content: typeof payload.content === "string" ? payload.content : doc.content
    });
  }
  return { records, complete: true };
}
function payloadOrUndefined(doc, target) {
  try {
    return target.payloadOf(doc);
  } catch {
    return void 0;
  }
}

// src/plan/deletes.ts
function orphanedRecords(records, claimed) {
  return records.filter((record) => record.owned && record.state === "live" && !claimed.has(record.externalId));
}
var NOTHING_LOST = "deletes are withheld so nothing is lost";
function withheldReasons(input) {
  const reasons = [];
  if (input.deletionsOff && input.orphans > 0) {
    reasons.push(`deletions are off: ${plural2(input.orphans, "owned record has", "owned records have")} no source file`);
  }
  const unreadable = new Set(input.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
  if (unreadable > 0) reasons.push(`${plural2(unreadable, "file", "files")} could not be read; ${NOTHING_LOST}`);
  if (input.rejected.length > 0) {
    reasons.push(`${plural2(input.rejected.length, "document was", "documents were")} rejected; ${NOTHING_LOST}`);
  }
  if (!input.snapshotComplete) reasons.push(`the knowledge base listing was incomplete; ${NOTHING_LOST}`);
  return reasons;
}
function plural2(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/plan/identity.ts
function checkIdentity(documents) {
  const errors = [];
  const byId = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const problem = validateId(doc.externalId);
    if (problem !== void 0) {
      errors.push(`invalid id in ${doc.sourcePath}: ${problem}`);
      continue;
    }
    byId.set(doc.externalId, [...byId.get(doc.externalId) ?? [], doc]);
  }
  const plannable = [];
  for (const [id, docs] of byId) {
    if (docs.length === 1 && docs[0]) plannable.push(docs[0]);
    else errors.push(duplicateMessage(id, docs));
  }
  return { errors, plannable, claimed: new Set(documents.map((doc) => doc.externalId)) };
}
function duplicateMessage(id, docs) {
  const files = docs.map((doc) => doc.sourcePath).join(", ");
  return `duplicate id ${JSON.stringify(id)}: ${docs.length} files share it (${files}); expected each id to be unique (set a distinct frontmatter id in all but one)`;
}

// src/plan/reasons.ts
var REASONS = {
  created: "new file",
  restored: "restored (file is back)",
  noStoredHash: "no stored hash (state unknown)",
  readopted: "state lost; re-adopted (compared by content)",
  drift: "edited outside kb-publish (drift)",
  format: "format changed (hash schema or payload shape)",
  removed: "file removed"
};
var PART_ORDER = ["content", "title", "tags", "metadata", "translations"];
function partReason(key) {
  return `${key} changed`;
}
function updateReasons(local, remote) {
  if (!remote.owned) return adoptionReasons(local, remote);
  if (remote.state === "tombstoned") return [REASONS.restored];
  if (!remote.fingerprint) return [REASONS.noStoredHash];
  const drift = remote.drifted === true ? [REASONS.drift] : [];
  if (remote.fingerprint.hash === local.hash) return drift;
  const changed = changedParts(local.parts, remote.fingerprint.parts);
  const reasons = changed.length > 0 ? changed.map(partReason) : [REASONS.format];
  return [...reasons, ...drift];
}
function adoptionReasons(local, remote) {
  if (remote.state === "tombstoned") return [REASONS.restored, REASONS.readopted];
  return remote.fingerprint?.hash === local.hash ? [] : [REASONS.readopted];
}
function changedParts(local, remote) {
  if (!remote || Object.keys(remote).length === 0) return [];
  const keys = /* @__PURE__ */ new Set([...Object.keys(local), ...Object.keys(remote)]);
  const changed = [...keys].filter((key) => local[key] !== remote[key]);
  return changed.sort(byKnownOrder);
}
function byKnownOrder(a, b) {
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
function rank(key) {
  const index = PART_ORDER.indexOf(key);
  return index === -1 ? PART_ORDER.length : index;
}

// src/plan/kept.ts
var PRIORITY = ["unreadable", "textless", "excluded"];
function settleFileFates(input) {
  const fates = fatesOf(input);
  const settled = { operations: [], deletes: [], kept: [], diagnostics: [] };
  const lostText = /* @__PURE__ */ new Set();
  const keep = (record, fate) => {
    settled.kept.push(keptRecord(record, fate));
    if (fate.kind === "textless" && !lostText.has(fate.file)) {
      lostText.add(fate.file);
      settled.diagnostics.push(lostTextError(fate.file, record.externalId));
    }
  };
  for (const op of input.operations) {
    const fate = op.kind === "update" ? fateOf(op.remote, fates, { byPath: false }) : void 0;
    if (op.kind === "update" && fate && fate.kind !== "excluded") keep(op.remote, fate);
    else settled.operations.push(op);
  }
  for (const remote of input.orphans) {
    const fate = fateOf(remote, fates, { byPath: true });
    if (fate && fate.kind !== "excluded") keep(remote, fate);
    else settled.deletes.push({ kind: "delete", remote, reasons: [fate ? removalReason(fate.reason) : REASONS.removed] });
  }
  return settled;
}
function fatesOf(input) {
  const all = [
    ...input.diagnostics.filter((d) => d.severity === "error").map((d) => ({ kind: "unreadable", file: d.file, reason: `${d.line === void 0 ? d.file : `${d.file}:${d.line}`}: ${d.message}` })),
    ...input.excluded.map((e) => ({ kind: e.textless ? "textless" : "excluded", file: e.file, reason: e.reason }))
  ];
  const index = { byFile: /* @__PURE__ */ new Map(), byPathId: /* @__PURE__ */ new Map() };
  for (const fate of all) {
    if (!index.byFile.has(fate.file)) index.byFile.set(fate.file, fate);
    const id = externalIdOf({ sourcePath: fate.file, idPrefix: input.idPrefix });
    if (!index.byPathId.has(id)) index.byPathId.set(id, fate);
  }
  return index;
}
function fateOf(record, index, options) {
  const found = [];
  for (const source of Object.keys(record.provenance?.sources ?? {})) found.push(...fileFate(source, index));
  if (options.byPath) {
    if (record.sourcePath !== void 0) found.push(...fileFate(record.sourcePath, index));
    const byId = index.byPathId.get(record.externalId);
    if (byId) found.push(byId);
  }
  return found.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
}
function fileFate(path10, index) {
  const segments = path10.split("/");
  for (let start = 0; start < segments.length; start++) {
    const fate = index.byFile.get(segments.slice(start).join("/"));
    if (fate) return [fate];
  }
  return [];
}
function keptRecord(record, fate) {
  const reason = fate.kind === "unreadable" ? fate.reason : `${fate.file}: ${NO_TEXT_MESSAGE}`;
  const kept = { externalId: record.externalId, file: fate.file, reason: `unreadable: ${reason}` };
  if (record.title !== void 0) kept.title = record.title;
  return kept;
}
function lostTextError(file, externalId) {
  const message = `${NO_TEXT_MESSAGE} (it was published as ${JSON.stringify(externalId)} and now has no text); expected page text \u2014 to unpublish it, delete the file or set draft: true`;
  return { severity: "error", file, message };
}
function removalReason(exclusion) {
  return /^draft\b|_drafts/.test(exclusion) ? `now a draft (${exclusion})` : `now excluded (${exclusion})`;
}

// src/plan/rollback.ts
function guardRollback(input) {
  const { commit } = input;
  if (!commit) return { operations: input.operations, skipped: [] };
  const verdict2 = { operations: [], skipped: [] };
  for (const op of input.operations) {
    const skipped2 = input.allowRollback === true ? void 0 : rolledBack(op, commit);
    if (skipped2) verdict2.skipped.push(skipped2);
    else verdict2.operations.push(stamped(op, commit));
  }
  return verdict2;
}
function rolledBack(op, commit) {
  if (op.kind !== "update" && op.kind !== "delete") return void 0;
  const wrote = op.remote.provenance?.commit;
  return wrote && wrote.time > commit.time ? skippedRecord(op, wrote) : void 0;
}
function withCommit(provenance, commit) {
  return { ...provenance ?? { sources: {}, derivation: "" }, commit };
}
function stamped(op, commit) {
  if (op.kind === "create" || op.kind === "update") return { ...op, provenance: withCommit(op.provenance, commit) };
  if (op.kind === "delete") return { ...op, remote: { ...op.remote, provenance: withCommit(op.remote.provenance, commit) } };
  return op;
}
function skippedRecord(op, newer) {
  const skipped2 = {
    externalId: op.remote.externalId,
    action: op.kind,
    reasons: op.reasons,
    commit: newer,
    reason: `newer version published from ${newer.sha.slice(0, 12)}`
  };
  const title = op.kind === "update" ? op.doc.title : op.remote.title;
  if (title !== void 0) skipped2.title = title;
  if (op.kind === "update") skipped2.sourcePath = op.doc.sourcePath;
  return skipped2;
}

// src/plan/remote-index.ts
function indexRecords(records) {
  const index = /* @__PURE__ */ new Map();
  for (const record of records) {
    const current = index.get(record.externalId);
    if (!current || precedence(record) > precedence(current)) index.set(record.externalId, record);
  }
  return index;
}
function precedence(record) {
  if (!record.owned) return record.adoptable === true ? 2 : 3;
  return record.state === "live" ? 1 : 0;
}
function ownedLive(records) {
  return records.filter((record) => record.owned && record.state === "live");
}

// src/plan/upserts.ts
function planUpserts(documents, remote, ctx) {
  const plan = { operations: [], rejected: [], diagnostics: [] };
  for (const doc of documents) planDocument(doc, remote.get(doc.externalId), ctx, plan);
  return plan;
}
function planDocument(doc, remote, ctx, plan) {
  const { target } = ctx;
  if (remote && !remote.owned && remote.adoptable !== true) {
    plan.rejected.push(reject(doc, foreignMessage(doc.externalId)));
    return;
  }
  const prepared = ctx.preparedOf?.(doc);
  const sendable = prepared?.spooled ? spooledSendable(doc, prepared) : sendableOf(doc, prepared, target);
  if (typeof sendable === "string") {
    plan.rejected.push(reject(doc, sendable));
    return;
  }
  const problems = prepared?.spooled ? prepared.problems : target.validate?.(doc, sendable.payload) ?? [];
  for (const warning of problems.filter((p) => p.severity === "warning")) {
    plan.diagnostics.push({ severity: "warning", file: doc.sourcePath, message: warning.message });
  }
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    plan.rejected.push(reject(doc, errors.map((p) => p.message).join("; ")));
    return;
  }
  const fingerprint = prepared?.fingerprint ?? fingerprintOf(sendable.payload);
  plan.operations.push(withProvenance(operationFor(sendable, fingerprint, remote), ctx.provenanceOf?.(doc)));
}
function sendableOf(doc, prepared, target) {
  const payload = prepared?.payload ?? payloadFor(doc, target);
  return typeof payload === "string" ? payload : { doc, payload };
}
function spooledSendable(doc, prepared) {
  return { doc: documentRef(doc), spooled: prepared.spooled, contentBytes: prepared.contentBytes };
}
function operationFor(sendable, fingerprint, remote) {
  if (!remote) return { kind: "create", ...sendable, fingerprint, reasons: [REASONS.created] };
  const reasons = updateReasons(fingerprint, remote);
  if (reasons.length === 0) return { kind: "unchanged", doc: documentRef(sendable.doc), fingerprint, remote };
  return { kind: "update", ...sendable, fingerprint, remote, reasons };
}
function withProvenance(op, provenance) {
  if (!provenance || op.kind === "delete") return op;
  if (op.kind !== "unchanged") return { ...op, provenance };
  return op.remote.owned && !sameDerivation(op.remote.provenance, provenance) ? { ...op, provenance } : op;
}
function sameDerivation(a, b) {
  if (!a) return false;
  const { commit: _a, ...left } = a;
  const { commit: _b, ...right } = b;
  return canonicalJson(left) === canonicalJson(right);
}
function documentRef(doc) {
  return { externalId: doc.externalId, title: doc.title, sourcePath: doc.sourcePath };
}
function payloadFor(doc, target) {
  try {
    return target.payloadOf(doc);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `could not build the payload for ${JSON.stringify(doc.externalId)} from ${doc.sourcePath}: ${detail}`;
  }
}
function reject(doc, message) {
  return { externalId: doc.externalId, sourcePath: doc.sourcePath, message };
}
function foreignMessage(id) {
  return `a record with id ${JSON.stringify(id)} already exists in the knowledge base and is not owned by kb-publish; it is left untouched`;
}

// src/plan/build.ts
function buildPlan(input) {
  const { documents, snapshot, options } = input;
  const identity = checkIdentity(documents);
  const provenanceOf2 = provenanceLookup(input);
  const preparedOf = input.prepared && ((doc) => input.prepared.get(doc.sourcePath));
  const upserts = planUpserts(identity.plannable, indexRecords(snapshot.records), { target: input.target, provenanceOf: provenanceOf2, preparedOf });
  const unchanged = input.unchanged ?? [];
  const keptUnchanged = unchanged.map(({ doc, record }) => ({ kind: "unchanged", doc, fingerprint: record.fingerprint, remote: record }));
  const claimed = /* @__PURE__ */ new Set([...identity.claimed, ...unchanged.map(({ doc }) => doc.externalId)]);
  const orphans = orphanedRecords(snapshot.records, claimed);
  const fates = settleFileFates({ operations: upserts.operations, orphans, diagnostics: input.diagnostics, excluded: input.excluded ?? [], idPrefix: options.idPrefix ?? "" });
  const diagnostics = [...input.diagnostics, ...fates.diagnostics];
  const rollback = guardRollback({
    operations: [...fates.operations, ...keptUnchanged, ...options.deletions === "off" ? [] : withNote(fates.deletes, snapshot.deleteNote)],
    commit: input.commit,
    allowRollback: options.allowRollback
  });
  const deletions = rollback.operations.filter((op) => op.kind === "delete");
  const operations = orderOperations(rollback.operations);
  const guards = evaluateGuards({
    deletes: deletions.length,
    ownedLive: ownedLive(snapshot.records).length,
    documents: documents.length + unchanged.length,
    rejected: upserts.rejected.length,
    maxDeletes: options.maxDeletes,
    allowMassDelete: options.allowMassDelete
  });
  const deletesWithheld = withheldReasons({
    diagnostics,
    rejected: upserts.rejected,
    snapshotComplete: snapshot.complete,
    deletionsOff: options.deletions === "off",
    orphans: fates.deletes.length
  });
  const deletesRun = deletions.length > 0 && deletesWithheld.length === 0;
  const limits = input.target.checkPlan?.({ operations, deletesRun }) ?? [];
  return {
    operations,
    summary: summarize(operations),
    errors: [...identity.errors, ...limits],
    rejected: upserts.rejected,
    diagnostics: [...diagnostics, ...upserts.diagnostics],
    guards,
    deletesWithheld,
    kept: fates.kept,
    excluded: [...input.excluded ?? []],
    skipped: rollback.skipped
  };
}
function provenanceLookup(input) {
  const { provenance } = input;
  return provenance && ((doc) => provenance.get(doc.sourcePath));
}
var KIND_ORDER = ["create", "update", "unchanged", "delete"];
function orderOperations(operations) {
  return [...operations].sort((a, b) => {
    const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
    return byKind !== 0 ? byKind : compare(sortKey(a), sortKey(b));
  });
}
function sortKey(operation) {
  if (operation.kind === "delete") return `${operation.remote.externalId}\0${operation.remote.remoteId ?? ""}`;
  return operation.doc.externalId;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function summarize(operations) {
  const summary = { create: 0, update: 0, unchanged: 0, delete: 0 };
  for (const operation of operations) summary[operation.kind] += 1;
  return summary;
}
function withNote(deletes, note) {
  if (note === void 0) return deletes;
  return deletes.map((op) => op.kind === "delete" ? { ...op, reasons: [...op.reasons, note] } : op);
}

// src/plan/fast-path.ts
function cleanRecords(input) {
  const candidates = /* @__PURE__ */ new Map();
  for (const [id, record] of input.records) {
    if (isCandidate(record, input)) candidates.set(id, record);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, record] of candidates) {
      if (unitIsWhole(record, candidates)) continue;
      candidates.delete(id);
      changed = true;
    }
  }
  return candidates;
}
function isCandidate(record, input) {
  const { provenance } = record;
  if (!record.owned || record.state !== "live" || record.drifted === true || !record.fingerprint) return false;
  if (!provenance || provenance.derivation !== input.derivation || pageOf(provenance) === void 0) return false;
  return Object.entries(provenance.sources).every(([path10, sha]) => input.shaOf(path10) === sha);
}
function unitIsWhole(record, candidates) {
  const siblings = record.provenance?.siblings ?? [];
  if (siblings.length === 0) return true;
  const signature = unitSignature(record);
  return siblings.every((id) => {
    const sibling = candidates.get(id);
    return sibling !== void 0 && unitSignature(sibling) === signature;
  });
}
function unitSignature(record) {
  const p = record.provenance;
  const ids = [...p.siblings ?? [], record.externalId].sort();
  const sources = Object.keys(p.sources).sort().map((path10) => [path10, p.sources[path10]]);
  return JSON.stringify([sources, [...p.includes ?? []].sort(), [...p.groups ?? []].sort(), ids]);
}
var pageOf = pageOfProvenance;
function unitPages(provenance) {
  const includes = new Set(provenance.includes ?? []);
  return Object.keys(provenance.sources).filter((path10) => !includes.has(path10));
}
function touchedRecords(clean, claims) {
  const touched = /* @__PURE__ */ new Map();
  for (const [id, record] of clean) {
    if (touched.has(id)) continue;
    const groups = record.provenance?.groups ?? [];
    if (!claims.ids.has(id) && !groups.some((key) => claims.groups.has(key))) continue;
    touched.set(id, record);
    for (const sibling of record.provenance?.siblings ?? []) {
      const other = clean.get(sibling);
      if (other) touched.set(sibling, other);
    }
  }
  return [...touched.values()];
}
function cleanRecordOf(record) {
  const doc = { externalId: record.externalId, title: record.title ?? record.externalId, sourcePath: pageOf(record.provenance) };
  return { doc, record };
}

// src/documents/translations/keys.ts
var TRANSLATION_KEY_NAMES = DEFAULT_FRONTMATTER_KEYS.translationKey;
function translationKeyOf(doc) {
  for (const name of TRANSLATION_KEY_NAMES) {
    const value = doc.metadata[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return void 0;
}
function localeRank(locales) {
  const keys = locales.map(localeKey);
  return (lang) => {
    const index = lang === void 0 ? -1 : keys.indexOf(localeKey(lang));
    return index === -1 ? keys.length : index;
  };
}
function sameLocale(a, b) {
  return a !== void 0 && b !== void 0 && localeKey(a) === localeKey(b);
}
function languageId(baseId, lang, idPrefix) {
  const rest = idPrefix && baseId.startsWith(idPrefix) ? baseId.slice(idPrefix.length) : baseId;
  return `${idPrefix}${lang}/${rest}`;
}

// src/documents/translations/hints.ts
var LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
var LOCALE_LIKE = /^[a-z]{2}(?:[-_](?:[a-z]{2}|[a-z]{4}))?$/i;
var MIN_SHARED = 2;
function localeHints(documents, defaultLocale) {
  const keyed = documents.filter((doc) => doc.lang !== void 0 && translationKeyOf(doc) !== void 0);
  const translated = languagesIn(keyed.map((doc) => doc.lang)).filter((lang) => localeKey(lang) !== localeKey(defaultLocale));
  if (translated.length > 0) return { setup: { locales: [defaultLocale, ...translated], defaultLocale, source: FRONTMATTER_SOURCE } };
  const found = [...mirroredFolders(documents), ...suffixes(documents), ...languagesBesidesDefault(documents, defaultLocale)];
  const locales = languagesIn(found).filter((lang) => localeKey(lang) !== localeKey(defaultLocale));
  if (locales.length === 0) return {};
  const line = `locales: [${[defaultLocale, ...locales].join(", ")}]`;
  const message = `pages look translated (${locales.join(", ")} by folder, file suffix or frontmatter lang) but no locales are configured, so they are published as separate pages; to group translations, add to kb-publish.yml: ${line}`;
  return { note: { severity: "warning", file: LOCALES_NOTE_FILE, message } };
}
function languagesBesidesDefault(documents, defaultLocale) {
  const primary = (tag) => localeKey(tag).split("-")[0];
  const languages = languagesIn(documents.flatMap((doc) => doc.lang ? [doc.lang] : []));
  return languages.filter((lang) => primary(lang) !== primary(defaultLocale));
}
var LOCALES_NOTE_FILE = "locales";
var FRONTMATTER_SOURCE = "frontmatter lang and translationKey";
function languagesIn(tags) {
  const counts = /* @__PURE__ */ new Map();
  for (const tag of tags) {
    const lang = canonicalLocale(tag);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([lang]) => lang);
}
function isLanguage(name) {
  if (!LOCALE_LIKE.test(name)) return false;
  const code2 = canonicalLocale(name);
  return code2 !== void 0 && LANGUAGE_NAMES.of(code2.split("-")[0]) !== code2.split("-")[0];
}
function mirroredFolders(documents) {
  const paths = documents.map((doc) => doc.sourcePath.split("/"));
  const localized = /* @__PURE__ */ new Map();
  for (const segments of paths) {
    segments.slice(0, -1).forEach((segment, index) => {
      if (!isLanguage(segment)) return;
      const parent = segments.slice(0, index).join("/");
      const trees = localized.get(parent) ?? /* @__PURE__ */ new Map();
      trees.set(segment, (trees.get(segment) ?? /* @__PURE__ */ new Set()).add(segments.slice(index + 1).join("/")));
      localized.set(parent, trees);
    });
  }
  const found = [];
  for (const [parent, trees] of localized) {
    const plain = new Set(paths.flatMap((segments) => plainPath(segments, parent)));
    for (const [folder, tree] of trees) {
      const others = [plain, ...[...trees].filter(([name]) => name !== folder).map(([, other]) => other)];
      if (others.some((other) => shared(tree, other) >= MIN_SHARED)) found.push(folder);
    }
  }
  return found;
}
function plainPath(segments, parent) {
  const depth = parent === "" ? 0 : parent.split("/").length;
  if (segments.slice(0, depth).join("/") !== parent || segments.length <= depth + 1 || isLanguage(segments[depth])) return [];
  return [segments.slice(depth).join("/")];
}
function suffixes(documents) {
  const paths = new Set(documents.map((doc) => doc.sourcePath));
  const found = [];
  for (const path10 of paths) {
    const match = /^(.*)\.([^./]+)(\.[^./]+)$/.exec(path10);
    if (match && isLanguage(match[2]) && paths.has(`${match[1]}${match[3]}`)) found.push(match[2]);
  }
  return found;
}
function shared(a, b) {
  let count = 0;
  for (const path10 of a) if (b.has(path10)) count++;
  return count;
}

// src/sources/derivation-key.ts
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync } from "node:fs";
import path2 from "node:path";
var DERIVATION_VERSION = 1;
function derivationKey(input) {
  const { settings: s, capabilities, site, configs, toolVersion } = input;
  const settings = {
    include: s.include,
    exclude: s.exclude,
    idPrefix: s.idPrefix,
    idKey: s.idKey,
    idScope: s.idScope,
    maxFileBytes: s.maxFileBytes,
    baseUrl: s.baseUrl,
    locales: s.locales,
    defaultLocale: s.defaultLocale,
    frontmatterKeys: s.frontmatterKeys,
    overrides: s.overrides,
    target: s.target,
    components: s.components,
    versions: s.versions
  };
  const target = { native: capabilities.nativeTranslations, html: capabilities.takesHtml ?? false };
  const versions = { derivation: DERIVATION_VERSION, hash: HASH_SCHEMA_VERSION, tool: toolVersion };
  return sha256(canonicalJson({ versions, settings, target, site, configs }));
}
var CONFIG_FILES = [
  ...["docusaurus.config", "astro.config", "sidebars", ".vitepress/config", ".vitepress/config/index", "docs/.vitepress/config", "docs/.vitepress/config/index"].flatMap(
    (base) => ["js", "ts", "mjs", "cjs", "mts", "json"].map((ext) => `${base}.${ext}`)
  ),
  ...["hugo", "config", "_config", "mkdocs"].flatMap((base) => ["toml", "yaml", "yml", "json"].map((ext) => `${base}.${ext}`)),
  "versions.json"
];
var CONFIG_FOLDERS = ["config/_default"];
var MAX_LEVELS = 8;
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
function siteConfigHashes(root) {
  const hashes = {};
  let dir = path2.resolve(root);
  for (let level = 0; level < MAX_LEVELS; level++) {
    for (const file of configFilesIn(dir)) {
      const sha = hashSmallFile(file);
      if (sha !== void 0) hashes[path2.relative(root, file).split(path2.sep).join("/")] = sha;
    }
    const parent = path2.dirname(dir);
    if (parent === dir || existsSync2(path2.join(dir, ".git"))) break;
    dir = parent;
  }
  return hashes;
}
function configFilesIn(dir) {
  const top = new Set(listDir(dir));
  const files = CONFIG_FILES.filter((name) => top.has(name.split("/")[0])).map((name) => path2.join(dir, name));
  for (const folder of CONFIG_FOLDERS) {
    if (top.has(folder.split("/")[0])) files.push(...listDir(path2.join(dir, folder)).map((name) => path2.join(dir, folder, name)));
  }
  return files;
}
function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
function hashSmallFile(file) {
  try {
    const stats = lstatSync(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES) return void 0;
    return sha256Bytes(readFileSync(file));
  } catch {
    return void 0;
  }
}

// src/sources/discover.ts
var import_fast_glob2 = __toESM(require_out(), 1);
import { realpathSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/sources/file-names.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function escapedName(name) {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar);
}
function codePointsOf(name) {
  return [...name].map((char) => /^[\x20-\x7e]$/.test(char) ? char : escapeChar(char)).join("");
}
function checkFileNames(files) {
  const skipped2 = [];
  const printable2 = files.filter((file) => {
    if (!UNPRINTABLE.test(file)) return true;
    skipped2.push({ file: escapedName(file), message: controlMessage(file) });
    return false;
  });
  const byNfc = /* @__PURE__ */ new Map();
  for (const file of printable2) byNfc.set(file.normalize("NFC"), [...byNfc.get(file.normalize("NFC")) ?? [], file]);
  const twins = new Set([...byNfc.values()].filter((group) => group.length > 1).flat());
  for (const file of twins) skipped2.push({ file, message: twinMessage(file, byNfc.get(file.normalize("NFC")) ?? []) });
  return { files: printable2.filter((file) => !twins.has(file)), skipped: skipped2 };
}
function controlMessage(file) {
  const char = [...file].find((c) => UNPRINTABLE.test(c)) ?? "";
  return `the file name contains a control character (U+${hex(char).toUpperCase()}); expected a name of printable characters; the file is not read (rename it)`;
}
function twinMessage(file, group) {
  const others = group.filter((other) => other !== file).map((other) => `"${other}" (${codePointsOf(other)})`);
  return `the file name (${codePointsOf(file)}) differs from ${others.join(", ")} only by Unicode normalisation; expected one file per name, since both would publish under one id; neither is read (rename or remove one)`;
}
function escapeChar(char) {
  const code2 = hex(char);
  return code2.length > 4 ? `\\u{${code2}}` : `\\u${code2}`;
}
function hex(char) {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0");
}

// src/sources/discover.ts
var ALWAYS_IGNORED = ["**/.git", "**/.git/**", "**/node_modules", "**/node_modules/**"];
var IGNORED_SEGMENTS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function discoverSources(options) {
  const realRoot = await realRootOf(options.root);
  for (const pattern of options.include) assertInsideRoot(pattern);
  const entries = import_fast_glob2.default.sync(options.include, {
    cwd: realRoot,
    ignore: [...ALWAYS_IGNORED, ...options.exclude],
    dot: false,
    followSymbolicLinks: false,
    onlyFiles: false,
    objectMode: true,
    unique: true,
    suppressErrors: false
  });
  const candidates = entries.filter((e) => !e.dirent.isDirectory() && !hasIgnoredSegment(e.path));
  const ctx = { realRoot, linkedBases: linkedBases(realRoot, options), links: /* @__PURE__ */ new Map() };
  const limit = pLimit(32);
  const checked = await Promise.all(candidates.map((e) => limit(() => checkEntry(ctx, e.path, e.dirent))));
  const named = checkFileNames(checked.filter((c) => typeof c === "string"));
  const skipped2 = [...checked.filter((c) => typeof c === "object" && c !== null), ...named.skipped];
  return { files: named.files.sort(compareCodeUnits), skipped: skipped2.sort((a, b) => compareCodeUnits(a.file, b.file)), realRoot, links: ctx.links };
}
async function realRootOf(root) {
  const notADirectory = () => new Error(`repository root is not a directory: ${root}; expected an existing directory to read`);
  try {
    const real = await realpath(root);
    if (!(await stat(real)).isDirectory()) throw notADirectory();
    return real;
  } catch (cause) {
    if (cause.code === "ENOENT") throw notADirectory();
    throw cause;
  }
}
function assertInsideRoot(pattern) {
  const body = pattern.replace(/^!/, "");
  if (isAbsolute(body) || body.split("/").includes("..")) {
    throw new Error(`include pattern "${pattern}" leaves the repository root; expected a pattern relative to the root`);
  }
}
function hasIgnoredSegment(path10) {
  return path10.split("/").some((segment) => IGNORED_SEGMENTS.has(segment));
}
function linkedBases(realRoot, options) {
  const bases = import_fast_glob2.default.generateTasks(options.include, { cwd: realRoot, ignore: options.exclude }).map((task) => task.base);
  return [...new Set(bases)].filter((base) => base !== "." && realOrMissing(join(realRoot, base)) !== join(realRoot, base));
}
function realOrMissing(path10) {
  try {
    return realpathSync.native(path10);
  } catch {
    return void 0;
  }
}
function underLinkedBase(ctx, path10) {
  return ctx.linkedBases.some((base) => path10.startsWith(`${base}/`));
}
async function checkEntry(ctx, path10, dirent) {
  if (!dirent.isSymbolicLink() && !underLinkedBase(ctx, path10)) {
    return dirent.isFile() ? path10 : { file: path10, message: "not a regular file; expected a file" };
  }
  let real;
  try {
    real = await realpath(join(ctx.realRoot, path10));
  } catch {
    return { file: path10, message: "broken symlink: it points to nothing; expected a readable file" };
  }
  if (!isInside(ctx.realRoot, real)) {
    return { file: path10, message: `${OUTSIDE_ROOT_MESSAGE}: it resolves to ${real}; expected a file inside the repository; not read` };
  }
  const stats = await stat(real);
  if (stats.isFile()) {
    if (real !== join(ctx.realRoot, path10)) ctx.links.set(path10, real);
    return path10;
  }
  if (dirent.isSymbolicLink() && stats.isDirectory()) return null;
  return { file: path10, message: "not a regular file; expected a file" };
}

// src/sources/hash-files.ts
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
var YIELD_EVERY = 512;
async function hashFiles(files, location) {
  const hashes = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const read = readSourceBytes({ ...location, path: file.path, realPath: file.realPath });
    if (read.ok) hashes.set(file.path, read.sha256);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  return hashes;
}

// src/sources/derive-pool.ts
import { existsSync as existsSync3 } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path3 from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_THRESHOLD = 200;
var CHUNK = 16;
var IN_FLIGHT = 2;
async function deriveFiles(files, options, run = {}) {
  if (files.length === 0) return [];
  const workers = Math.min(run.workers ?? (files.length >= WORKER_THRESHOLD ? os.availableParallelism() : 0), Math.ceil(files.length / CHUNK));
  run.used = Math.max(run.used ?? 0, workers);
  if (workers <= 0) {
    const { deriveFile } = await import("./derive-file-AETB357I.js");
    const derived = [];
    for (const file of files) {
      const one = deriveFile(file, options);
      derived.push(one);
      run.onDerived?.([one]);
    }
    return derived;
  }
  return onWorkers(files, { options, payloads: run.payloads }, workers, run.onDerived);
}
async function onWorkers(files, setup, count, onDerived) {
  const results = [];
  let next = 0;
  const pool = Array.from({ length: count }, () => startWorker(setup));
  const lanes = pool.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => worker));
  try {
    await Promise.all(
      lanes.map(async (worker) => {
        for (let start = next; start < files.length; start = next) {
          next += CHUNK;
          const { results: derived, prepared } = await worker.derive(start, files.slice(start, start + CHUNK));
          results[start / CHUNK] = derived;
          onDerived?.(derived, prepared && unpackPrepared(prepared, derived));
        }
      })
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.stop()));
  }
  return results.flat();
}
function startWorker(setup) {
  const entry = workerEntry();
  const worker = entry.typescript ? new Worker(tsxLoader(entry.url), { eval: true, workerData: setup }) : new Worker(entry.url, { workerData: setup });
  const pending = /* @__PURE__ */ new Map();
  const rejectAll = (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("message", (message) => {
    pending.get(message.id)?.resolve(message);
    pending.delete(message.id);
  });
  worker.on("error", rejectAll);
  worker.on("exit", (code2) => rejectAll(new Error(`a derivation worker exited with code ${code2} before it answered; expected it to derive its files`)));
  return {
    derive: (id, chunk) => new Promise((resolve2, reject2) => {
      pending.set(id, { resolve: resolve2, reject: reject2 });
      worker.postMessage({ id, files: chunk });
    }),
    stop: () => worker.terminate()
  };
}
function workerEntry() {
  for (const relative of ["./derive-worker.js", "../derive-worker.js"]) {
    const url = new URL(relative, import.meta.url);
    if (existsSync3(url)) return { url, typescript: false };
  }
  return { url: new URL("./derive-worker.ts", import.meta.url), typescript: true };
}
function tsxLoader(entry) {
  const require2 = createRequire(import.meta.url);
  const manifest = require2.resolve("tsx/package.json");
  const exports = require2(manifest).exports;
  const api = pathToFileURL(path3.join(path3.dirname(manifest), exports["./esm/api"].import.default)).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

// src/sources/load.ts
async function loadDocuments(options) {
  const discovery = await discoverSources(options);
  const total = discovery.files.length;
  let done = 0;
  const onDerived = options.onProgress && ((files) => options.onProgress(done += files.length, total));
  const derived = await deriveFiles(filesOf(discovery, discovery.files), deriveOptions(options, discovery.realRoot), { workers: options.workers, onDerived });
  return collectDerived(derived, discovery.skipped);
}
function deriveOptions(options, realRoot) {
  const { maxFileBytes, idPrefix, idKey, idScope, frontmatterKeys, locales, defaultLocale, baseUrl, html, markdown } = options;
  return { realRoot, maxFileBytes, idPrefix, idKey, idScope, frontmatterKeys, locales, defaultLocale, baseUrl, html, markdown };
}
function filesOf(discovery, paths) {
  return paths.map((path10) => {
    const realPath = discovery.links.get(path10);
    return realPath === void 0 ? { path: path10 } : { path: path10, realPath };
  });
}
function collectDerived(derived, skipped2 = []) {
  const result = { documents: [], diagnostics: [], excluded: [] };
  for (const { file, message } of skipped2) result.diagnostics.push({ severity: "error", file, message });
  for (const { path: path10, outcome } of derived) {
    if (outcome.kind === "document") {
      if (outcome.builtBy !== void 0) recordBuiltBy(outcome.document, outcome.builtBy);
      result.documents.push(outcome.document);
      result.diagnostics.push(...outcome.diagnostics);
    } else if (outcome.kind === "excluded") {
      result.excluded.push({ file: path10, reason: outcome.reason, ...outcome.textless && { textless: true } });
    } else {
      result.diagnostics.push(outcome.diagnostic);
    }
  }
  result.documents.sort((a, b) => compareCodeUnits(a.externalId, b.externalId));
  result.diagnostics.sort(byFileThenLine);
  return result;
}
function byFileThenLine(a, b) {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

// src/sources/prepare.ts
import path7 from "node:path";

// src/documents/html/fallbacks.ts
var FALLBACK_GENERATORS = /* @__PURE__ */ new Set(["docusaurus", "starlight"]);
function withoutFallbackPages(documents, defaultLocale) {
  const isDefault = (doc) => doc.lang !== void 0 && sameLanguage(doc.lang, defaultLocale);
  const originals = /* @__PURE__ */ new Map();
  const fillsGaps = (doc) => FALLBACK_GENERATORS.has(builtBy(doc) ?? "");
  for (const doc of documents) if (fillsGaps(doc) && isDefault(doc)) originals.set(doc.externalId, doc);
  const kept = [];
  const excluded = [];
  for (const doc of documents) {
    const original = fillsGaps(doc) && doc.lang !== void 0 && !isDefault(doc) ? originals.get(doc.externalId) : void 0;
    if (original && comparableText(original) === comparableText(doc)) {
      excluded.push({ file: doc.sourcePath, reason: `untranslated fallback: same text as ${original.sourcePath}, the ${original.lang} page the generator shows where the ${doc.lang} translation is missing` });
    } else {
      kept.push(doc);
    }
  }
  return { documents: kept, excluded };
}
function sameLanguage(lang, locale) {
  const [a, b] = [localeKey(lang), localeKey(locale)];
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
var comparable = /* @__PURE__ */ new WeakMap();
var CALLOUT_TITLE = /^>\s*\*\*[^*\n]+\*\*\s*$/gm;
function comparableText(doc) {
  let text = comparable.get(doc);
  if (text === void 0) {
    text = doc.content.replace(/\]\([^)]*\)/g, "]").replace(CALLOUT_TITLE, ">").replace(/\s+/g, " ").trim();
    comparable.set(doc, text);
  }
  return text;
}

// src/documents/html/languages.ts
function declaredLanguages(documents) {
  const declared = /* @__PURE__ */ new Map();
  for (const doc of documents) if (builtBy(doc) !== void 0 && doc.lang !== void 0) declared.set(doc.sourcePath, doc.lang);
  return declared;
}
function withDeclaredLanguages(documents, declared) {
  if (declared.size === 0) return [...documents];
  const refined = (lang, sourcePath) => {
    const written = declared.get(sourcePath);
    return written !== void 0 && lang !== void 0 && localeKey(written).startsWith(`${localeKey(lang)}-`) ? written : lang;
  };
  return documents.map((doc) => {
    const lang = refined(doc.lang, doc.sourcePath);
    const translations = doc.translations?.map((t) => ({ ...t, lang: refined(t.lang, t.sourcePath) ?? t.lang }));
    return lang === doc.lang && translations === void 0 ? doc : { ...doc, ...lang === void 0 ? {} : { lang }, ...translations ? { translations } : {} };
  });
}

// src/documents/locale/locale-of.ts
var DOCUSAURUS_I18N = /^(?<before>(?:.*\/)?)i18n\/(?<locale>[^/]+)\/docusaurus-plugin-content-(?<plugin>[^/]+?)\/(?<rest>.+)$/;
function localeOf(path10, frontmatterLang, options) {
  const fromPath = pathLocale(path10.replaceAll("\\", "/"), options.locales);
  const written = frontmatterLang === void 0 ? void 0 : frontmatterLang.trim();
  if (written) {
    const lang2 = matchLocale(written, options.locales, { loose: true }) ?? canonicalLocale(written) ?? written;
    return { lang: lang2, basePath: fromPath?.basePath ?? path10, source: "frontmatter" };
  }
  if (fromPath) return fromPath;
  const lang = canonicalLocale(options.defaultLocale) ?? options.defaultLocale;
  return { lang, basePath: path10, source: "default" };
}
function pathLocale(path10, locales) {
  return docusaurusLocale(path10) ?? suffixLocale(path10, locales) ?? folderLocale(path10, locales);
}
function docusaurusLocale(path10) {
  const groups = DOCUSAURUS_I18N.exec(path10)?.groups;
  const lang = groups && canonicalLocale(groups.locale);
  if (!groups || !lang) return void 0;
  const home = pluginHome(groups.plugin, groups.rest);
  if (!home) return void 0;
  return { lang, basePath: `${groups.before}${home}`, source: "folder" };
}
function pluginHome(plugin2, rest) {
  if (plugin2 === "blog") return `blog/${rest}`;
  if (plugin2 === "pages") return `src/pages/${rest}`;
  const docs = /^(?:docs|docs-(?<id>.+))$/.exec(plugin2);
  const version = /^(?<name>current|version-[^/]+)\/(?<page>.+)$/.exec(rest)?.groups;
  if (!docs || !version) return void 0;
  const id = docs.groups?.id;
  if (version.name === "current") return `${id ?? "docs"}/${version.page}`;
  return `${id ? `${id}_versioned_docs` : "versioned_docs"}/${version.name}/${version.page}`;
}
function suffixLocale(path10, locales) {
  const match = /^(?<stem>(?:.*\/)?[^/]+)\.(?<suffix>[^./]+)(?<extension>\.[^./]+)$/.exec(path10)?.groups;
  const lang = match && matchLocale(match.suffix, locales);
  if (!match || !lang) return void 0;
  return { lang, basePath: `${match.stem}${match.extension}`, source: "suffix" };
}
function folderLocale(path10, locales) {
  const segments = path10.split("/");
  for (let index = 0; index < segments.length - 1; index++) {
    const lang = matchLocale(segments[index], locales);
    if (lang === void 0) continue;
    const basePath = [...segments.slice(0, index), ...segments.slice(index + 1)].join("/");
    return { lang, basePath, source: "folder" };
  }
  return void 0;
}

// src/documents/translations/duplicates.ts
function settleDuplicates(group, options) {
  const winners = /* @__PURE__ */ new Map();
  const losers = /* @__PURE__ */ new Set();
  for (const doc of group.members) {
    const key = `${localeKey(doc.lang ?? "")}\0${doc.externalId}`;
    const earlier = winners.get(key);
    if (!earlier) winners.set(key, doc);
    else if (marked(doc, options) && !marked(earlier, options)) {
      winners.set(key, doc);
      losers.add(earlier);
    } else if (marked(earlier, options)) losers.add(doc);
  }
  if (losers.size === 0) return { group, leftOut: [] };
  const kept = new Set(group.members.filter((doc) => !losers.has(doc)));
  const leftOut = group.members.filter((doc) => !kept.has(doc)).map((doc) => {
    const winner = winners.get(`${localeKey(doc.lang ?? "")}\0${doc.externalId}`);
    return {
      file: doc.sourcePath,
      reason: `claims the ${doc.lang ?? "?"} page "${doc.externalId}" (translation group ${group.label}) that ${winner.sourcePath} is published as${marked(winner, options) ? ", since its path names the language" : ", the first by path"}; left out`
    };
  });
  return { group: { ...group, members: group.members.filter((doc) => kept.has(doc)) }, leftOut };
}
function marked(doc, options) {
  return localeOf(doc.sourcePath, void 0, options).source !== "default";
}

// src/documents/translations/groups.ts
function translationGroups(documents, locales) {
  const keyOfBaseId = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const key = translationKeyOf(doc);
    if (key !== void 0 && !keyOfBaseId.has(doc.externalId)) keyOfBaseId.set(doc.externalId, key);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const key = translationKeyOf(doc) ?? keyOfBaseId.get(doc.externalId);
    const id = key === void 0 ? `id:${doc.externalId}` : `translationKey:${key}`;
    const group = groups.get(id) ?? { key: id, label: key === void 0 ? doc.externalId : `translationKey "${key}"`, members: [] };
    group.members.push(doc);
    groups.set(id, group);
  }
  const rank2 = localeRank(locales);
  for (const group of groups.values()) {
    group.members.sort((a, b) => rank2(a.lang) - rank2(b.lang) || compareCodeUnits(a.sourcePath, b.sourcePath));
  }
  return [...groups.values()].sort((a, b) => compareCodeUnits(a.key, b.key));
}

// src/documents/translations/notes.ts
function localeNotes(present, options) {
  return options.locales.filter((locale) => !present.has(localeKey(locale))).map((locale) => ({
    severity: "warning",
    file: options.localesSource ?? LOCALES_NOTE_FILE,
    message: `locale "${display(locale)}" has no pages; expected pages in a "${locale}" folder, with a ".${locale}" file suffix or with lang: ${locale} in frontmatter`
  }));
}
function groupNotes(group, options, present) {
  const main = group.members.find((doc) => sameLocale(doc.lang, options.defaultLocale));
  const notes = duplicateNotes(group);
  if (!main) return [...notes, ...orphanNotes(group, options)];
  const langs = new Set(group.members.map((doc) => localeKey(doc.lang ?? "")));
  const missing = options.locales.filter((locale) => !langs.has(localeKey(locale)) && present.has(localeKey(locale)));
  if (missing.length === 0 || options.reportMissing === false) return notes;
  const names = missing.map(display).join(", ");
  const message = `has no ${names} translation (translation group ${group.label}); expected one page per locale: ${options.locales.map(display).join(", ")}`;
  return [...notes, { severity: "warning", file: main.sourcePath, message, group: `have no ${names} translation` }];
}
function orphanNotes(group, options) {
  const defaultName = display(options.defaultLocale);
  return group.members.map((doc, index) => {
    const published = options.native ? index === 0 ? "published as the main document of its group" : `published as a translation of ${group.members[0].sourcePath}` : `published as "${doc.lang && !sameLocale(doc.lang, options.defaultLocale) ? languageId(doc.externalId, doc.lang, options.idPrefix ?? "") : doc.externalId}"`;
    return {
      severity: "warning",
      file: doc.sourcePath,
      group: `have no ${defaultName} original`,
      message: `${doc.lang ?? "?"} page has no ${defaultName} original (translation group ${group.label}); expected an original in ${defaultName} with the same base path or translationKey; ${published}`
    };
  });
}
function duplicateNotes(group) {
  const notes = [];
  const first = /* @__PURE__ */ new Map();
  for (const doc of group.members) {
    const key = localeKey(doc.lang ?? "");
    const earlier = first.get(key);
    if (!earlier) first.set(key, doc);
    else {
      notes.push({
        severity: "warning",
        file: doc.sourcePath,
        message: `is a second ${doc.lang ?? "?"} page in translation group ${group.label} (after ${earlier.sourcePath}); expected one page per language; kept as a separate document`
      });
    }
  }
  return notes;
}
function presentLocales(documents) {
  return new Set(documents.map((doc) => localeKey(doc.lang ?? "")));
}
function display(locale) {
  return canonicalLocale(locale) ?? locale;
}

// src/documents/translations/group.ts
function groupTranslations(documents, options) {
  const settled = translationGroups(documents, options.locales).map((group) => settleDuplicates(group, options));
  const groups = settled.map((entry) => entry.group);
  const excluded = settled.flatMap((entry) => entry.leftOut);
  const present = presentLocales(documents);
  const notes = [...options.reportMissing === false ? [] : localeNotes(present, options), ...groups.flatMap((group) => groupNotes(group, options, present))];
  const shaped = groups.flatMap((group) => options.native ? nativeDocuments(group) : perLanguage(group, options));
  return {
    documents: shaped.sort((a, b) => compareCodeUnits(a.externalId, b.externalId)),
    notes: notes.sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.message, b.message)),
    excluded: excluded.sort((a, b) => compareCodeUnits(a.file, b.file))
  };
}
function perLanguage(group, options) {
  return group.members.map(
    (doc) => sameLocale(doc.lang, options.defaultLocale) || doc.lang === void 0 ? doc : { ...doc, externalId: languageId(doc.externalId, doc.lang, options.idPrefix ?? "") }
  );
}
function nativeDocuments(group) {
  const seen = /* @__PURE__ */ new Set();
  const primary = [];
  const extras = [];
  for (const doc of group.members) {
    const key = localeKey(doc.lang ?? "");
    (seen.has(key) ? extras : primary).push(doc);
    seen.add(key);
  }
  const [main, ...others] = primary;
  if (!main) return extras;
  const record = others.length > 0 ? { ...main, translations: others.map(translationOf) } : main;
  return [record, ...extras];
}
function translationOf(doc) {
  return { lang: doc.lang ?? "", title: doc.title, content: doc.content, sourcePath: doc.sourcePath };
}

// src/documents/translations/localize.ts
function localizeDocuments(documents, options) {
  const idOfPath = options.idOfPath ?? ((sourcePath) => externalIdOf({ sourcePath, idPrefix: options.idPrefix }));
  return documents.map((doc) => {
    const page = localeOf(doc.sourcePath, doc.lang, options);
    if (page.basePath === doc.sourcePath) return { ...doc, lang: page.lang };
    const localized = { ...doc, lang: page.lang };
    const baseId = rebasedId(doc, page.basePath, idOfPath, options);
    if (baseId !== void 0) localized.externalId = baseId;
    const sourceUrl = localizedUrl(doc, page, options);
    if (sourceUrl !== void 0) localized.sourceUrl = sourceUrl;
    return localized;
  });
}
function rebasedId(doc, basePath, idOfPath, options) {
  if (doc.externalId === idOfPath(doc.sourcePath)) return idOfPath(basePath);
  if (options.idScope !== "folder") return void 0;
  const pagePath = options.pagePath ?? ((path10) => path10);
  const idPrefixOf = options.idPrefixOf ?? (() => options.idPrefix);
  const explicitId = scopedIdWithin(doc.externalId, pagePath(doc.sourcePath), idPrefixOf(doc.sourcePath));
  return explicitId === void 0 ? void 0 : externalIdOf({ sourcePath: pagePath(basePath), explicitId, idPrefix: idPrefixOf(basePath), idScope: "folder" });
}
function localizedUrl(doc, page, options) {
  const { baseUrl } = options;
  if (!baseUrl || doc.sourceUrl === void 0 || doc.sourceUrl !== sourceUrlOf({ sourcePath: doc.sourcePath, baseUrl })) return void 0;
  if (localeKey(page.lang) === localeKey(options.defaultLocale)) return sourceUrlOf({ sourcePath: page.basePath, baseUrl });
  const spelling = options.locales.find((locale) => localeKey(locale) === localeKey(page.lang)) ?? page.lang;
  return sourceUrlOf({ sourcePath: `${spelling}/${page.basePath}`, baseUrl });
}

// src/documents/translations/prepare.ts
function translationSetup(options) {
  if (options.locales.length > 0) return ordered(options.locales, options.defaultLocale, "settings");
  const detected = options.detected;
  if (!detected) return void 0;
  const setup = ordered(detected.locales, detected.defaultLocale ?? options.defaultLocale, detected.source);
  return setup.locales.length < 2 ? void 0 : setup;
}
function ordered(locales, defaultLocale, source) {
  const all = [defaultLocale, ...locales];
  const seen = /* @__PURE__ */ new Set();
  const unique = all.filter((locale) => !seen.has(localeKey(locale)) && seen.add(localeKey(locale)));
  return { locales: unique, defaultLocale: canonicalLocale(defaultLocale) ?? defaultLocale, source };
}
function prepareTranslations(documents, options) {
  const hints = options.setup ? {} : localeHints(documents, options.defaultLocale ?? "en");
  const setup = options.setup ?? hints.setup;
  if (!setup) return { documents, notes: hints.note ? [hints.note] : [], excluded: [] };
  const { idPrefix, baseUrl, idOfPath, pagePath, idPrefixOf, idScope } = options;
  const localized = localizeDocuments(documents, { ...setup, idPrefix, baseUrl, idOfPath, pagePath, idPrefixOf, idScope });
  const grouped = groupTranslations(localized, {
    // Locales inferred from a few keyed pages say nothing about the others: no "missing" notes.
    reportMissing: setup.source !== FRONTMATTER_SOURCE,
    native: options.native,
    defaultLocale: setup.defaultLocale,
    locales: setup.locales,
    idPrefix: options.idPrefix,
    localesSource: setup.source
  });
  return { ...grouped, setup };
}

// src/sources/site-docusaurus.ts
import path4 from "node:path";

// src/sources/config-files.ts
import { lstat, readdir, readFile } from "node:fs/promises";
var MAX_CONFIG_LEVELS = 8;
var MAX_CONFIG_BYTES2 = 1024 * 1024;
async function readSmallFile(file) {
  try {
    const stats = await lstat(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES2) return void 0;
    return await readFile(file, "utf8");
  } catch {
    return void 0;
  }
}
async function exists(file) {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
async function subfolders(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

// src/sources/site-docusaurus.ts
async function readDocusaurusSite(configFile, root) {
  const dir = path4.dirname(configFile);
  const settings = docusaurusSettings(await readSmallFile(configFile) ?? "");
  const site = { markdownFormat: settings.markdownFormat ?? "mdx" };
  const released = parseVersions(await readSmallFile(path4.join(dir, "versions.json")));
  const relative = path4.relative(path4.resolve(root), dir).split(path4.sep).join("/");
  if (released.length === 0 || relative.startsWith("..")) return site;
  const folders = (await subfolders(path4.join(dir, "versioned_docs"))).filter((name) => name.startsWith("version-")).map((name) => name.slice("version-".length));
  const current = (await subfolders(dir)).includes("docs");
  site.versions = { site: relative ? `${relative}/` : "", released, folders, current, ...settings.lastVersion ? { lastVersion: settings.lastVersion } : {} };
  return site;
}
function parseVersions(text) {
  try {
    const data = JSON.parse(text ?? "[]");
    return Array.isArray(data) ? data.filter((name) => typeof name === "string" && name.trim() !== "") : [];
  } catch {
    return [];
  }
}

// src/sources/site-locales.ts
import path5 from "node:path";
var loadDetect = () => import("./detect-KMECGK3R.js");
var DOCUSAURUS_CONFIGS = ["js", "ts", "mjs", "cjs", "mts"].map((ext) => `docusaurus.config.${ext}`);
var HUGO_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml"];
var CANDIDATES = [
  ...["hugo", "config", "config/_default/hugo", "config/_default/config"].flatMap((base) => [
    [`${base}.toml`, (d, t) => d.hugoLocales(t, "toml")],
    [`${base}.yaml`, (d, t) => d.hugoLocales(t, "yaml")],
    [`${base}.yml`, (d, t) => d.hugoLocales(t, "yaml")],
    [`${base}.json`, (d, t) => d.hugoLocales(t, "json")]
  ]),
  ["config/_default/languages.toml", (d, t) => d.hugoLocales(t, "toml", true)],
  ["config/_default/languages.yaml", (d, t) => d.hugoLocales(t, "yaml", true)],
  ...DOCUSAURUS_CONFIGS.map((name) => [name, (d, t) => d.docusaurusLocales(t)]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext) => [`astro.config.${ext}`, (d, t) => d.objectConfigLocales(t)]),
  // VitePress: `config.ts`, or a `config/` folder whose `index.ts` merges per-locale files.
  ...[".vitepress", "docs/.vitepress"].flatMap(
    (dir) => ["config", "config/index"].flatMap((base) => ["ts", "mts", "js", "mjs"].map((ext) => [`${dir}/${base}.${ext}`, (d, t) => d.objectConfigLocales(t)]))
  ),
  ["mkdocs.yml", (d, t) => d.mkdocsLocales(t)],
  ["mkdocs.yaml", (d, t) => d.mkdocsLocales(t)]
];
async function detectSite(root) {
  const found = { notes: [] };
  let dir = path5.resolve(root);
  for (let level = 0; level < MAX_CONFIG_LEVELS; level++) {
    found.locales ??= await fromConfigFiles(dir, found.notes) ?? await fromDocusaurusFolders(dir, void 0);
    found.docusaurusConfig ??= await firstFile(dir, DOCUSAURUS_CONFIGS);
    found.hugoConfig ??= await firstFile(dir, HUGO_CONFIGS);
    const parent = path5.dirname(dir);
    if (found.locales && (found.docusaurusConfig || found.hugoConfig) || parent === dir || await exists(path5.join(dir, ".git"))) break;
    dir = parent;
  }
  return found;
}
async function firstFile(dir, names) {
  for (const name of names) {
    const file = path5.join(dir, name);
    if (await exists(file)) return file;
  }
  return void 0;
}
async function fromConfigFiles(dir, notes) {
  for (const [name, read] of CANDIDATES) {
    const file = path5.join(dir, name);
    const text = await readSmallFile(file);
    const detect = text === void 0 ? void 0 : await loadDetect();
    const locales = text === void 0 || detect === void 0 ? void 0 : read(detect, text) ?? (JS_CONFIG.test(name) ? await withImportedLocales(detect, file, text, read, notes) : void 0);
    if (!locales) continue;
    const withFolders = name.startsWith("docusaurus.config.") ? await fromDocusaurusFolders(dir, locales) : void 0;
    return { ...withFolders ?? locales, source: file };
  }
  return void 0;
}
var JS_CONFIG = /\.[cm]?[jt]s$/;
var MODULE_EXTENSIONS = ["", ".ts", ".mts", ".js", ".mjs", ".cjs", ".json", "/index.ts", "/index.js", "/index.mjs"];
async function withImportedLocales(detect, file, text, read, notes) {
  const imported = detect.localesImport(text);
  if (!imported) return void 0;
  const module = imported.specifier.startsWith(".") ? await firstReadable(path5.resolve(path5.dirname(file), imported.specifier)) : void 0;
  const value = module && detect.exportedValue(module.text, imported.exported, module.file.endsWith(".json"));
  const locales = value === void 0 ? void 0 : read(detect, `${text}
const ${imported.name} = ${value}`);
  if (!locales) notes.push(`${path5.basename(file)} imports its locales from "${imported.specifier}", which kb-publish cannot read as data; expected a local module exporting a literal; set locales: in kb-publish.yml`);
  return locales;
}
async function firstReadable(base) {
  for (const extension of MODULE_EXTENSIONS) {
    const text = await readSmallFile(`${base}${extension}`);
    if (text !== void 0) return { file: `${base}${extension}`, text };
  }
  return void 0;
}
async function fromDocusaurusFolders(dir, config) {
  const i18n = path5.join(dir, "i18n");
  const found = [];
  for (const locale of await subfolders(i18n)) {
    const plugins = await subfolders(path5.join(i18n, locale));
    if (plugins.some((name) => name.startsWith("docusaurus-plugin-content-"))) found.push(locale);
  }
  if (found.length === 0) return void 0;
  const locales = (await loadDetect()).siteLocales([...config?.locales ?? [], ...found], config?.defaultLocale);
  return locales && { ...locales, source: i18n };
}

// src/sources/site-urls.ts
import path6 from "node:path";

// src/documents/urls/config.ts
function docusaurusPlugins(text) {
  const code2 = withoutComments(text);
  const docs = presetOptions(code2, "docs", /\b(?:routeBasePath|sidebarPath|path|editUrl|include)\s*:/);
  const blog = presetOptions(code2, "blog", /\b(?:routeBasePath|path|showReadingTime|blogTitle|feedOptions|editUrl|authorsMapPath|postsPerPage)\s*:/);
  return {
    docs: [...docs === false ? [] : [plugin(docs, code2, "docs")], ...pluginEntries(code2, "docs")],
    blog: [...blog === false ? [] : [plugin(blog, code2, "blog")], ...pluginEntries(code2, "blog")]
  };
}
function presetOptions(code2, key, optionKey) {
  if (new RegExp(`\\b${key}\\s*:\\s*false\\b`).test(code2)) return false;
  const opener = new RegExp(`\\b${key}\\s*:\\s*\\{`, "g");
  for (let match = opener.exec(code2); match; match = opener.exec(code2)) {
    const body = blockAfter(code2.slice(match.index), new RegExp(`^${key}\\s*:\\s*\\{`)) ?? "";
    if (optionKey.test(flatten(body))) return body;
  }
  return "";
}
function pluginEntries(code2, kind) {
  const entry = new RegExp(`['"]@docusaurus/plugin-content-${kind}['"]\\s*,\\s*\\{`, "g");
  const found = [];
  for (let match = entry.exec(code2); match; match = entry.exec(code2)) {
    found.push(plugin(blockAfter(code2.slice(match.index), /^['"][^'"]+['"]\s*,\s*\{/) ?? "", code2, kind));
  }
  return found;
}
function plugin(body, code2, kind) {
  const top = flatten(body);
  const read = (name) => {
    const value = propertyValue(top, code2, name);
    return value === void 0 ? void 0 : stringValue(code2, value);
  };
  const path10 = trimSlashes(read("path") ?? kind);
  return { id: read("id") ?? "default", path: path10, routeBasePath: trimSlashes(read("routeBasePath") ?? kind) };
}
function hugoRules(text, format) {
  const data = parseData(text, format);
  if (!data) return void 0;
  const languages = valueOf(data, "languages");
  const languageDirs = isRecord(languages) ? Object.values(languages).map((language) => isRecord(language) ? valueOf(language, "contentDir") : void 0).filter((dir) => typeof dir === "string") : [];
  const contentDir = valueOf(data, "contentDir");
  const permalinks = valueOf(data, "permalinks");
  return {
    contentDirs: [...new Set([...languageDirs, typeof contentDir === "string" ? contentDir : "content"].map(trimSlashes))],
    languages: isRecord(languages) ? Object.keys(languages) : [],
    permalinks: isRecord(permalinks) ? permalinks : {},
    keepCase: valueOf(data, "disablePathToLower") === true
  };
}
function jekyllRules(text) {
  const data = parseData(text, "yaml");
  if (!data) return void 0;
  const collections = { posts: { output: true } };
  const declared = data.collections;
  const entries = Array.isArray(declared) ? declared.map((name) => [String(name), {}]) : isRecord(declared) ? Object.entries(declared) : [];
  for (const [name, options] of entries) {
    if (name === "posts") continue;
    const settings = isRecord(options) ? options : {};
    collections[name] = { output: settings.output === true, ...typeof settings.permalink === "string" ? { permalink: settings.permalink } : {} };
  }
  return { permalink: typeof data.permalink === "string" ? data.permalink : "date", collections, defaults: jekyllDefaults(data.defaults) };
}
function jekyllDefaults(defaults) {
  if (!Array.isArray(defaults)) return [];
  return defaults.flatMap((entry) => {
    if (!isRecord(entry) || !isRecord(entry.values) || typeof entry.values.permalink !== "string") return [];
    const scope = isRecord(entry.scope) ? entry.scope : {};
    const path10 = typeof scope.path === "string" ? trimSlashes(scope.path) : "";
    return [{ path: path10, ...typeof scope.type === "string" ? { type: scope.type } : {}, permalink: entry.values.permalink }];
  });
}
function mkdocsDocsDir(text) {
  const written = /^docs_dir\s*:\s*['"]?([^'"#\n]+?)['"]?\s*(?:#.*)?$/m.exec(text)?.[1];
  return trimSlashes(written ?? "docs");
}
function vitepressRules(text) {
  const code2 = withoutComments(text);
  const srcDir = propertyValue(code2, code2, "srcDir");
  const rewrites = propertyValue(code2, code2, "rewrites");
  const body = rewrites?.startsWith("{") ? blockAfter(rewrites, /^\{/) ?? "" : "";
  const pairs = [...flatten(body).matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*:\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3/g)].map((m) => [m[2], m[4]]);
  const dir = srcDir === void 0 ? void 0 : stringValue(code2, srcDir);
  return { srcDir: trimSlashes((dir ?? "").replace(/^\.\//, "")), rewrites: pairs };
}
function valueOf(data, key) {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === void 0 ? void 0 : data[found];
}
function trimSlashes(path10) {
  return path10.trim().replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
}

// src/sources/site-urls.ts
var JS = ["js", "ts", "mjs", "cjs", "mts"];
var CONFIGS = [
  ...JS.map((ext) => [`docusaurus.config.${ext}`, (text, base) => ({ generator: "docusaurus", config: "", ...base, ...docusaurusPlugins(text) })]),
  ...["js", "ts", "mjs", "mts"].flatMap((ext) => [`.vitepress/config.${ext}`, `.vitepress/config/index.${ext}`]).map((name) => [
    name,
    (text, base) => ({ generator: "vitepress", config: "", ...base, ...vitepressRules(text) })
  ]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext) => [
    `astro.config.${ext}`,
    (text, base) => /\bstarlight\s*\(/.test(text) ? { generator: "starlight", config: "", ...base, docsDir: "src/content/docs" } : void 0
  ]),
  ["mkdocs.yml", (text, base) => ({ generator: "mkdocs", config: "", ...base, docsDir: mkdocsDocsDir(text) })],
  ["mkdocs.yaml", (text, base) => ({ generator: "mkdocs", config: "", ...base, docsDir: mkdocsDocsDir(text) })],
  ...["hugo", "config/_default/hugo", "config/_default/config", "config"].flatMap(
    (stem) => ["toml", "yaml", "yml", "json"].map((ext) => [`${stem}.${ext}`, hugoReader(ext === "yml" ? "yaml" : ext, stem === "config")])
  ),
  ["_config.yml", jekyllReader],
  ["_config.yaml", jekyllReader]
];
function hugoReader(format, ambiguous) {
  return (text, base) => {
    if (ambiguous && !/\b(?:baseURL|contentDir|defaultContentLanguage|permalinks|theme)\b/i.test(text)) return void 0;
    const rules = hugoRules(text, format);
    return rules && { generator: "hugo", config: "", ...base, ...rules };
  };
}
function jekyllReader(text, base) {
  const rules = jekyllRules(text);
  return rules && { generator: "jekyll", config: "", ...base, ...rules };
}
async function detectUrlRules(root, locales = []) {
  const start = path6.resolve(root);
  let dir = start;
  for (let level = 0; level < MAX_CONFIG_LEVELS; level++) {
    const within = path6.relative(dir, start).split(path6.sep).filter(Boolean).map((s) => `${s}/`).join("");
    for (const [name, read] of CONFIGS) {
      const text = await readSmallFile(path6.join(dir, name));
      const rules = text === void 0 ? void 0 : read(text, { within, locales });
      if (rules) return { ...rules, config: path6.relative(start, path6.join(dir, name)).split(path6.sep).join("/") };
    }
    const parent = path6.dirname(dir);
    if (parent === dir || await exists(path6.join(dir, ".git"))) return void 0;
    dir = parent;
  }
  return void 0;
}

// src/sources/prepare.ts
async function readDocuments(settings, capabilities) {
  const site = await siteSetup(settings);
  const locales = site.setup ? { locales: site.setup.locales, defaultLocale: site.setup.defaultLocale } : {};
  const markdown = { ...site.markdown, ...settings.components ? { components: settings.components } : {} };
  const exclude = [...settings.exclude, ...site.exclude];
  const loaded = await loadDocuments({ ...settings, ...locales, exclude, idScope: site.idScope, html: capabilities.takesHtml ?? false, markdown });
  const prepared = prepareDocuments(loaded, { ...settings, idScope: site.idScope, setup: site.setup, native: capabilities.nativeTranslations, versions: site.markdown.versions });
  return { ...prepared, diagnostics: [...prepared.diagnostics, ...site.notes].sort(byFileThenLine) };
}
function prepareDocuments(loaded, options) {
  return prepareWithPages(loaded, options).prepared;
}
function prepareWithPages(loaded, options) {
  const pages = options.setup ? withoutFallbackPages(loaded.documents, options.setup.defaultLocale) : { documents: loaded.documents, excluded: [] };
  const overridden = applyOverrides(pages.documents, options.overrides);
  const declared = declaredLanguages(overridden.documents);
  const paths = translationPaths(options);
  const shaped = prepareTranslations(overridden.documents, { ...options, ...paths });
  const prepared = {
    documents: withDeclaredLanguages(shaped.documents, declared),
    diagnostics: [...loaded.diagnostics, ...shaped.notes].sort(byFileThenLine),
    excluded: [...loaded.excluded, ...pages.excluded, ...overridden.excluded, ...shaped.excluded].sort((a, b) => compareCodeUnits(a.file, b.file))
  };
  const unitPages2 = pages.excluded.length > 0 ? applyOverrides(loaded.documents, options.overrides).documents : overridden.documents;
  return { prepared, pages: unitPages2, setup: shaped.setup, paths };
}
function translationPaths(options) {
  const pagePath = (sourcePath) => versionedPath(sourcePath, options.versions);
  const idPrefixOf = (sourcePath) => `${options.idPrefix}${versionPrefix(sourcePath, options.versions)}`;
  const idOfPath = (sourcePath) => externalIdOf({ sourcePath: pagePath(sourcePath), idPrefix: idPrefixOf(sourcePath) });
  return { idOfPath, pagePath, idPrefixOf };
}
async function siteSetup(settings) {
  const site = await detectSite(settings.root);
  const detected = settings.locales.length > 0 ? void 0 : site.locales;
  const relative = detected && { ...detected, source: relativePath(settings.root, detected.source) };
  const setup = translationSetup({ locales: settings.locales, defaultLocale: settings.defaultLocale, detected: relative });
  const notes = settings.locales.length > 0 ? [] : site.notes.map((message) => ({ severity: "warning", file: LOCALES_NOTE_FILE, message }));
  const result = { setup, idScope: settings.idScope ?? (site.docusaurusConfig ? "folder" : "global"), markdown: {}, exclude: [], notes };
  const urlRules = await detectUrlRules(settings.root, setup?.locales);
  if (urlRules) result.markdown.urlRules = urlRules;
  if (site.hugoConfig) result.exclude = await (await import("./hugo-cascade-PROZUDCB.js")).hugoCascadeExcludes(settings.root, settings.exclude ?? []);
  if (!site.docusaurusConfig) return result;
  const docusaurus = await readDocusaurusSite(site.docusaurusConfig, settings.root);
  if (docusaurus.markdownFormat === "mdx") result.markdown.mdFlavor = "mdx";
  if (docusaurus.versions) {
    const selection = selectVersions(docusaurus.versions, settings.versions ?? ["latest"]);
    result.markdown.versions = selection.plan;
    result.exclude = selection.exclude;
    const file = relativePath(settings.root, path7.join(path7.dirname(site.docusaurusConfig), "versions.json"));
    result.notes.push(...selection.notes.map((message) => ({ severity: "warning", file, message })));
  }
  return result;
}
function relativePath(root, file) {
  return path7.relative(root, file).split(path7.sep).join("/");
}

// src/sources/spool-pages.ts
function holdOrSpool(files, entries, spooling) {
  const derived = /* @__PURE__ */ new Map();
  for (const file of files) if (file.outcome.kind === "document") derived.set(file.path, file.outcome);
  let final;
  return entries.map(([path10, built]) => {
    const outcome = derived.get(path10);
    if (!outcome || spooling.spool.admit(heldBytes(outcome.document, built.payload))) return [path10, built];
    final ??= finalDocuments([...derived.values()].map(({ document }) => document), spooling.overrides);
    const doc = final.get(path10);
    if (!doc) return [path10, built];
    const spooled = spoolPage(doc, built, spooling);
    outcome.document = stripped(outcome.document);
    return [path10, spooled];
  });
}
function finalDocuments(documents, overrides) {
  return new Map(applyOverrides(documents, overrides).documents.map((doc) => [doc.sourcePath, doc]));
}
function spoolPage(doc, built, spooling) {
  const problems = spooling.validate?.(doc, built.payload) ?? [];
  const spooled = spooling.spool.append({ doc, payload: built.payload });
  const sent = typeof built.payload.content === "string" ? built.payload.content : doc.content;
  return { spooled, fingerprint: built.fingerprint, problems, contentBytes: Buffer.byteLength(sent, "utf8") };
}
function stripped(doc) {
  const { html: _html, ...rest } = doc;
  return { ...rest, content: "" };
}
function heldBytes(doc, payload) {
  let bytes = doc.content.length + (doc.html?.length ?? 0);
  for (const value of Object.values(payload)) if (typeof value === "string" && value !== doc.content) bytes += value.length;
  return bytes;
}
function restoreText(files, prepared, spool) {
  let restored = false;
  for (const file of files) {
    const entry = prepared.get(file.path);
    if (file.outcome.kind !== "document" || !entry?.spooled) continue;
    const { doc } = spool.read(entry.spooled);
    file.outcome.document = { ...file.outcome.document, content: doc.content, ...doc.html !== void 0 && { html: doc.html } };
    restored = true;
  }
  return restored;
}

// src/sources/units.ts
function unitsOf(documents, options) {
  const units = /* @__PURE__ */ new Map();
  const { setup } = options;
  if (!setup) {
    for (const doc of documents) units.set(doc.sourcePath, { pages: [doc.sourcePath], groups: [] });
    return units;
  }
  const { idPrefix, baseUrl, idScope, idOfPath, pagePath, idPrefixOf } = options;
  const localized = localizeDocuments(documents, { ...setup, idPrefix, baseUrl, idScope, idOfPath, pagePath, idPrefixOf });
  for (const group of translationGroups(localized, setup.locales)) {
    const keys = /* @__PURE__ */ new Set();
    for (const doc of group.members) {
      keys.add(`id:${doc.externalId}`);
      const key = translationKeyOf(doc);
      if (key !== void 0) keys.add(`key:${key}`);
    }
    const unit = { pages: group.members.map((doc) => doc.sourcePath), groups: [...keys].sort(compareCodeUnits) };
    for (const page of unit.pages) units.set(page, unit);
  }
  return units;
}
function provenanceOf(documents, units, ctx) {
  const idsOfUnit = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const unit = units.get(doc.sourcePath);
    if (unit) idsOfUnit.set(unit, [...idsOfUnit.get(unit) ?? [], doc.externalId]);
  }
  const result = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const unit = units.get(doc.sourcePath) ?? { pages: [doc.sourcePath], groups: [] };
    result.set(doc.sourcePath, provenanceOfDoc(doc, unit, idsOfUnit.get(unit) ?? [doc.externalId], ctx));
  }
  return result;
}
function provenanceOfDoc(doc, unit, unitIds, ctx) {
  const sources = {};
  const included = /* @__PURE__ */ new Set();
  for (const page of unit.pages) {
    sources[page] = ctx.shaOf(page) ?? "";
    for (const path10 of ctx.includesOf(page)) included.add(path10);
  }
  const includes = [...included].filter((path10) => sources[path10] === void 0).sort(compareCodeUnits);
  for (const path10 of includes) sources[path10] = ctx.shaOf(path10) ?? "";
  const provenance = { sources, derivation: ctx.derivation };
  if (Object.keys(sources).length > 1) provenance.page = doc.sourcePath;
  if (includes.length > 0) provenance.includes = includes;
  const siblings = unitIds.filter((id) => id !== doc.externalId).sort(compareCodeUnits);
  if (siblings.length > 0) provenance.siblings = siblings;
  if (unit.groups.length > 0) provenance.groups = unit.groups;
  return provenance;
}

// src/sources/incremental.ts
async function readSources(input) {
  const { settings, capabilities } = input;
  const site = await siteSetup(settings);
  const discovery = await discoverSources({ ...settings, exclude: [...settings.exclude, ...site.exclude] });
  const configs = siteConfigHashes(settings.root);
  const derivation = derivationKey({ settings, capabilities, site, configs, toolVersion: input.toolVersion });
  const run = new Run(input, site, discovery, derivation);
  const snapshot = await input.snapshot;
  const records = snapshot ? indexRecords(snapshot.records) : /* @__PURE__ */ new Map();
  const clean = input.full || !carriesKey(records, derivation) ? /* @__PURE__ */ new Map() : await run.cleanAmong(records);
  return run.settle(clean);
}
function carriesKey(records, derivation) {
  for (const record of records.values()) if (record.provenance?.derivation === derivation) return true;
  return false;
}
var Run = class {
  constructor(input, site, discovery, derivation) {
    this.input = input;
    this.site = site;
    this.discovery = discovery;
    this.derivation = derivation;
    this.discovered = new Set(discovery.files);
  }
  input;
  site;
  discovery;
  derivation;
  hashes = /* @__PURE__ */ new Map();
  prepared = /* @__PURE__ */ new Map();
  pool = {};
  targetReady;
  discovered;
  /** Files derived so far, for progress (kept records count as done once the run settles). */
  derivedSoFar = 0;
  /** Languages were inferred from frontmatter: documents are reshaped, so pages are planned from them and never spooled. */
  reshaped = false;
  get location() {
    return { realRoot: this.discovery.realRoot, maxBytes: this.input.settings.maxFileBytes };
  }
  async cleanAmong(records) {
    this.hashes = await hashFiles(filesOf(this.discovery, this.discovery.files), this.location);
    return cleanRecords({ records, derivation: this.derivation, shaOf: (path10) => this.shaOf(path10) });
  }
  /** Derives what the clean records do not cover, growing the derived set until no clean record is touched. */
  async settle(clean) {
    const kept = new Set([...clean.values()].flatMap((record) => unitPages(record.provenance)));
    let derived = await this.derive(this.discovery.files.filter((path10) => !kept.has(path10)));
    let shaped = this.shape(derived, clean.size > 0);
    if (clean.size > 0 && this.groupsFromFrontmatter(shaped.inferred, clean)) {
      derived = await this.deriveMore(derived, kept);
      clean.clear();
      shaped = this.shape(derived, false);
    }
    for (let touched = touchedRecords(clean, shaped.claims); touched.length > 0; touched = touchedRecords(clean, shaped.claims)) {
      for (const record of touched) clean.delete(record.externalId);
      derived = await this.deriveMore(derived, touched.flatMap((record) => unitPages(record.provenance)));
      shaped = this.shape(derived, clean.size > 0);
    }
    const unchanged = [...clean.values()].map(cleanRecordOf);
    shaped.result.diagnostics = [...shaped.result.diagnostics, ...this.site.notes].sort(byFileThenLine);
    const total = this.discovery.files.length;
    if (this.derivedSoFar < total) this.input.settings.onProgress?.(total, total);
    const counts = { files: this.discovery.files.length, derived: derived.length, kept: unchanged.length, workers: this.pool.used ?? 0 };
    return { ...shaped.result, unchanged, provenance: shaped.provenance, counts, prepared: this.prepared };
  }
  /** `derived` plus the pages among `paths` that exist and are not derived yet, in path order. */
  async deriveMore(derived, paths) {
    const done = new Set(derived.map((file) => file.path));
    const more = [...new Set(paths)].filter((path10) => this.discovered.has(path10) && !done.has(path10));
    return [...derived, ...await this.derive(more)].sort((a, b) => compareCodeUnits(a.path, b.path));
  }
  async derive(paths) {
    const { settings, capabilities } = this.input;
    const { setup, idScope } = this.site;
    const locales = setup ? { locales: setup.locales, defaultLocale: setup.defaultLocale } : {};
    const markdown = { ...this.site.markdown, ...settings.components ? { components: settings.components } : {} };
    const options = deriveOptions({ ...settings, ...locales, idScope, html: capabilities.takesHtml ?? false, markdown }, this.discovery.realRoot);
    const sorted = [...paths].sort(compareCodeUnits);
    if (sorted.length > 0) await (this.targetReady ??= this.input.prepare?.());
    const final = setup === void 0 && this.input.payloadOf !== void 0;
    const onDerived = (files, prepared) => {
      if (final) this.prepare(files, prepared);
      this.derivedSoFar += files.length;
      settings.onProgress?.(this.derivedSoFar, this.discovery.files.length);
    };
    Object.assign(this.pool, { workers: settings.workers, onDerived, payloads: final ? this.input.workerSettings : void 0 });
    return deriveFiles(filesOf(this.discovery, sorted), options, this.pool);
  }
  /**
   * Keeps the payload and fingerprint of each derived document as it arrives — built by the
   * workers, or here while they derive the rest: without translations a document is final once
   * overrides apply.
   */
  prepare(files, prepared) {
    const { overrides } = this.input.settings;
    const built = prepared ?? preparePayloads(files, overrides, this.input.payloadOf);
    const { spooling } = this.input;
    const entries = spooling && !this.reshaped ? holdOrSpool(files, built, { ...spooling, overrides }) : built;
    for (const [path10, payload] of entries) this.prepared.set(path10, payload);
  }
  /**
   * Without configured or detected locales, translation groups come from pages that name their
   * `lang` and `translationKey` (see localeHints), so they depend on pages this run may not
   * derive: when the derived pages infer groups, or kept records were grouped, derive them all.
   */
  groupsFromFrontmatter(inferred, clean) {
    if (this.site.setup !== void 0) return false;
    if (inferred) return true;
    for (const record of clean.values()) if (record.provenance?.groups?.length || record.provenance?.siblings?.length) return true;
    return false;
  }
  /** Overrides, translations, units and provenance of the derived files. */
  shape(derived, incremental) {
    const { settings, capabilities } = this.input;
    const { setup, idScope } = this.site;
    const options = { ...settings, idScope, setup, native: capabilities.nativeTranslations, versions: this.site.markdown.versions };
    const shapeAll = () => prepareWithPages(collectDerived(derived, this.discovery.skipped), options);
    let shaped = shapeAll();
    if (shaped.setup !== void 0) {
      this.reshaped = true;
      const spool = this.input.spooling?.spool;
      if (spool && restoreText(derived, this.prepared, spool)) shaped = shapeAll();
      this.prepared.clear();
    }
    const { prepared, pages, setup: inEffect, paths } = shaped;
    const units = unitsOf(pages, { ...options, setup: inEffect, ...paths });
    const byPath = new Map(derived.map((file) => [file.path, file]));
    const provenance = provenanceOf(prepared.documents, units, {
      derivation: this.derivation,
      shaOf: (path10) => byPath.get(path10)?.sha256 ?? this.shaOf(path10),
      includesOf: (page) => includesOf(byPath.get(page))
    });
    const claims = { ids: new Set(prepared.documents.map((doc) => doc.externalId)), groups: new Set([...units.values()].flatMap((unit) => unit.groups)) };
    const sitewide = /* @__PURE__ */ new Set([setup?.source, LOCALES_NOTE_FILE]);
    const result = incremental ? { ...prepared, diagnostics: prepared.diagnostics.filter((d) => !sitewide.has(d.file)) } : prepared;
    return { result, provenance, claims, inferred: setup === void 0 && inEffect !== void 0 };
  }
  /** sha256 of a file as it is now: from the hashing pass, else (a file outside the globs, e.g. an include) read now. */
  shaOf(path10) {
    const known = this.hashes.get(path10);
    if (known !== void 0 || this.discovered.has(path10)) return known;
    if (path10.split("/").includes("..") || path10.startsWith("/")) return void 0;
    const read = readSourceBytes({ ...this.location, path: path10 });
    if (read.ok) this.hashes.set(path10, read.sha256);
    return read.ok ? read.sha256 : void 0;
  }
};
function includesOf(file) {
  if (!file || file.outcome.kind !== "document") return [];
  const sources = file.outcome.sources;
  return Array.isArray(sources) ? sources.filter((path10) => typeof path10 === "string" && path10 !== file.path) : [];
}

// src/spool/spool.ts
import { randomUUID } from "node:crypto";
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from "node:fs";
import os2 from "node:os";
import path8 from "node:path";
var DEFAULT_MEMORY_BUDGET = 192 * 1024 * 1024;
var FLUSH_BYTES = 1024 * 1024;
var Spool = class {
  budget;
  dir;
  held = 0;
  file;
  pending = [];
  pendingBytes = 0;
  /** Bytes written to the file so far (flushed or not): the offset of the next page. */
  end = 0;
  constructor(options = {}) {
    this.budget = options.budget ?? DEFAULT_MEMORY_BUDGET;
    this.dir = options.dir ?? os2.tmpdir();
  }
  /** Whether a page of `bytes` may stay in memory; counts it when it may. Once the budget is passed, every later page is spooled. */
  admit(bytes) {
    if (this.end > 0 || this.held + bytes > this.budget) return false;
    this.held += bytes;
    return true;
  }
  /** Appends a page; its payload and its document are read back with {@link read}. */
  append(page) {
    const payload = Buffer.from(JSON.stringify(page.payload), "utf8");
    const shared2 = typeof page.payload.content === "string" && page.payload.content === page.doc.content;
    const doc = Buffer.from(JSON.stringify(shared2 ? { ...page.doc, content: void 0 } : page.doc), "utf8");
    const ref = { offset: this.end, payloadBytes: payload.length, docBytes: doc.length, ...shared2 && { shared: true } };
    this.write(payload);
    this.write(doc);
    return ref;
  }
  /** The page at `ref`, as it was appended (JSON round trip: undefined members are gone). */
  read(ref) {
    const bytes = this.readBytes(ref.offset, ref.payloadBytes + ref.docBytes);
    const payload = JSON.parse(bytes.toString("utf8", 0, ref.payloadBytes));
    const doc = JSON.parse(bytes.toString("utf8", ref.payloadBytes));
    if (ref.shared) doc.content = payload.content;
    return { doc, payload };
  }
  /** Removes the file. Safe to call more than once, and on a spool that never spooled. */
  close() {
    const file = this.file;
    this.file = void 0;
    this.pending = [];
    this.pendingBytes = 0;
    if (!file) return;
    closeSync(file.fd);
    rmSync(file.path, { force: true });
  }
  write(bytes) {
    this.open();
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.end += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }
  flush() {
    if (this.pendingBytes === 0 || !this.file) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    for (let at = 0; at < chunk.length; ) at += writeSync(this.file.fd, chunk, at, chunk.length - at);
  }
  readBytes(offset, length) {
    this.flush();
    if (!this.file || offset + length > this.end) {
      throw new Error(`could not read ${length} bytes at offset ${offset} of the spool: it holds ${this.end} bytes; expected a page appended in this run`);
    }
    const bytes = Buffer.allocUnsafe(length);
    for (let at = 0; at < length; ) {
      const read = readSync(this.file.fd, bytes, at, length - at, offset + at);
      if (read === 0) throw new Error(`the spool file ${this.file.path} ended at ${offset + at} bytes; expected ${offset + length}`);
      at += read;
    }
    return bytes;
  }
  open() {
    if (this.file) return;
    const file = path8.join(this.dir, `kb-publish-spool-${process.pid}-${randomUUID()}`);
    const fd = openSync(file, "wx+", 384);
    this.file = { fd, path: file };
    try {
      unlinkSync(file);
    } catch {
    }
  }
};

// src/sync.ts
async function sync(settings, deps) {
  const { target, plan, spool } = await planRun(settings, deps);
  try {
    if (!writes(settings) || isBlocked(plan)) return { plan };
    deps.onPhase?.("writing");
    const retry = { sleep: deps.sleep, ...deps.retry };
    const result = await applyPlan(plan, target, { deletions: settings.deletions, onProgress: deps.onProgress, retry, spool });
    return { plan, result };
  } finally {
    spool.close();
    await target.close?.();
  }
}
function writes(settings) {
  return settings.command === "sync" && settings.baseline === void 0;
}
async function planRun(settings, deps) {
  const context = { log: deps.log, userAgent: deps.userAgent, now: deps.now, sleep: deps.sleep, http: deps.http, exclusive: writes(settings) };
  const target = targets[settings.target](settings, context);
  try {
    return await planWith(settings, target, deps);
  } catch (error) {
    await target.close?.();
    throw error;
  }
}
async function planWith(settings, target, deps) {
  const spool = new Spool(deps.spool);
  try {
    return await planSpooled(settings, target, deps, spool);
  } catch (error) {
    spool.close();
    throw error;
  }
}
async function planSpooled(settings, target, deps, spool) {
  const listing = readSnapshot(settings, target, deps.log);
  listing.catch(() => void 0);
  deps.log.info(`Reading ${settings.root}`);
  deps.onPhase?.("reading");
  const local = await readSources({
    settings: { ...settings, onProgress: deps.onProgress },
    capabilities: target.capabilities,
    payloadOf: (doc) => target.payloadOf(doc),
    prepare: async () => target.prepare?.(),
    // Workers make their own copy of a target of the registry; a target made elsewhere (tests) builds payloads here.
    workerSettings: targets[settings.target] && target.name === settings.target ? settings : void 0,
    snapshot: settings.baseline === void 0 ? listing : void 0,
    full: settings.full,
    toolVersion: deps.toolVersion ?? VERSION,
    spooling: { spool, validate: target.validate?.bind(target) }
  });
  const { counts } = local;
  deps.log.info(
    `Read ${counts.files} files: ${counts.kept} records unchanged since they were written (not parsed), ${counts.derived} files derived ${counts.workers > 0 ? `on ${counts.workers} worker threads ` : ""}into ${local.documents.length} documents (${local.excluded.length} excluded, ${errorCount(local.diagnostics)} unreadable)`
  );
  deps.onPhase?.("planning");
  const snapshot = await scopedSnapshot(settings, target, await listing, local);
  const plan = buildPlan({
    documents: local.documents,
    unchanged: local.unchanged,
    provenance: local.provenance,
    prepared: local.prepared,
    diagnostics: local.diagnostics,
    excluded: local.excluded,
    snapshot,
    target,
    options: {
      maxDeletes: settings.maxDeletes,
      allowMassDelete: settings.allowMassDelete,
      deletions: settings.deletions,
      idPrefix: settings.idPrefix,
      allowRollback: settings.allowRollback
    },
    commit: settings.commit
  });
  if (settings.command === "plan" && target.loadContent) await target.loadContent(changedRecords(plan));
  return { target, snapshot, plan, counts, spool };
}
function changedRecords(plan) {
  return plan.operations.flatMap((op) => op.kind === "update" || op.kind === "delete" ? [op.remote] : []);
}
async function readSnapshot(settings, target, log) {
  if (settings.baseline === void 0) {
    log.info(`Reading the ${target.name} knowledge base`);
    return target.snapshot();
  }
  log.info(`Reading the baseline docs in ${settings.baseline} (the knowledge base is not read)`);
  await target.prepare?.();
  const baseline = await readDocuments({ ...settings, root: settings.baseline }, target.capabilities);
  return snapshotFromDocuments(baseline.documents, target);
}
async function scopedSnapshot(settings, target, listed, local) {
  if (settings.baseline !== void 0 || target.capabilities.scopedSnapshot !== true) return listed;
  const externalIds = [...local.documents.map((doc) => doc.externalId), ...local.unchanged.map(({ doc }) => doc.externalId)];
  return target.snapshot({ externalIds });
}
function errorCount(diagnostics) {
  return diagnostics.filter((d) => d.severity === "error").length;
}

// src/export.ts
import path9 from "node:path";

// src/report/llms-txt.ts
var EXPORT_FORMATS = ["llms-txt", "llms-full-txt"];
function renderLlmsTxt(documents, site) {
  const entries = entriesOf(documents);
  const lines = header(documents, site);
  for (const [section, members] of sections(entries)) {
    lines.push(`## ${sectionTitle(section, members)}`, "");
    for (const { doc, url } of members) lines.push(`- ${link(doc.title, url)}${doc.description ? `: ${oneLine2(doc.description)}` : ""}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function renderLlmsFullTxt(documents, site) {
  const pages = [...sections(entriesOf(documents)).values()].flat().map(({ doc, url }) => {
    const body = withoutLeadingTitle(doc.content, doc.title).trim();
    return [`# ${oneLine2(doc.title)}`, "", `Source: ${url}`, "", body].join("\n");
  });
  return `${[header(documents, site).join("\n").trimEnd(), ...pages].join("\n\n---\n\n")}
`;
}
function header(documents, site) {
  const home = documents.find((doc) => isHome(doc.sourcePath));
  const name = site.name ?? home?.title ?? site.folderName;
  const summary = site.summary ?? home?.description;
  const lines = [`# ${oneLine2(name)}`, ""];
  if (summary) lines.push(`> ${oneLine2(summary)}`, "");
  return lines;
}
function entriesOf(documents) {
  return [...documents].sort((a, b) => compareCodeUnits(a.externalId, b.externalId)).map((doc) => ({ doc, url: doc.sourceUrl ?? doc.sourcePath, section: sectionOf(doc.sourcePath) }));
}
function sections(entries) {
  const bySection = /* @__PURE__ */ new Map();
  const names = [...new Set(entries.map((e) => e.section))].sort((a, b) => a === "" ? -1 : b === "" ? 1 : compareCodeUnits(a, b));
  for (const name of names) bySection.set(name, entries.filter((e) => e.section === name));
  return bySection;
}
function sectionOf(sourcePath) {
  const slash = sourcePath.indexOf("/");
  return slash < 0 ? "" : sourcePath.slice(0, slash);
}
function sectionTitle(section, members) {
  if (section === "") return "Overview";
  if (members.every(({ doc }) => doc.lang?.toLowerCase() === section.toLowerCase())) return section;
  const words = section.replace(/^\d+[-_.]/, "").replace(/[-_]+/g, " ").trim() || section;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function isHome(sourcePath) {
  return /^(_?index|readme)\.[a-z]+$/i.test(sourcePath);
}
function link(title, url) {
  const text = oneLine2(title).replace(/[[\]\\]/g, (c) => `\\${c}`);
  const target = url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
  return `[${text}](${target})`;
}
function oneLine2(text) {
  return text.replace(/\s+/g, " ").trim();
}
function withoutLeadingTitle(content, title) {
  const match = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(content);
  return match && oneLine2(match[1]) === oneLine2(title) ? content.slice(match[0].length) : content;
}

// src/export.ts
async function exportDocs(settings, options, log) {
  log.info(`Reading ${settings.root}`);
  const { documents, diagnostics } = await readDocuments(settings, { nativeTranslations: false });
  const site = { name: options.siteName, summary: options.summary, folderName: path9.basename(settings.root) };
  const render = options.format === "llms-full-txt" ? renderLlmsFullTxt : renderLlmsTxt;
  return { text: render(documents, site), pages: documents.length, diagnostics };
}
function exportFormat(value, where) {
  const known = EXPORT_FORMATS;
  if (known.includes(value)) return value;
  throw new Error(invalidValue(where, JSON.stringify(value), EXPECTED.oneOf(EXPORT_FORMATS), EXPORT_FORMATS));
}

export {
  createRedactor,
  secretsOf,
  splitList,
  envName,
  resolveSettings,
  ExitCode,
  exitCodeFor,
  planSummaryLine,
  resultSummaryLine,
  locationOf,
  plural,
  printable,
  escapeText,
  code,
  tableRow,
  isBlocked,
  heldSections,
  rollbackWarning,
  leftOutPages,
  leftOutCounts,
  describeLeftOut,
  groupWarnings,
  locationList,
  REASONS,
  outcomeToJson,
  createProgress,
  retryLine,
  colorEnabled,
  colorsFor,
  renderPlanText,
  renderResultText,
  VERSION,
  sync,
  exportDocs,
  exportFormat
};
