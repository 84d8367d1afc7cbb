import type { Document } from "../../documents/document.js";
import type { Problem } from "../target.js";
import { MARKER_KEY } from "./marker.js";

/** Heppu's documented per-source limits (H-SRC, H-BATCH). */
export const HEPPU_LIMITS = {
  /** "max 500KB": counted as UTF-8 bytes, and 500,000 (not 512,000) until the API says otherwise. */
  contentBytes: 500_000,
  titleChars: 500,
  externalIdChars: 255,
  /** Sources per `POST /kb/sources/batch`. */
  batchItems: 50,
  /** externalIds per `DELETE /kb/sources`. */
  deleteIds: 100,
  /** Page size of `GET /kb/sources` (the documented maximum). */
  listPage: 100,
} as const;

/**
 * Estimated JSON bytes per batch request. Heppu documents no body limit; 4 MB keeps a request
 * far below common gateway limits while still fitting 50 typical pages. A single page larger than
 * this goes alone (the content limit, 500 KB, keeps such a request small anyway).
 */
export const HEPPU_MAX_BATCH_BYTES = 4_000_000;

/** The fields kb-publish sends for one source, before the marker is added. */
export interface HeppuPayload {
  title: string;
  content: string;
  metadata: Record<string, unknown>;
}

/**
 * The exact body of one source, minus `externalId` and the marker. Metadata stays flat so an
 * assistant (and a person in the dashboard) reads `tags`, `lang`, `sourceUrl` directly; the
 * document's own fields win over same-named frontmatter keys. The marker is added at send time,
 * because it holds the fingerprint of this very payload.
 */
export function heppuPayloadOf(doc: Document): Record<string, unknown> {
  const { [MARKER_KEY]: _reserved, ...frontmatter } = doc.metadata;
  const metadata = definedOnly({
    ...frontmatter,
    tags: doc.tags.length > 0 ? doc.tags : undefined,
    lang: doc.lang,
    description: doc.description,
    sourcePath: doc.sourcePath,
    sourceUrl: doc.sourceUrl,
    activeFrom: doc.activeFrom,
    activeUntil: doc.activeUntil,
  });
  const payload: HeppuPayload = { title: truncateTitle(doc.title), content: doc.content, metadata };
  return { ...payload };
}

/** Per-document problems against Heppu's limits. Ids are never changed silently, so a long one is an error. */
export function validateHeppuPayload(doc: Document, payload: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const idLength = doc.externalId.length;
  if (idLength > HEPPU_LIMITS.externalIdChars) {
    problems.push(error(`external id is ${idLength} characters long: Heppu accepts at most ${HEPPU_LIMITS.externalIdChars}; shorten the path or set a shorter \`id\` in the frontmatter`));
  }
  const content = typeof payload.content === "string" ? payload.content : "";
  const bytes = Buffer.byteLength(content, "utf8");
  if (bytes > HEPPU_LIMITS.contentBytes) {
    problems.push(error(`content is ${bytes} bytes (UTF-8): Heppu accepts at most ${HEPPU_LIMITS.contentBytes}; split the page; its remote copy is kept unchanged`));
  }
  if (content.trim() === "") {
    problems.push(error("content is empty: Heppu rejects sources without content; add text or exclude the file"));
  }
  if (doc.title.trim() === "") problems.push(error("title is empty: Heppu requires a title"));
  if (doc.title.length > HEPPU_LIMITS.titleChars) {
    problems.push({
      severity: "warning",
      message: `title is ${doc.title.length} characters long: Heppu accepts at most ${HEPPU_LIMITS.titleChars}; it is sent truncated`,
    });
  }
  return problems;
}

/** At most 500 UTF-16 units, ending in "…", never splitting a surrogate pair. */
export function truncateTitle(title: string): string {
  if (title.length <= HEPPU_LIMITS.titleChars) return title;
  let cut = HEPPU_LIMITS.titleChars - 1;
  if (/[\uD800-\uDBFF]/.test(title.charAt(cut - 1))) cut -= 1;
  return `${title.slice(0, cut).trimEnd()}…`;
}

function error(message: string): Problem {
  return { severity: "error", message };
}

function definedOnly(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
