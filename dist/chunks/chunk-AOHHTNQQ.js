import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);

// src/targets/totoy/limits.ts
var TOTOY_LIMITS = {
  /** "text Sources can be up to 1000000 characters long". */
  textChars: 1e6,
  titleChars: 512,
  backlinkChars: 512,
  /** `CustomMetadata.maxProperties`. */
  metadataPairs: 10,
  /** Sources one knowledge base links (`KnowledgeBaseSourcesList.maxItems`, `knowledge_base_ids.maxItems`). */
  knowledgeBaseSources: 1500,
  /** `source_ids` per `POST /knowledge-bases/{id}/sources`. */
  linkIds: 1500
};
var TOTOY_METADATA_VALUE_CHARS = 512;
var TOTOY_MIN_METADATA_VALUE_CHARS = 80;
var TOTOY_DEFAULT_RATE_LIMIT = { perMinute: 120, burst: 10 };
var TOTOY_CONCURRENCY = 4;
var TOTOY_DEFAULT_API_URL = "https://api.totoy.ai/v1";
var TOTOY_ID_PATTERNS = {
  knowledgeBase: /^kb_[a-zA-Z0-9]{25}$/,
  source: /^src_[a-zA-Z0-9]{25}$/,
  project: /^pj_[a-zA-Z0-9]{25}$/
};

export {
  TOTOY_LIMITS,
  TOTOY_METADATA_VALUE_CHARS,
  TOTOY_MIN_METADATA_VALUE_CHARS,
  TOTOY_DEFAULT_RATE_LIMIT,
  TOTOY_CONCURRENCY,
  TOTOY_DEFAULT_API_URL,
  TOTOY_ID_PATTERNS
};
