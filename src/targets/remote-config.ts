import type { RateLimit } from "../http/index.js";

/**
 * Checks every remote target words alike: the API base URL, the API key, the client-side rate.
 * Pure; no message ever contains a key.
 */

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Why `apiUrl` cannot be used, or undefined: https anywhere, plain http only to a loopback
 * address (an emulator), so a key never crosses a network unencrypted. `example` shows the
 * expected form, e.g. `https://<your-host>/api`.
 */
export function apiUrlProblem(apiUrl: string, example: string): string | undefined {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${example}`;
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname)) return undefined;
  return `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${example} (plain http only to a loopback address, e.g. an emulator)`;
}

/** The problem for a missing key: where kb-publish reads it from, and how to get one (`howToCreate`). */
export function missingKeyProblem(target: string, howToCreate: string): string {
  return (
    `target ${target} needs an API key: set the KB_PUBLISH_API_KEY environment variable (or pass --api-key; ` +
    `\`api-key\` input in the Action); ${howToCreate}`
  );
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
