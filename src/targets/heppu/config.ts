import type { Settings } from "../../config/settings.js";
import type { RateLimit } from "../../http/index.js";
import { LOOPBACK_HOSTS, rateLimitOf, requireApiKey, resolveApiUrl } from "../remote-config.js";

/** Heppu's documented base URL (H-OV). `--api-url` overrides it, e.g. for the emulator. */
export const HEPPU_DEFAULT_API_URL = "https://v2.heppu.ai/api/v1";

/**
 * Client-side rate limit when `--rate-limit` is not given. Heppu documents no request rate
 * (contract: UNK) and advises sequential batches, so kb-publish stays well below what any API
 * of its kind allows: 120 requests per minute sustained, bursts of 10.
 */
export const HEPPU_DEFAULT_RATE_LIMIT: Required<RateLimit> = { perMinute: 120, burst: 10 };

/** What the Heppu target needs from Settings, checked. */
export interface HeppuConfig {
  apiUrl: string;
  apiKey: string;
  collectionId: string;
  rateLimit: RateLimit;
  /** Per-request timeout, from `--timeout`. */
  timeoutMs: number;
}

/** The checked config, or every problem found (a user fixes them all in one go). */
export type HeppuConfigResult = { ok: true; config: HeppuConfig } | { ok: false; problems: string[] };

/** Reads and checks the Heppu settings. Pure; the key never appears in a message. */
export function resolveHeppuConfig(settings: Settings): HeppuConfigResult {
  const problems: string[] = [];
  // Plain http to a remote host is allowed, with a warning when the target connects (see isCleartextRemote).
  const apiUrl = resolveApiUrl(settings, { fallback: HEPPU_DEFAULT_API_URL, httpsOnly: false }, problems);
  const apiKey = requireApiKey(settings, "heppu", "create one in the Heppu dashboard under Organization → API Keys", problems);
  if (!settings.collectionId) {
    problems.push(
      "target heppu needs a collection id: pass --collection-id <uuid> (`collection-id` input in the Action); " +
        "copy it from the collection's URL in the Heppu dashboard",
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      apiUrl,
      apiKey,
      collectionId: settings.collectionId as string,
      rateLimit: rateLimitOf(settings, HEPPU_DEFAULT_RATE_LIMIT),
      timeoutMs: settings.requestTimeoutMs,
    },
  };
}

/** True when credentials would cross the network unencrypted (plain http to a non-loopback host). */
export function isCleartextRemote(apiUrl: string): boolean {
  const url = new URL(apiUrl);
  return url.protocol === "http:" && !LOOPBACK_HOSTS.includes(url.hostname);
}
