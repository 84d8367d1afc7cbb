import type { Settings } from "../../config/settings.js";
import type { RateLimit } from "../../http/index.js";
import { rateLimitOf, requireApiKey, resolveApiUrl } from "../remote-config.js";
import {
  TOTOY_DEFAULT_API_URL,
  TOTOY_DEFAULT_RATE_LIMIT,
  TOTOY_ID_PATTERNS,
  TOTOY_METADATA_VALUE_CHARS,
  TOTOY_MIN_METADATA_VALUE_CHARS,
} from "./limits.js";

/** What the Totoy target needs from Settings, checked. */
export interface TotoyConfig {
  apiUrl: string;
  apiKey: string;
  knowledgeBaseId: string;
  owner: string;
  rateLimit: RateLimit;
  /** Per-request timeout, from `--timeout`. */
  timeoutMs: number;
  /** Longest `custom_metadata` value written. Default TOTOY_METADATA_VALUE_CHARS (512). */
  valueLimit: number;
}

export type TotoyConfigResult = { ok: true; config: TotoyConfig } | { ok: false; problems: string[] };

/** Reads and checks the Totoy settings; reports every problem at once. The key never appears in a message. */
export function resolveTotoyConfig(settings: Settings): TotoyConfigResult {
  const problems: string[] = [];
  const apiUrl = resolveApiUrl(settings, { fallback: TOTOY_DEFAULT_API_URL }, problems);
  const apiKey = requireApiKey(settings, "totoy", "create one in the Totoy dashboard (it is sent as a Bearer token)", problems);
  const knowledgeBaseId = checkKnowledgeBaseId(settings.knowledgeBaseId, problems);
  const valueLimit = settings.metadataValueLimit ?? TOTOY_METADATA_VALUE_CHARS;
  if (valueLimit < TOTOY_MIN_METADATA_VALUE_CHARS) {
    problems.push(`metadata-value-limit is ${valueLimit}: expected at least ${TOTOY_MIN_METADATA_VALUE_CHARS} (room for a hashed id and a fingerprint)`);
  }
  if (settings.owner.length > valueLimit) {
    problems.push(`owner is ${settings.owner.length} characters long: expected at most ${valueLimit} (metadata-value-limit), as it is stored in custom_metadata`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const rateLimit = rateLimitOf(settings, TOTOY_DEFAULT_RATE_LIMIT);
  return {
    ok: true,
    config: { apiUrl, apiKey, knowledgeBaseId, owner: settings.owner, rateLimit, timeoutMs: settings.requestTimeoutMs, valueLimit },
  };
}

function checkKnowledgeBaseId(id: string | undefined, problems: string[]): string {
  if (id === undefined) {
    problems.push(
      "target totoy needs a knowledge base id: pass --knowledge-base-id kb_… (`knowledge-base-id` input in the Action, " +
        "`knowledge-base-id:` in kb-publish.yml); copy it from the knowledge base in the Totoy dashboard or `GET /knowledge-bases`",
    );
    return "";
  }
  if (!TOTOY_ID_PATTERNS.knowledgeBase.test(id)) {
    problems.push(`knowledge-base-id is ${JSON.stringify(id)}: expected kb_ followed by 25 letters or digits, like kb_feMfJbeqbAEj4u8K5HqmKpUbY`);
  }
  return id;
}
