/** Document fields whose frontmatter keys can be remapped in the config file. */
export const FRONTMATTER_FIELDS = [
  "id",
  "title",
  "description",
  "tags",
  "lang",
  "translationKey",
  "slug",
  "permalink",
  "draft",
  "published",
  "publishDate",
  "expiryDate",
  "type",
] as const;
export type FrontmatterField = (typeof FRONTMATTER_FIELDS)[number];

/** Fields whose mapped keys are all read and merged, instead of the first present one winning. */
export const MERGED_FRONTMATTER_FIELDS: ReadonlySet<FrontmatterField> = new Set(["tags"]);

/**
 * Frontmatter keys to read each field from, first present wins (for `tags`, every listed key
 * is read and the tags are merged). The mapped keys come before the built-in ones
 * ({@link DEFAULT_FRONTMATTER_KEYS}), which still apply when none of the mapped keys is present
 * (for `tags`, the built-in keys' tags are merged in too). Example:
 * `{ title: ["heading"], tags: ["labels"] }`.
 */
export type FrontmatterKeys = Partial<Record<FrontmatterField, string[]>>;

/**
 * The keys each field is read from without a mapping, in precedence order: the one list that
 * derivation reads (`documents/fields.ts`, `dates.ts`, `translations/keys.ts`) and the JSON
 * Schema shows. `id` is the default of Settings `idKey`. `publishDate` and `expiryDate` match
 * case-insensitively, as in Hugo; `published` counts as a publish date only with a date value
 * (`published: false` is Jekyll's exclusion).
 */
export const DEFAULT_FRONTMATTER_KEYS = {
  id: ["id"],
  title: ["title"],
  description: ["description", "summary", "excerpt"],
  tags: ["tags", "categories", "keywords"],
  lang: ["lang", "language", "locale"],
  translationKey: ["translationKey", "translation_key"],
  slug: ["slug"],
  permalink: ["permalink", "url"],
  draft: ["draft"],
  published: ["published"],
  publishDate: ["publishDate", "pubdate", "published"],
  expiryDate: ["expiryDate", "unpublishdate"],
  type: ["type"],
} as const satisfies Readonly<Record<FrontmatterField, readonly string[]>>;

/**
 * One config-file `overrides:` entry: settings for the pages whose path (relative to `root`)
 * matches `files`. Tags are added; `type` and `metadata` fill what the page's own frontmatter
 * leaves unset (the page wins); `exclude: true` leaves the pages out.
 */
export interface Override {
  /** Globs relative to `root` (picomatch syntax, like `include`). */
  files: string[];
  /** Tags added to every matching page. Default none. */
  tags?: string[];
  /** Metadata keys set on matching pages that do not set them. Default none. */
  metadata?: Record<string, unknown>;
  /** Document type (`metadata.type`) for pages that name none, e.g. `snippet`. */
  type?: string;
  /** Leave matching pages out, as if they were drafts. Default false. */
  exclude?: boolean;
}
