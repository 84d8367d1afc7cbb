import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  TOTOY_MIN_METADATA_VALUE_CHARS
} from "./chunk-AOHHTNQQ.js";
import {
  DEFAULT_FRONTMATTER_KEYS,
  FRONTMATTER_FIELDS,
  ID_SCOPES
} from "./chunk-ZEPJQXB2.js";

// src/config/fields.ts
var string = (description, extra = {}) => ({ type: "string", description, ...extra });
var positive = (description) => ({ type: "integer", description, minimum: 1 });
var strings = (description) => ({ type: "strings", description });
var boolean = (description) => ({ type: "boolean", description });
var TARGET_FIELDS = {
  "api-url": { option: "apiUrl", spec: string("Base URL of the target's API. Default: the target's public API.", { format: "uri" }) },
  "collection-id": { option: "collectionId", spec: string("Knowledge base, collection or space to publish into.") },
  "source-id": { option: "sourceId", spec: string("Chatbot Developer API source (type developer_api) to publish into.") },
  "knowledge-base-id": { option: "knowledgeBaseId", spec: string("Totoy knowledge base to publish into (kb_\u2026).") },
  "metadata-value-limit": {
    option: "metadataValueLimit",
    spec: { type: "integer", minimum: TOTOY_MIN_METADATA_VALUE_CHARS, description: "Longest custom_metadata value written (Totoy documents no limit). Default 512." }
  },
  "rate-limit": { option: "rateLimit", spec: positive("Client-side rate limit in requests per minute. Default: the target's documented rate.") },
  timeout: { option: "timeout", spec: positive("Per-request timeout in milliseconds. Default 30000.") },
  wait: { option: "wait", spec: boolean("Wait for the target to finish processing after a sync. Default false.") },
  "wait-timeout": { option: "waitTimeout", spec: positive("Seconds to wait with `wait`. Default 600.") },
  store: { option: "store", spec: string("Local store directory (target `local`). Default .kb-publish/store.") },
  "lock-timeout": {
    option: "lockTimeout",
    spec: { type: "integer", description: "Seconds a sync waits for another run to release the local store before it fails. Default 60.", minimum: 0 }
  }
};
var FRONTMATTER_SPEC = {
  type: "object",
  description: "Frontmatter keys each field is read from, first present wins (tags: all are merged). Example: { title: heading, tags: [tags, categories] }.",
  properties: Object.fromEntries(
    FRONTMATTER_FIELDS.map((field) => [field, strings(`Frontmatter key(s) holding the ${field}, read before the built-in ones: ${DEFAULT_FRONTMATTER_KEYS[field].join(", ")}.`)])
  )
};
var OVERRIDE_SPEC = {
  type: "object",
  description: "Settings for the pages whose path matches `files`.",
  required: ["files"],
  properties: {
    files: strings("Glob(s) relative to `path`, e.g. guides/**."),
    tags: strings("Tags added to matching pages."),
    type: string("Document type for matching pages that name none, e.g. snippet."),
    metadata: { type: "object", description: "Metadata for matching pages that do not set these keys.", properties: {}, additionalProperties: { type: "any", description: "Any value." } },
    exclude: boolean("Leave matching pages out. Default false.")
  }
};
var COMPONENT_SPEC = {
  type: "object",
  description: "What a reader sees of one component: attributes holding text, one holding a link, or nothing at all.",
  properties: {
    text: strings("Attributes whose text is shown, in order; the first is the title (in bold). Example: [title, description]."),
    link: string("Attribute holding a URL: the title becomes a link to it. Example: href."),
    drop: boolean("Remove the component and everything inside it. Default false: its children are kept.")
  }
};
var TARGET_BLOCK_SPEC = {
  type: "object",
  description: "Options for one target, used when that target is selected; they win over the top-level ones.",
  properties: Object.fromEntries(Object.entries(TARGET_FIELDS).map(([key, field]) => [key, field.spec]))
};
var FILE_FIELDS = {
  path: { option: "path", spec: string("Folder to read, relative to the working directory. Default .") },
  include: { option: "include", spec: strings("Globs of pages to read. Default **/*.{md,mdx,markdown}.") },
  exclude: { option: "exclude", spec: strings("Globs of pages to skip; .git/ and node_modules/ are always skipped.") },
  "id-prefix": { option: "idPrefix", spec: string("Prepended to every external id. Default empty.") },
  "id-key": { option: "idKey", spec: string("Frontmatter key holding an explicit id. Default id.") },
  "id-scope": {
    option: "idScope",
    spec: string("How an explicit frontmatter id is read: global (the whole id) or folder (relative to the page's folder, as Docusaurus does). Default: folder for Docusaurus sites, else global.", {
      enum: ID_SCOPES
    })
  },
  "base-url": { option: "baseUrl", spec: string("Site URL: relative links become absolute and source URLs are built from it.", { format: "uri" }) },
  locales: { option: "locales", spec: strings("Locale codes the site is translated into, e.g. [en, fr]. Default: detected from the generator's config.") },
  "default-locale": { option: "defaultLocale", spec: string("Language of pages that name none. Default en (or the generator's default).") },
  frontmatter: { option: "frontmatter", spec: FRONTMATTER_SPEC },
  components: {
    option: "components",
    spec: {
      type: "object",
      description: "MDX/JSX components by name, for those whose text lives in attributes. Example: { LinkCard: { text: [title, description], link: href } }. Unknown components keep their children.",
      properties: {},
      additionalProperties: COMPONENT_SPEC
    }
  },
  versions: { option: "versions", spec: strings("Docusaurus docs versions to publish: latest (default: the version at the docs' root URL), current (docs/), all, or a list of version names. With more than one, ids start with <version>/.") },
  overrides: { option: "overrides", spec: { type: "array", description: "Per-glob settings, applied in order after each page is derived.", items: OVERRIDE_SPEC } },
  "max-file-size": { option: "maxFileSize", spec: positive("Files larger than this many bytes are reported and skipped. Default 5 MiB.") },
  target: { option: "target", spec: string("Knowledge base to publish into, e.g. local. Default local.") },
  ...TARGET_FIELDS,
  targets: { option: "targets", spec: { type: "object", description: "Per-target options keyed by target name.", properties: {}, additionalProperties: TARGET_BLOCK_SPEC } },
  owner: { option: "owner", spec: string("Owner marker written into every record. Default kb-publish.") },
  "max-deletes": { option: "maxDeletes", spec: { type: "max-deletes", description: "Refuse a run that deletes more than this: a count (10) or a percentage of owned records (10%)." } },
  "allow-mass-delete": { option: "allowMassDelete", spec: boolean("Override the mass-delete and empty-source guards. Default false.") },
  full: { option: "full", spec: boolean("Derive every page, even those whose sources did not change since they were published (slower; same plan). Default false.") },
  "allow-rollback": {
    option: "allowRollback",
    spec: boolean("Write even over records that a newer commit published (a run from an older commit skips them by default). Default false.")
  },
  deletions: { option: "deletions", spec: string("What happens to removed pages. Default tombstone.", { enum: ["tombstone", "hard", "off"] }) }
};
var TARGET_FILE_FIELDS = TARGET_FIELDS;

