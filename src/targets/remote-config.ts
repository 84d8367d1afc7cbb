import type { Settings } from "../config/settings.js";
import type { RateLimit } from "../http/index.js";

/**
 * Checks every remote target words alike: the API base URL, the API key, the client-side rate.
 * Pure; no message ever contains a key.
 */

/** Hosts a key may reach over plain http: this machine (an emulator). */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Why `apiUrl` cannot be used, or undefined: https anywhere, plain http only to a loopback
 * address (an emulator), so a key never crosses a network unencrypted — unless `httpsOnly` is
 * false. `example` shows the expected form, e.g. `https://<your-host>/api`.
 */
export function apiUrlProblem(apiUrl: string, example: string, httpsOnly = true): string | undefined {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${example}`;
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && (!httpsOnly || LOOPBACK_HOSTS.includes(url.hostname))) return undefined;
  const httpNote = httpsOnly ? " (plain http only to a loopback address, e.g. an emulator)" : "";
  return `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${example}${httpNote}`;
}

/** How a target's API URL is checked. */
export interface ApiUrlRule {
  /** The vendor's documented base URL, used when `--api-url` is absent. */
  fallback: string;
  /** Plain `http` only to a loopback host (see {@link apiUrlProblem}). Default true. */
  httpsOnly?: boolean;
}

/** `settings.apiUrl` (or the fallback) without trailing slashes; pushes a problem when it is not allowed. */
export function resolveApiUrl(settings: Pick<Settings, "apiUrl">, rule: ApiUrlRule, problems: string[]): string {
  const apiUrl = (settings.apiUrl ?? rule.fallback).replace(/\/+$/, "");
  const problem = apiUrlProblem(apiUrl, rule.fallback, rule.httpsOnly ?? true);
  if (problem) problems.push(problem);
  return apiUrl;
}

/** The problem for a missing key: where kb-publish reads it from, and how to get one (`howToCreate`). */
export function missingKeyProblem(target: string, howToCreate: string): string {
  return (
    `target ${target} needs an API key: set the KB_PUBLISH_API_KEY environment variable (or pass --api-key; ` +
    `\`api-key\` input in the Action); ${howToCreate}`
  );
}

/** The API key, or "" with a problem pushed saying where to set it and where to get one. */
export function requireApiKey(settings: Pick<Settings, "apiKey">, target: string, howToCreate: string, problems: string[]): string {
  if (settings.apiKey) return settings.apiKey;
  problems.push(missingKeyProblem(target, howToCreate));
  return "";
}

/**
 * A token bucket that never lets any 60-second window hold more than `perMinute` requests, however
 * the server counts (fixed or sliding window): a burst of a twelfth of the limit (five seconds'
 * worth, at least 1) and a sustained rate of the rest. A bucket at `perMinute` with its burst on
 * top could send `perMinute + burst` in one window.
 */
export function windowSafeRate(perMinute: number): Required<RateLimit> {
  const burst = Math.max(1, Math.floor(perMinute / 12));
  return { perMinute: Math.max(perMinute - burst, perMinute / 2), burst };
}

/**
 * `--rate-limit` (requests per minute, with the client's default burst) when given, else the
 * target's default. Where the vendor documents no rate, the user may raise it as well as lower it.
 */
export function rateLimitOf(settings: Pick<Settings, "rateLimit">, fallback: Required<RateLimit>): RateLimit {
  return settings.rateLimit === undefined ? fallback : { perMinute: settings.rateLimit };
}
