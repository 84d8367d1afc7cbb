import { didYouMean } from "./suggest.js";

/**
 * What each rule expects, worded once: a value from a flag, an action input, the environment or
 * the config file gets the same words, after its own "where" (see invalidValue).
 */
export const EXPECTED = {
  integer: (minimum: number) => `a whole number of at least ${minimum}`,
  seconds: "a whole number of seconds (0 or more)",
  boolean: "true or false",
  url: "an http(s) URL",
  apiUrl: "an http(s) base URL without credentials, a query or a fragment",
  text: "a text",
  texts: "a text or a list of texts",
  maxDeletes: "a whole number of records (e.g. 10) or a percentage of owned records from 0% to 100% (e.g. 10%)",
  locale: "a language tag such as en, fr or pt-BR",
  oneOf: (allowed: readonly string[]) => `one of ${allowed.join(", ")}`,
} as const;

/**
 * The one template for a bad setting: `<where> is <value>; expected <what>` plus a "did you mean"
 * when `candidates` holds something close. `where` names the key as the user wrote it:
 * `--max-deletes`, `input max-deletes`, `KB_PUBLISH_MAX_DELETES`, `kb-publish.yml:4: "max-deletes"`.
 */
export function invalidValue(where: string, shown: string, expected: string, candidates: readonly string[] = []): string {
  return `${where} is ${shown}; expected ${expected}${didYouMean(shown.replace(/^"|"$/g, ""), candidates)}`;
}

/** An http(s) URL, as `base-url` takes it (a query or fragment is dropped where it is used). */
export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]+/.test(text);
}

/**
 * An API base URL: request paths are appended to it as text, so a query or a fragment would
 * swallow them and every request would miss the API.
 */
export function isApiBaseUrl(text: string): boolean {
  // Credentials in the URL would travel with every request: the key goes in KB_PUBLISH_API_KEY.
  return /^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/.test(text);
}