// src/config/suggest.ts
function closest(value, candidates) {
  const wanted = value.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance === 0) return candidate;
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const starts = wanted.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(wanted)) : [];
  if (starts.length === 1) return starts[0];
  const allowed = Math.max(1, Math.floor(Math.max(wanted.length, best.candidate.length) / 3));
  return best.distance <= allowed ? best.candidate : void 0;
}
function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}
function didYouMean(value, candidates) {
  const match = closest(value, candidates);
  return match === void 0 || match === value ? "" : `; did you mean "${match}"?`;
}

// src/config/expected.ts
var EXPECTED = {
  integer: (minimum) => `a whole number of at least ${minimum}`,
  seconds: "a whole number of seconds (0 or more)",
  boolean: "true or false",
  url: "an http(s) URL",
  apiUrl: "an http(s) base URL without credentials, a query or a fragment",
  text: "a text",
  texts: "a text or a list of texts",
  maxDeletes: "a whole number of records (e.g. 10) or a percentage of owned records from 0% to 100% (e.g. 10%)",
  locale: "a language tag such as en, fr or pt-BR",
  oneOf: (allowed) => `one of ${allowed.join(", ")}`
};
function invalidValue(where, shown, expected, candidates = []) {
  return `${where} is ${shown}; expected ${expected}${didYouMean(shown.replace(/^"|"$/g, ""), candidates)}`;
}
function isHttpUrl(text) {
  return /^https?:\/\/[^\s/]+/.test(text);
}
function isApiBaseUrl(text) {
  return /^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/.test(text);
}

// src/config/file-names.ts
var CONFIG_FILE_NAMES = ["kb-publish.yml", "kb-publish.yaml"];

// src/plan/max-deletes.ts
var COUNT = /^\d+$/;
var PERCENT = /^(\d+(?:\.\d+)?)%$/;
function parseMaxDeletes(text) {
  const trimmed = text.trim();
  if (COUNT.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isSafeInteger(value)) return { kind: "count", value };
  }
  const percent = PERCENT.exec(trimmed);
  if (percent?.[1] !== void 0) {
    const value = Number(percent[1]);
    if (value <= 100) return { kind: "percent", value };
  }
  return `invalid max-deletes ${JSON.stringify(text)}: expected a whole number of records (e.g. 10) or a percentage of owned records from 0% to 100% (e.g. 10%)`;
}
function describeMaxDeletes(limit) {
  if (limit.kind === "percent") return `${limit.value}% of owned records`;
  return `${limit.value} ${limit.value === 1 ? "record" : "records"}`;
}

export {
  parseMaxDeletes,
  describeMaxDeletes,
  FILE_FIELDS,
  TARGET_FILE_FIELDS,
  didYouMean,
  EXPECTED,
  invalidValue,
  isHttpUrl,
  isApiBaseUrl,
  CONFIG_FILE_NAMES
};
