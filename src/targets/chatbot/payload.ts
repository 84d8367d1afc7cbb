import type { Document } from "../../documents/document.js";
import { MARKER_KEY } from "../heppu/marker.js";
import type { Problem } from "../target.js";

/** Documented item limits (C-ITEMS, C-IDX). */
export const CHATBOT_LIMITS = {
  externalItemIdChars: 1024,
  titleChars: 2048,
  /** Items per `POST …/items/batch`. */
  batchItems: 1000,
  /**
   * Body bytes per batch request: "8 MiB" is documented; kb-publish stays at 8,000,000 bytes,
   * under both readings of "MB".
   */
  batchBytes: 8_000_000,
  /** Items per page of the (inferred) listing. */
  listPage: 1000,
} as const;

/** Room for `{"items":[…]}`, the marker, `externalItemId` and `externalVersion` around one payload. */
export const ITEM_ENVELOPE_BYTES = 4096;

/**
 * The item fields kb-publish sends for one page, minus `externalItemId`, `externalVersion` and
 * the marker (added at send time: they hold this payload's fingerprint). Metadata stays flat so an
 * assistant reads `tags` and `lang` directly; `null`s are dropped because the API refuses them
 * (INF) and `visibility`/`publishTarget` are left to the source's defaults.
 */
export function chatbotPayloadOf(doc: Document): Record<string, unknown> {
  const { [MARKER_KEY]: _reserved, ...frontmatter } = doc.metadata;
  const metadata = withoutNulls({
    ...frontmatter,
    tags: doc.tags.length > 0 ? doc.tags : undefined,
    lang: doc.lang,
    description: doc.description,
    sourcePath: doc.sourcePath,
    activeFrom: doc.activeFrom,
    activeUntil: doc.activeUntil,
  }) as Record<string, unknown>;
  const payload: Record<string, unknown> = {
    title: truncated(doc.title, CHATBOT_LIMITS.titleChars),
    content: doc.content,
    contentType: "text/markdown",
    metadata,
  };
  if (doc.sourceUrl !== undefined) payload.sourceUrl = doc.sourceUrl;
  return payload;
}

/** What the API would refuse in one item, found before anything is sent (pure). */
export function validateChatbotPayload(doc: Document, payload: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const error = (message: string) => problems.push({ severity: "error", message: `${message} (${doc.sourcePath})` });
  if (doc.externalId.length > CHATBOT_LIMITS.externalItemIdChars) {
    error(`external id is ${doc.externalId.length} characters long: Chatbot accepts at most ${CHATBOT_LIMITS.externalItemIdChars}; set a shorter \`id\` in the frontmatter`);
  }
  if (String(payload.content).trim() === "") error("content is empty: Chatbot indexes no chunk for it and may refuse to publish; add text or exclude the file");
  if (doc.title.trim() === "") error("title is empty: Chatbot requires a title");
  const bytes = Buffer.byteLength(JSON.stringify(payload), "utf8") + ITEM_ENVELOPE_BYTES;
  if (bytes > CHATBOT_LIMITS.batchBytes) {
    error(`the page makes a ${bytes}-byte request: Chatbot accepts at most 8 MiB per batch (kb-publish keeps under ${CHATBOT_LIMITS.batchBytes} bytes); split the page`);
  }
  if (doc.title.length > CHATBOT_LIMITS.titleChars) {
    problems.push({ severity: "warning", message: `title is ${doc.title.length} characters long: Chatbot accepts at most ${CHATBOT_LIMITS.titleChars}; it is sent truncated` });
  }
  return problems;
}

/** At most `max` UTF-16 units, ending in "…", never splitting a surrogate pair. */
function truncated(title: string, max: number): string {
  if (title.length <= max) return title;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(title.charAt(cut - 1))) cut -= 1;
  return `${title.slice(0, cut).trimEnd()}…`;
}

/** A copy without `null` and `undefined` members, at every depth (array elements included). */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  const kept = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
  return Object.fromEntries(kept.map(([k, v]) => [k, withoutNulls(v)]));
}
