import type { Document } from "../../documents/document.js";
import type { Problem } from "../target.js";
import { HUMIND_MAX_BODY_BYTES } from "./config.js";
import { humindLanguageProblem } from "./language.js";
import { MAX_EXCERPT } from "./config.js";
import { isStateEntryId } from "./state-format.js";

/** Room for the batch wrapper `{"items":[…]}` around a lone item. */
const WRAPPER_BYTES = 64;
const MAX_SLUG = 255;

/**
 * What Humind would refuse in one entry, found before anything is sent (pure). Each error makes
 * the document fail on its own; its remote copy is kept.
 */
export function validateHumindPayload(doc: Document, payload: Record<string, unknown>): Problem[] {
  const messages = [
    reservedId(doc),
    ...languages(doc, payload),
    ...period(doc, payload),
    tooLong(doc, "excerpt", payload.excerpt, MAX_EXCERPT),
    tooLong(doc, "slug", payload.slug, MAX_SLUG),
    bodySize(doc, payload),
  ];
  return messages.filter((m): m is string => m !== undefined).map((message) => ({ severity: "error", message }));
}

function reservedId(doc: Document): string | undefined {
  if (!isStateEntryId(doc.externalId)) return undefined;
  return (
    `id ${JSON.stringify(doc.externalId)} in ${doc.sourcePath} is reserved for kb-publish's state entry: ` +
    "expected an id that does not start with kb-publish-state"
  );
}

function languages(doc: Document, payload: Record<string, unknown>): (string | undefined)[] {
  const main = String(payload.default_language);
  const translations = (payload.translations as { language: string }[]).map((t) => t.language);
  const problems = [humindLanguageProblem(main, doc.sourcePath)];
  const sources = doc.translations ?? [];
  translations.forEach((lang, i) => problems.push(humindLanguageProblem(lang, sources[i]?.sourcePath ?? doc.sourcePath)));
  const seen = new Set<string>([main]);
  for (const lang of translations) {
    if (seen.has(lang)) {
      problems.push(`${doc.sourcePath} has two versions in language ${lang}: expected one file per language`);
    }
    seen.add(lang);
  }
  return problems;
}

function period(doc: Document, payload: Record<string, unknown>): (string | undefined)[] {
  const from = payload.active_from as string | undefined;
  const until = payload.active_until as string | undefined;
  const problems = [badDate(doc, "active_from", from), badDate(doc, "active_until", until)];
  if (from !== undefined && until !== undefined && Date.parse(from) > Date.parse(until)) {
    problems.push(`active period in ${doc.sourcePath} ends (${until}) before it starts (${from}): expected active_from <= active_until`);
  }
  return problems;
}

function badDate(doc: Document, field: string, value: string | undefined): string | undefined {
  if (value === undefined || !Number.isNaN(Date.parse(value))) return undefined;
  return `${field} ${JSON.stringify(value)} in ${doc.sourcePath} is not a date: expected ISO 8601, like 2026-11-25T00:00:00Z`;
}

function tooLong(doc: Document, field: string, value: unknown, max: number): string | undefined {
  if (typeof value !== "string" || value.length <= max) return undefined;
  return `${field} in ${doc.sourcePath} has ${value.length} characters: Humind accepts at most ${max}`;
}

function bodySize(doc: Document, payload: Record<string, unknown>): string | undefined {
  const bytes = Buffer.byteLength(JSON.stringify(payload), "utf8") + WRAPPER_BYTES;
  if (bytes <= HUMIND_MAX_BODY_BYTES) return undefined;
  return (
    `${doc.sourcePath} (with its translations) makes a ${bytes}-byte request: Humind accepts at most 5 MB per ` +
    `request (kb-publish keeps under ${HUMIND_MAX_BODY_BYTES} bytes); split the page`
  );
}
