import type { Settings } from "../../config/settings.js";
import type { RateLimit } from "../../http/index.js";

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
}

export type HumindConfigResult = { ok: true; config: HumindConfig } | { ok: false; problems: string[] };

/** Reads and checks the Humind settings; reports every problem at once. The key never appears in a message. */
export function resolveHumindConfig(settings: Settings): HumindConfigResult {
  const problems: string[] = [];
  const apiUrl = (settings.apiUrl ?? HUMIND_DEFAULT_API_URL).replace(/\/+$/, "");
  if (!isAllowedUrl(apiUrl)) {
    problems.push(
      `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${HUMIND_DEFAULT_API_URL} ` +
        "(plain http only to a loopback address, e.g. an emulator)",
    );
  }
  if (!settings.apiKey) {
    problems.push(
      "target humind needs an API key: set the KB_PUBLISH_API_KEY environment variable (or pass --api-key; " +
        "`api-key` input in the Action); create one in the Humind dashboard under Settings → Developer → " +
        "Credentials with the scopes knowledge:read and knowledge:write",
    );
  } else if (!KEY_PATTERN.test(settings.apiKey)) {
    problems.push("the Humind API key has an unexpected format: expected a key starting with hmd_live_ or hmd_test_");
  }
  if (problems.length > 0) return { ok: false, problems };
  const rate = (limit: Required<RateLimit>): RateLimit =>
    settings.rateLimit === undefined ? limit : { perMinute: Math.min(limit.perMinute, settings.rateLimit) };
  return {
    ok: true,
    config: {
      apiUrl,
      apiKey: settings.apiKey as string,
      owner: settings.owner,
      defaultLanguage: settings.defaultLocale,
      readRate: rate(HUMIND_READ_RATE),
      writeRate: rate(HUMIND_WRITE_RATE),
    },
  };
}

/** https anywhere; http only on loopback, so the key never crosses a network unencrypted. */
function isAllowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === "https:") return true;
    return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  } catch {
    return false;
  }
}
