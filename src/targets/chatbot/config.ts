import type { Settings } from "../../config/settings.js";
import type { RateLimit } from "../../http/index.js";
import { apiUrlProblem, missingKeyProblem, windowSafeRate } from "../remote-config.js";

/** The documented per-key limit (C-IDX): 120 requests per minute, then 429 with `Retry-After: 60`. */
export const CHATBOT_REQUESTS_PER_MINUTE = 120;

/** Every installation has its own host; the docs' base URL ends in `/api` (C-IDX, C-EX). */
export const CHATBOT_URL_EXAMPLE = "https://<your-host>/api";

/** The scopes a sync needs (C-AUTH), and the optional one that lets a plan say when tombstones are purged. */
export const CHATBOT_SYNC_SCOPES = ["items:read", "items:write", "runs:execute", "runs:apply", "runs:read"] as const;
export const CHATBOT_OPTIONAL_SCOPE = "sources:read";

/** Documented key shape `sk_live_<key id>_<secret>` (C-AUTH); only the `sk_` prefix is checked (other environments are UNK). */
const KEY_PATTERN = /^sk_[A-Za-z]+_\S+$/;

/** What the Chatbot target needs from Settings, checked. */
export interface ChatbotConfig {
  /** Base URL ending in `/api` (no trailing slash); paths `/v1/...` are appended. */
  apiUrl: string;
  apiKey: string;
  sourceId: string;
  owner: string;
  rateLimit: RateLimit;
  /** Per-request timeout, from `--timeout`. */
  timeoutMs: number;
  /** How long to follow an apply job before giving up, from `--wait-timeout` (default 600 s). */
  publishTimeoutMs: number;
}

export type ChatbotConfigResult = { ok: true; config: ChatbotConfig } | { ok: false; problems: string[] };

/** Reads and checks the Chatbot settings; reports every problem at once. The key never appears in a message. */
export function resolveChatbotConfig(settings: Settings): ChatbotConfigResult {
  const apiUrl = settings.apiUrl?.replace(/\/+$/, "");
  const problems = [urlProblem(apiUrl), keyProblem(settings.apiKey), sourceProblem(settings.sourceId)].filter(
    (problem): problem is string => problem !== undefined,
  );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      apiUrl: apiUrl as string,
      apiKey: settings.apiKey as string,
      sourceId: settings.sourceId as string,
      owner: settings.owner,
      rateLimit: windowSafeRate(settings.rateLimit ?? CHATBOT_REQUESTS_PER_MINUTE),
      timeoutMs: settings.requestTimeoutMs,
      publishTimeoutMs: settings.waitTimeoutSeconds * 1000,
    },
  };
}

function urlProblem(apiUrl: string | undefined): string | undefined {
  if (!apiUrl) {
    return (
      "target chatbot needs the API base URL of your Chatbot installation: pass --api-url " +
      `${CHATBOT_URL_EXAMPLE} (\`api-url\` input in the Action, or api-url in kb-publish.yml); there is no default host`
    );
  }
  const problem = apiUrlProblem(apiUrl, CHATBOT_URL_EXAMPLE);
  if (problem) return problem;
  if (/\/v1$/.test(new URL(apiUrl).pathname)) {
    return `api-url is ${JSON.stringify(apiUrl)}: expected the base URL ending in /api, without /v1 (kb-publish adds /v1/sources/…)`;
  }
  return undefined;
}

function keyProblem(apiKey: string | undefined): string | undefined {
  const scopes = CHATBOT_SYNC_SCOPES.join(" ");
  if (!apiKey) {
    return missingKeyProblem(
      "chatbot",
      `a tenant administrator creates one in the admin portal (or POST /api/v1/admin/keys) with the scopes ${scopes} (and ${CHATBOT_OPTIONAL_SCOPE})`,
    );
  }
  if (!KEY_PATTERN.test(apiKey)) return "the Chatbot API key has an unexpected format: expected a key like sk_live_<key id>_<secret>";
  return undefined;
}

function sourceProblem(sourceId: string | undefined): string | undefined {
  if (sourceId) return undefined;
  return (
    "target chatbot needs a source id: pass --source-id <id> (`source-id` input in the Action); create a developer_api " +
    'source once with POST /api/v1/sources {"name": "Docs", "graceDays": 7} and use the returned source.id'
  );
}
