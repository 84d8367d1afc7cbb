import { ID_SCOPES } from "../documents/id.js";
import { TOTOY_MIN_METADATA_VALUE_CHARS } from "../targets/totoy/limits.js";
import { DEFAULT_FRONTMATTER_KEYS, FRONTMATTER_FIELDS } from "./document-options.js";
import type { RawOptions } from "./raw.js";
import type { Spec } from "./spec.js";

/** One config-file key: the RawOptions field it fills and how it is checked. */
export interface FileField {
  option: keyof RawOptions;
  spec: Spec;
}

const string = (description: string, extra: { enum?: readonly string[]; format?: "uri" } = {}): Spec => ({ type: "string", description, ...extra });
const positive = (description: string): Spec => ({ type: "integer", description, minimum: 1 });
const strings = (description: string): Spec => ({ type: "strings", description });
const boolean = (description: string): Spec => ({ type: "boolean", description });

/** Settings that may differ per target; also allowed inside `targets.<name>`. */
const TARGET_FIELDS: Record<string, FileField> = {
  "api-url": { option: "apiUrl", spec: string("Base URL of the target's API. Default: the target's public API.", { format: "uri" }) },
  "collection-id": { option: "collectionId", spec: string("Knowledge base, collection or space to publish into.") },
  "source-id": { option: "sourceId", spec: string("Chatbot Developer API source (type developer_api) to publish into.") },
  "knowledge-base-id": { option: "knowledgeBaseId", spec: string("Totoy knowledge base to publish into (kb_…).") },
  "metadata-value-limit": {
    option: "metadataValueLimit",
    spec: { type: "integer", minimum: TOTOY_MIN_METADATA_VALUE_CHARS, description: "Longest custom_metadata value written (Totoy documents no limit). Default 512." },
  },
  "rate-limit": { option: "rateLimit", spec: positive("Client-side rate limit in requests per minute. Default: the target's documented rate.") },
  timeout: { option: "timeout", spec: positive("Per-request timeout in milliseconds. Default 30000.") },
  wait: { option: "wait", spec: boolean("Wait for the target to finish processing after a sync. Default false.") },
  "wait-timeout": { option: "waitTimeout", spec: positive("Seconds to wait with `wait`. Default 600.") },
  store: { option: "store", spec: string("Local store directory (target `local`). Default .kb-publish/store.") },
  "lock-timeout": {
    option: "lockTimeout",
    spec: { type: "integer", description: "Seconds a sync waits for another run to release the local store before it fails. Default 60.", minimum: 0 },
  },
};

const FRONTMATTER_SPEC: Spec = {
  type: "object",
  description: "Frontmatter keys each field is read from, first present wins (tags: all are merged). Example: { title: heading, tags: [tags, categories] }.",
  properties: Object.fromEntries(
    FRONTMATTER_FIELDS.map((field) => [field, strings(`Frontmatter key(s) holding the ${field}, read before the built-in ones: ${DEFAULT_FRONTMATTER_KEYS[field].join(", ")}.`)]),
  ),
};

const OVERRIDE_SPEC: Spec = {
  type: "object",
  description: "Settings for the pages whose path matches `files`.",
  required: ["files"],
  properties: {
    files: strings("Glob(s) relative to `path`, e.g. guides/**."),
    tags: strings("Tags added to matching pages."),
    type: string("Document type for matching pages that name none, e.g. snippet."),
    metadata: { type: "object", description: "Metadata for matching pages that do not set these keys.", properties: {}, additionalProperties: { type: "any", description: "Any value." } },
    exclude: boolean("Leave matching pages out. Default false."),
  },
};

const COMPONENT_SPEC: Spec = {
  type: "object",
  description: "What a reader sees of one component: attributes holding text, one holding a link, or nothing at all.",
  properties: {
    text: strings("Attributes whose text is shown, in order; the first is the title (in bold). Example: [title, description]."),
    link: string("Attribute holding a URL: the title becomes a link to it. Example: href."),
    drop: boolean("Remove the component and everything inside it. Default false: its children are kept."),
  },
};

const TARGET_BLOCK_SPEC: Spec = {
  type: "object",
  description: "Options for one target, used when that target is selected; they win over the top-level ones.",
  properties: Object.fromEntries(Object.entries(TARGET_FIELDS).map(([key, field]) => [key, field.spec])),
};

/** Every key a config file may hold, in the order the JSON Schema lists them. */
export const FILE_FIELDS: Record<string, FileField> = {
  path: { option: "path", spec: string("Folder to read, relative to the working directory. Default .") },
  include: { option: "include", spec: strings("Globs of pages to read. Default **/*.{md,mdx,markdown}.") },
  exclude: { option: "exclude", spec: strings("Globs of pages to skip; .git/ and node_modules/ are always skipped.") },
  "id-prefix": { option: "idPrefix", spec: string("Prepended to every external id. Default empty.") },
  "id-key": { option: "idKey", spec: string("Frontmatter key holding an explicit id. Default id.") },
  "id-scope": {
    option: "idScope",
    spec: string("How an explicit frontmatter id is read: global (the whole id) or folder (relative to the page's folder, as Docusaurus does). Default: folder for Docusaurus sites, else global.", {
      enum: ID_SCOPES,
    }),
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
      additionalProperties: COMPONENT_SPEC,
    },
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
    spec: boolean("Write even over records that a newer commit published (a run from an older commit skips them by default). Default false."),
  },
  deletions: { option: "deletions", spec: string("What happens to removed pages. Default tombstone.", { enum: ["tombstone", "hard", "off"] }) },
};

/** Keys allowed inside `targets.<name>`. */
export const TARGET_FILE_FIELDS: Readonly<Record<string, FileField>> = TARGET_FIELDS;
