import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);

// src/targets/remote-config.ts
var LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
function apiUrlProblem(apiUrl, example, httpsOnly = true) {
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    return `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${example}`;
  }
  if (url.protocol === "https:") return void 0;
  if (url.protocol === "http:" && (!httpsOnly || LOOPBACK_HOSTS.includes(url.hostname))) return void 0;
  const httpNote = httpsOnly ? " (plain http only to a loopback address, e.g. an emulator)" : "";
  return `api-url is ${JSON.stringify(apiUrl)}: expected an https URL such as ${example}${httpNote}`;
}
function resolveApiUrl(settings, rule, problems) {
  const apiUrl = (settings.apiUrl ?? rule.fallback).replace(/\/+$/, "");
  const problem = apiUrlProblem(apiUrl, rule.fallback, rule.httpsOnly ?? true);
  if (problem) problems.push(problem);
  return apiUrl;
}
function missingKeyProblem(target, howToCreate) {
  return `target ${target} needs an API key: set the KB_PUBLISH_API_KEY environment variable (or pass --api-key; \`api-key\` input in the Action); ${howToCreate}`;
}
function requireApiKey(settings, target, howToCreate, problems) {
  if (settings.apiKey) return settings.apiKey;
  problems.push(missingKeyProblem(target, howToCreate));
  return "";
}
function windowSafeRate(perMinute) {
  const burst = Math.max(1, Math.floor(perMinute / 12));
  return { perMinute: Math.max(perMinute - burst, perMinute / 2), burst };
}
function rateLimitOf(settings, fallback) {
  return settings.rateLimit === void 0 ? fallback : { perMinute: settings.rateLimit };
}

// src/targets/humind/config.ts
var HUMIND_DEFAULT_API_URL = "https://api.thehumind.com/public/v1";
var HUMIND_READ_RATE = { perMinute: 600, burst: 100 };
var HUMIND_WRITE_RATE = { perMinute: 120, burst: 30 };
var HUMIND_MAX_BATCH_ITEMS = 500;
var MAX_EXCERPT = 500;
var HUMIND_MAX_BODY_BYTES = 49e5;
var KEY_PATTERN = /^hmd_(live|test)_[A-Za-z0-9_]+$/;
function resolveHumindConfig(settings) {
  const problems = [];
  const apiUrl = resolveApiUrl(settings, { fallback: HUMIND_DEFAULT_API_URL }, problems);
  const howToCreate = "create one in the Humind dashboard under Settings \u2192 Developer \u2192 Credentials with the scopes knowledge:read and knowledge:write";
  const apiKey = requireApiKey(settings, "humind", howToCreate, problems);
  if (apiKey && !KEY_PATTERN.test(apiKey)) {
    problems.push("the Humind API key has an unexpected format: expected a key starting with hmd_live_ or hmd_test_");
  }
  if (problems.length > 0) return { ok: false, problems };
  const rate = (limit) => settings.rateLimit === void 0 || settings.rateLimit >= limit.perMinute ? limit : { perMinute: settings.rateLimit };
  return {
    ok: true,
    config: {
      apiUrl,
      apiKey,
      owner: settings.owner,
      defaultLanguage: settings.defaultLocale,
      readRate: rate(HUMIND_READ_RATE),
      writeRate: rate(HUMIND_WRITE_RATE),
      timeoutMs: settings.requestTimeoutMs
    }
  };
}

// src/targets/humind/language.ts
var HUMIND_LANG_PATTERN = /^[a-z]{2}(-[A-Z]{2})?$/;
function toHumindLanguage(lang) {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(lang.trim());
  if (!match) return lang;
  const [, language, region] = match;
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}
function humindLanguageProblem(lang, where) {
  if (HUMIND_LANG_PATTERN.test(lang)) return void 0;
  return `language ${JSON.stringify(lang)} in ${where} is not a Humind language tag: expected a two-letter ISO 639-1 code with an optional region, like en, fr or pt-BR (^[a-z]{2}(-[A-Z]{2})?$)`;
}

export {
  LOOPBACK_HOSTS,
  apiUrlProblem,
  resolveApiUrl,
  missingKeyProblem,
  requireApiKey,
  windowSafeRate,
  rateLimitOf,
  HUMIND_READ_RATE,
  HUMIND_WRITE_RATE,
  HUMIND_MAX_BATCH_ITEMS,
  MAX_EXCERPT,
  HUMIND_MAX_BODY_BYTES,
  resolveHumindConfig,
  toHumindLanguage,
  humindLanguageProblem
};
