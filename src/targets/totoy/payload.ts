import type { Document } from "../../documents/document.js";
import type { Problem } from "../target.js";
import { TOTOY_LIMITS } from "./limits.js";
import { storedIdOf } from "./marker.js";
import { userMetadataOf } from "./metadata.js";

/**
 * The fields of one text Source, exactly as sent (`CreateTextSourceRequest` minus `project_id`,
 * which comes from the knowledge base, and minus the marker, which holds this payload's
 * fingerprint and is added at send time). Pure. `backlink` only for an absolute http(s) page URL;
 * `valid_from`/`valid_until` only when the page has an active period.
 */
export function totoyPayloadOf(doc: Document, valueLimit: number): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    text_content: doc.content,
    title: doc.title,
    custom_metadata: userMetadataOf(doc, valueLimit).pairs,
  };
  if (doc.sourceUrl !== undefined && /^https?:\/\/[^\s/]/i.test(doc.sourceUrl)) payload.backlink = doc.sourceUrl;
  if (doc.activeFrom !== undefined) payload.valid_from = dateTimeOf(doc.activeFrom);
  if (doc.activeUntil !== undefined) payload.valid_until = dateTimeOf(doc.activeUntil);
  return payload;
}

/** Totoy takes date-times only: a date-only period bound (`2024-05-01`) starts at midnight UTC. */
export function dateTimeOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}

/**
 * What Totoy would refuse in one page, found before anything is sent (pure). Errors make the page
 * fail on its own with its remote copy kept; warnings name metadata that did not fit and ids
 * stored as a digest. Lengths count UTF-16 units, never fewer than Totoy's characters.
 */
export function validateTotoyPayload(doc: Document, payload: Record<string, unknown>, valueLimit: number): Problem[] {
  const problems: Problem[] = [];
  const error = (message: string) => problems.push({ severity: "error", message });
  const text = String(payload.text_content ?? "");
  if (text.length > TOTOY_LIMITS.textChars) {
    error(`text is ${text.length} characters: Totoy accepts at most ${TOTOY_LIMITS.textChars} per text Source; split the page (its remote copy is kept)`);
  }
  for (const field of ["title", "backlink"] as const) {
    const value = payload[field];
    const max = field === "title" ? TOTOY_LIMITS.titleChars : TOTOY_LIMITS.backlinkChars;
    if (typeof value === "string" && value.length > max) error(`${field} is ${value.length} characters: Totoy accepts at most ${max}`);
  }
  const { valid_from: from, valid_until: until } = payload;
  if (typeof from === "string" && typeof until === "string" && Date.parse(until) <= Date.parse(from)) {
    error(`active period ends (${until}) before or when it starts (${from}): Totoy expects valid_until later than valid_from`);
  }
  const { leftOut } = userMetadataOf(doc, valueLimit);
  if (leftOut.length > 0) problems.push({ severity: "warning", message: `custom_metadata left out: ${leftOut.join(", ")}` });
  if (storedIdOf(doc.externalId, valueLimit) !== doc.externalId) {
    problems.push({
      severity: "warning",
      message: `external id is ${doc.externalId.length} characters, over ${valueLimit} (metadata-value-limit): stored as ${storedIdOf(doc.externalId, valueLimit)}`,
    });
  }
  return problems;
}
