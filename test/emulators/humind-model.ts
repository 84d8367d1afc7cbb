/** The Humind knowledge entry as the emulator stores and returns it (DOC HM-KN "The Knowledge object"). */
import { htmlText } from "./humind-sanitize.js";

export const ENTRY_TYPES = ["snippet", "article", "webpage", "file"] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
export const ENTRY_STATUSES = ["draft", "published", "archived", "queued", "failed"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** One per-locale override; `content` for snippets, `content_html` for articles and webpages. */
export interface Translation {
  language: string;
  title?: string;
  content?: string;
  content_html?: string;
}

/** The fields a client sets. Optional ones are null when unset; `excerpt`/`slug` are the explicit values. */
export interface EntryFields {
  type: EntryType;
  title: string;
  tags: string[];
  is_available_for_ai_agent: boolean;
  status: EntryStatus;
  active_from: string | null;
  active_until: string | null;
  default_language: string | null;
  translations: Translation[];
  content: string | null;
  content_html: string | null;
  excerpt: string | null;
  slug: string | null;
  url: string | null;
  original_filename: string | null;
  mime_type: string | null;
}

/** A stored entry; times in ms of the emulator clock. */
export interface StoredEntry extends EntryFields {
  external_id: string;
  humind_id: string;
  created_at: number;
  updated_at: number;
}

/** Full state of one entry for tests: every field present (null when unset), times as ISO strings. */
export type EmulatedEntry = Omit<StoredEntry, "created_at" | "updated_at"> & { created_at: string; updated_at: string };

/** Fields that only one type accepts (DOC HM-KN "Type-specific fields"). */
export const TYPE_FIELDS: Record<EntryType, readonly string[]> = {
  snippet: ["content"],
  article: ["content_html", "excerpt", "slug"],
  webpage: ["url", "content_html"],
  file: ["original_filename", "mime_type"],
};
export const TYPED_FIELDS = [...new Set(Object.values(TYPE_FIELDS).flat())];

/** DOC: published articles always have an excerpt (160 chars of the text) and a slug (from the title). */
const EXCERPT_DERIVED_CHARS = 160;

export function derivedExcerpt(entry: EntryFields): string | null {
  if (entry.type !== "article") return null;
  return entry.excerpt ?? htmlText(entry.content_html ?? "").slice(0, EXCERPT_DERIVED_CHARS).trim();
}

export function derivedSlug(entry: EntryFields): string | null {
  if (entry.type !== "article") return null;
  if (entry.slug !== null) return entry.slug;
  const ascii = entry.title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 255);
}

export function toEmulated(entry: StoredEntry): EmulatedEntry {
  return {
    ...structuredClone(entry),
    excerpt: derivedExcerpt(entry),
    slug: derivedSlug(entry),
    created_at: new Date(entry.created_at).toISOString(),
    updated_at: new Date(entry.updated_at).toISOString(),
  };
}

const ALWAYS = ["external_id", "humind_id", "type", "title", "tags", "is_available_for_ai_agent", "status", "created_at", "updated_at"];

/**
 * The API shape: like the doc examples, unset optional fields and an empty `translations` are
 * omitted, and fields of other types never appear (file entries show their upload fields as null).
 */
export function toApiEntry(entry: StoredEntry): Record<string, unknown> {
  const full = toEmulated(entry) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(full)) {
    const typed = TYPED_FIELDS.includes(name);
    if (typed && !TYPE_FIELDS[entry.type].includes(name)) continue;
    if (!ALWAYS.includes(name) && !typed && (value === null || (Array.isArray(value) && value.length === 0))) continue;
    out[name] = value;
  }
  if (entry.type === "file") Object.assign(out, { file_size: null, file_url: null, uploaded_at: null });
  return out;
}

/** DOC list summary: no content. */
export function toSummary(entry: StoredEntry): Record<string, unknown> {
  const full = toEmulated(entry) as unknown as Record<string, unknown>;
  return Object.fromEntries(ALWAYS.map((name) => [name, full[name]]));
}
