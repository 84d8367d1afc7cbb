import type { RateLimit } from "../../http/index.js";

/** Totoy's documented limits (T-OAS 1.1.3: `CreateTextSourceRequest`, `CustomMetadata`, `AddKnowledgeBaseSourcesRequest`). */
export const TOTOY_LIMITS = {
  /** "text Sources can be up to 1000000 characters long". */
  textChars: 1_000_000,
  titleChars: 512,
  backlinkChars: 512,
  /** `CustomMetadata.maxProperties`. */
  metadataPairs: 10,
  /** Sources one knowledge base links (`KnowledgeBaseSourcesList.maxItems`, `knowledge_base_ids.maxItems`). */
  knowledgeBaseSources: 1500,
  /** `source_ids` per `POST /knowledge-bases/{id}/sources`. */
  linkIds: 1500,
} as const;

/**
 * Longest `custom_metadata` value kb-publish writes when `metadata-value-limit` is not set.
 * Totoy documents no value limit (UNK); 512 is its limit for every other short string (title,
 * backlink, problem fields), so a value this long is the safest guess that still fits a
 * provenance record. Longer ids are stored as a digest, a longer provenance is left out.
 */
export const TOTOY_METADATA_VALUE_CHARS = 512;

/** The smallest `metadata-value-limit` that still holds a hashed id and a bare fingerprint. */
export const TOTOY_MIN_METADATA_VALUE_CHARS = 80;

/**
 * Client-side rate limit when `--rate-limit` is not given. Totoy documents none (UNK); the APIs
 * of its kind that do document one allow 120 requests per minute per key, so kb-publish stays
 * there, with bursts of 10. A 429 with `Retry-After` is honoured whatever the setting.
 */
export const TOTOY_DEFAULT_RATE_LIMIT: Required<RateLimit> = { perMinute: 120, burst: 10 };

/** Requests in flight at once (Totoy creates one Source per request). */
export const TOTOY_CONCURRENCY = 4;

/** Totoy's documented base URL (T-OAS `servers`). */
export const TOTOY_DEFAULT_API_URL = "https://api.totoy.ai/v1";

/** Id formats (T-OAS `components.parameters`). */
export const TOTOY_ID_PATTERNS = {
  knowledgeBase: /^kb_[a-zA-Z0-9]{25}$/,
  source: /^src_[a-zA-Z0-9]{25}$/,
  project: /^pj_[a-zA-Z0-9]{25}$/,
} as const;
