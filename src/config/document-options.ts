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
 * is read and the tags are merged). A field left out keeps its built-in keys
 * ({@link DEFAULT_FRONTMATTER_KEYS}); the built-in key also still works when none of the mapped
 * keys is present. Example: `{ title: ["heading"], tags: ["tags", "categories"] }`.
 */
export type FrontmatterKeys = Partial<Record<FrontmatterField, string[]>>;

/** The keys read when the config file maps nothing. */
export const DEFAULT_FRONTMATTER_KEYS: Readonly<Record<FrontmatterField, readonly string[]>> = {
  id: ["id"],
  title: ["title"],
  description: ["description"],
  tags: ["tags"],
  lang: ["lang", "language", "locale"],
  translationKey: ["translationKey"],
  slug: ["slug"],
  permalink: ["permalink"],
  draft: ["draft"],
  published: ["published"],
  publishDate: ["publishDate"],
  expiryDate: ["expiryDate"],
  type: ["type"],
};

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
