import type { Settings } from "../config/settings.js";
import type { RateLimit } from "../http/index.js";

/**
 * Checks shared by remote targets' config resolvers: the API URL, the key, the rate limit. Each
 * check pushes a message onto `problems` (every problem is reported at once) and never quotes
 * the key. New targets use these; Heppu and Humind keep their own (same rules) for now.
 */

/** How a target's API URL is checked. */
export interface ApiUrlRule {
  /** The vendor's documented base URL, used when `--api-url` is absent. */
  fallback: string;
  /**
   * Plain `http` only to a loopback host (an emulator), so a key never crosses a network
   * unencrypted. Default true.
   */
  httpsOnly?: boolean;
}

/** `settings.apiUrl` (or the fallback) without trailing slashes; a problem when it is not allowed. */
export function resolveApiUrl(settings: Pick<Settings, "apiUrl">, rule: ApiUrlRule, problems: string[]): string {
  const apiUrl = (settings.apiUrl ?? rule.fallback).replace(/\/+$/, "");
  if (!isAllowedUrl(apiUrl, rule.httpsOnly ?? true)) {
    const httpNote = rule.httpsOnly === false ? "" : " (plain http only to a loopback address, e.g. an emulator)";
    problems.push(`api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${rule.fallback}${httpNote}`);
  }
  return apiUrl;
}

/** The API key, or a problem saying where to set it and where to get one (`whereToCreate`). */
export function requireApiKey(settings: Pick<Settings, "apiKey">, target: string, whereToCreate: string, problems: string[]): string {
  if (settings.apiKey) return settings.apiKey;
  problems.push(
    `target ${target} needs an API key: set the KB_PUBLISH_API_KEY environment variable (or pass --api-key; ` +
      `\`api-key\` input in the Action); ${whereToCreate}`,
  );
  return "";
}

/**
 * `--rate-limit` (requests per minute, with the client's default burst) when given, else the
 * target's default. Where the vendor documents no rate, the user may raise it as well as lower it.
 */
export function rateLimitOf(settings: Pick<Settings, "rateLimit">, fallback: Required<RateLimit>): RateLimit {
  return settings.rateLimit === undefined ? fallback : { perMinute: settings.rateLimit };
}

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

function isAllowedUrl(value: string, httpsOnly: boolean): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === "https:") return true;
    return url.protocol === "http:" && (!httpsOnly || LOOPBACK.includes(url.hostname));
  } catch {
    return false;
  }
}
