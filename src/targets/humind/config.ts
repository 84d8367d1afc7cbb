import type { Settings } from "../../config/settings.js";
import type { RateLimit } from "../../http/index.js";
import { requireApiKey, resolveApiUrl } from "../remote-config.js";

/** Humind's documented base URL (HM-IDX). `--api-url` overrides it, e.g. for the emulator. */
export const HUMIND_DEFAULT_API_URL = "https://api.thehumind.com/public/v1";

/** Per-key buckets (HM-RL): reads 600/min (burst 100), writes 120/min (burst 30). */
export const HUMIND_READ_RATE: Required<RateLimit> = { perMinute: 600, burst: 100 };
export const HUMIND_WRITE_RATE: Required<RateLimit> = { perMinute: 120, burst: 30 };

/** At most 500 items per batch call (HM-KN). */
export const HUMIND_MAX_BATCH_ITEMS = 500;
/** Humind's longest excerpt (HM-KN). */
export const MAX_EXCERPT = 500;

/**
 * Humind refuses request bodies over 5 MB (413). Whether "MB" means 10^6 or 2^20 bytes is not
 * documented, so kb-publish keeps every body under 4.9 million bytes, which satisfies both.
 */
export const HUMIND_MAX_BODY_BYTES = 4_900_000;

/** `hmd_live_…` or `hmd_test_…` (HM-AUTH); the exact tail format is inferred, so only the prefix is checked. */
const KEY_PATTERN = /^hmd_(live|test)_[A-Za-z0-9_]+$/;

/** What the Humind target needs from Settings, checked. */
export interface HumindConfig {
  apiUrl: string;
  apiKey: string;
  owner: string;
  defaultLanguage: string;
  readRate: RateLimit;
  writeRate: RateLimit;
  /** Per-request timeout, from `--timeout`. */
  timeoutMs: number;
}

export type HumindConfigResult = { ok: true; config: HumindConfig } | { ok: false; problems: string[] };

/** Reads and checks the Humind settings; reports every problem at once. The key never appears in a message. */
export function resolveHumindConfig(settings: Settings): HumindConfigResult {
  const problems: string[] = [];
  const apiUrl = resolveApiUrl(settings, { fallback: HUMIND_DEFAULT_API_URL }, problems);
  const howToCreate = "create one in the Humind dashboard under Settings → Developer → Credentials with the scopes knowledge:read and knowledge:write";
  const apiKey = requireApiKey(settings, "humind", howToCreate, problems);
  if (apiKey && !KEY_PATTERN.test(apiKey)) {
    problems.push("the Humind API key has an unexpected format: expected a key starting with hmd_live_ or hmd_test_");
  }
  if (problems.length > 0) return { ok: false, problems };
  // `--rate-limit` only lowers a bucket; one it does not lower keeps its documented burst.
  const rate = (limit: Required<RateLimit>): RateLimit =>
    settings.rateLimit === undefined || settings.rateLimit >= limit.perMinute ? limit : { perMinute: settings.rateLimit };
  return {
    ok: true,
    config: {
      apiUrl,
      apiKey,
      owner: settings.owner,
      defaultLanguage: settings.defaultLocale,
      readRate: rate(HUMIND_READ_RATE),
      writeRate: rate(HUMIND_WRITE_RATE),
      timeoutMs: settings.requestTimeoutMs,
    },
  };
}
