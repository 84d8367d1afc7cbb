import type { IdScope } from "../documents/id.js";
import type { ComponentRule } from "../documents/markdown/index.js";
import type { MaxDeletes } from "../plan/types.js";
import type { CommitStamp } from "../targets/target.js";
import type { FrontmatterKeys, Override } from "./document-options.js";

export {
  DEFAULT_FRONTMATTER_KEYS,
  FRONTMATTER_FIELDS,
  type FrontmatterField,
  type FrontmatterKeys,
  type Override,
} from "./document-options.js";

export type Command = "plan" | "sync";
export type DeletionSetting = "tombstone" | "hard" | "off";
export type Runner = "cli" | "action";

/**
 * Everything one run needs, read once at the edge (CLI flags, action inputs, env, config file)
 * and validated. Nothing below `sync()` reads `process.env` or argv.
 */
export interface Settings {
  command: Command;
  /** Directory to read, absolute. Default: the current directory. */
  root: string;
  /** Target name, a key of the target registry. Default `local`. */
  target: string;
  /** Globs relative to `root`. Default `**\/*.{md,mdx,markdown}`. */
  include: string[];
  /** Extra globs to skip; `.git/` and `node_modules/` are always skipped. */
  exclude: string[];
  /** Prepended to every derived or explicit id. Default empty. */
  idPrefix: string;
  /** Frontmatter key holding an explicit id. Default `id`. */
  idKey: string;
  /**
   * How an explicit frontmatter id is read: `global` (the whole external id) or `folder`
   * (relative to the page's folder, as Docusaurus reads it). Undefined: detected when the docs
   * are read, `folder` for a Docusaurus site (a `docusaurus.config.*` in `root` or a parent up to
   * the repository root), else `global`.
   */
  idScope?: IdScope;
  /** Files larger than this are diagnostics, not documents. Default 5 MiB. */
  maxFileBytes: number;
  /** Undefined means the default rule: more than 10% of owned records and more than 5. */
  maxDeletes?: MaxDeletes;
  allowMassDelete: boolean;
  /**
   * Derive every page, even those whose stored provenance says they are unchanged (the
   * incremental planner is then bypassed; the plan is the same, only slower). Default false.
   */
  full: boolean;
  /**
   * Write even over records that a newer commit wrote (`--allow-rollback`). Default false: a run
   * from an older commit skips them, with a warning.
   */
  allowRollback: boolean;
  /**
   * The commit the docs are read at (sha and committer time of `HEAD`), stored with every record
   * written and compared by the rollback guard. Undefined when the docs are not in a git
   * repository: no guard. Read by `resolveSettings`, never from a file.
   */
  commit?: CommitStamp;
  /** Default `tombstone`. */
  deletions: DeletionSetting;
  /** Owner marker written into every record; records with another owner are never touched. Default `kb-publish`. */
  owner: string;
  /** Local store directory, absolute. Default `<cwd>/.kb-publish/store`. */
  store: string;
  /** Seconds a sync waits for another run to release the local store before it fails. Default 60. */
  lockTimeoutSeconds: number;
  apiUrl?: string;
  /** Never logged; masked in the Action. */
  apiKey?: string;
  collectionId?: string;
  /** Chatbot Developer API source (`developer_api`) to publish into. Default none. */
  sourceId?: string;
  /** Totoy knowledge base to publish into (`kb_…`). Default none. */
  knowledgeBaseId?: string;
  /** Longest `custom_metadata` value written (Totoy; config file only). Default: the target's (512). */
  metadataValueLimit?: number;
  /** Client-side rate limit, requests per minute; the target's default when absent. */
  rateLimit?: number;
  /** Wait for the target to finish processing after a sync. */
  wait: boolean;
  /** Seconds to wait for processing with `wait`. Default 600. */
  waitTimeoutSeconds: number;
  /** Per-request timeout in milliseconds. Default 30000. */
  requestTimeoutMs: number;
  runner: Runner;
  /** Site URL; relative links become absolute and source URLs are built from it. Default none. */
  baseUrl?: string;
  /** Locale codes the site is translated into (`["en", "fr"]`). Default none: only frontmatter sets a language. */
  locales: string[];
  /** The language of pages that name none. Default `en`. */
  defaultLocale: string;
  /**
   * Docusaurus docs versions to publish: `["latest"]` (default: the version served at the docs'
   * root URL), `["current"]` (`docs/`), `["all"]`, or version names. With more than one, ids
   * start with `<version>/`. Ignored on sites without `versions.json`.
   */
  versions: string[];
  /** Config-file `components:` rules: which attributes of a component are text or a link. Default none. */
  components?: Record<string, ComponentRule>;
  /** Config-file `frontmatter:` mapping: where each field is read from. Default: the built-in keys. */
  frontmatterKeys?: FrontmatterKeys;
  /** Config-file `overrides:`, applied in order after each page is derived. Default none. */
  overrides?: Override[];
  /**
   * Directory holding a baseline copy of the docs (e.g. a pull request's base branch). When
   * set, the plan compares with it instead of reading the knowledge base, and nothing is ever
   * written. Default none: compare with the knowledge base. Set by the Action, never by a file.
   */
  baseline?: string;
}

export const DEFAULT_INCLUDE = ["**/*.{md,mdx,markdown}"];
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
