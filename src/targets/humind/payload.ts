import type { Document, Translation } from "../../documents/document.js";
import { cleanHumindHtml, markdownToHumindHtml } from "./html.js";
import { MAX_EXCERPT } from "./config.js";
import { toHumindLanguage } from "./language.js";
import { markdownToPlainText } from "./plain-text.js";

/** The Humind entry types kb-publish writes: Markdown pages are articles unless frontmatter says `type: snippet`. */
export type HumindEntryType = "article" | "snippet";

export function entryTypeOf(doc: Pick<Document, "metadata">): HumindEntryType {
  return doc.metadata.type === "snippet" ? "snippet" : "article";
}

/**
 * The exact body of one Humind knowledge entry for a document (an item of `POST /knowledge/batch`).
 * Pure. Collections (`tags`, `translations`) are always sent, empty when there are none, so an
 * upsert replaces what an earlier one stored; `status: "published"` restores an archived entry.
 */
export function humindPayloadOf(doc: Document, defaultLanguage: string): Record<string, unknown> {
  const type = entryTypeOf(doc);
  const payload: Record<string, unknown> = {
    external_id: doc.externalId,
    type,
    title: doc.title,
    ...mainBody(type, doc),
    tags: doc.tags,
    default_language: toHumindLanguage(doc.lang ?? defaultLanguage),
    translations: translationsOf(type, doc.translations ?? []),
    is_available_for_ai_agent: true,
    status: "published",
  };
  if (doc.activeFrom !== undefined) payload.active_from = doc.activeFrom;
  if (doc.activeUntil !== undefined) payload.active_until = doc.activeUntil;
  if (type === "article") Object.assign(payload, articleExtras(doc));
  return payload;
}

/** A page read from built HTML sends that HTML as an article, cleaned to the same allow-list. */
function mainBody(type: HumindEntryType, doc: Document): Record<string, string> {
  if (type === "article" && doc.html !== undefined) return { content_html: cleanHumindHtml(doc.html) };
  return bodyOf(type, doc.content);
}

/** Articles carry sanitized HTML, snippets plain text (HM-KN type-specific fields). */
function bodyOf(type: HumindEntryType, markdown: string): Record<string, string> {
  return type === "article" ? { content_html: markdownToHumindHtml(markdown) } : { content: markdownToPlainText(markdown) };
}

/** Sorted by language so the payload (and its hash) does not depend on the order files were read. */
function translationsOf(type: HumindEntryType, translations: Translation[]): Record<string, string>[] {
  return translations
    .map((t) => ({ language: toHumindLanguage(t.lang), title: t.title, ...bodyOf(type, t.content) }))
    .sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0));
}

export { MAX_EXCERPT };

/**
 * `excerpt` from the page description (frontmatter `description`, `summary` or `excerpt`), cut
 * to Humind's 500 characters, and `slug` when the frontmatter metadata still holds one (the
 * engine reads a plain `slug` key as the page URL); Humind derives either one when absent.
 */
function articleExtras(doc: Pick<Document, "description" | "metadata">): Record<string, string> {
  const extras: Record<string, string> = {};
  const excerpt = (typeof doc.metadata.excerpt === "string" ? doc.metadata.excerpt : doc.description)?.trim();
  if (excerpt) extras.excerpt = excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1).trimEnd()}…` : excerpt;
  const slug = typeof doc.metadata.slug === "string" ? humindSlug(doc.metadata.slug) : "";
  if (slug !== "") extras.slug = slug;
  return extras;
}

/**
 * A frontmatter slug (Docusaurus-style `/guides/setup` included) in Humind's form: lowercase
 * ASCII, every run of other characters one hyphen, no hyphen at either end, at most 255
 * characters (Humind's own rule for slugs it derives).
 */
export function humindSlug(slug: string): string {
  return slug
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 255)
    .replace(/^-+|-+$/g, "");
}
