import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES, type Settings } from "./settings.js";

/** Every setting that has a default, as `resolveSettings` applies it when nothing overrides it. */
export const SETTINGS_DEFAULTS = {
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
  requestTimeoutMs: 30_000,
  runner: "cli",
  locales: [],
  defaultLocale: "en",
  versions: ["latest"],
} as const satisfies Partial<Settings>;

/** Settings with every default filled in, for library callers, tests and benchmarks. */
export function settingsWithDefaults(given: Partial<Settings> & Pick<Settings, "root" | "store">): Settings {
  return { ...SETTINGS_DEFAULTS, include: [...SETTINGS_DEFAULTS.include], exclude: [], locales: [], versions: [...SETTINGS_DEFAULTS.versions], ...given };
}
