/** Changes made outside the API: dashboard edits (drift) and entries someone else created. */
import { toEmulated, type EmulatedEntry } from "./humind-model.js";
import { sanitizeHumindHtml } from "./humind-sanitize.js";
import type { HumindStore } from "./humind-state.js";
import { validateEntry } from "./humind-validate.js";

/** What a human can change in the dashboard; `content` only on snippets, `content_html` not on snippets. */
export type HandEdit = Partial<{ title: string; content_html: string; content: string; tags: string[] }>;

const WHERE = "(test/emulators/humind-hand.ts)";

export function editByHand(store: HumindStore, externalId: string, change: HandEdit): void {
  const entry = store.find({ externalId });
  if (!entry) throw new Error(`editByHand failed: no entry with external_id "${externalId}", expected an existing one ${WHERE}`);
  if (change.content !== undefined && entry.type !== "snippet") {
    throw new Error(`editByHand failed: "${externalId}" is a ${entry.type}, expected a snippet to edit content ${WHERE}`);
  }
  if (change.content_html !== undefined && entry.type === "snippet") {
    throw new Error(`editByHand failed: "${externalId}" is a snippet, expected an article or webpage to edit content_html ${WHERE}`);
  }
  const sanitized = change.content_html === undefined ? {} : { content_html: sanitizeHumindHtml(change.content_html) };
  store.touch(entry, { ...structuredClone(change), ...sanitized });
}

/** Validated like a `POST /knowledge` body; refuses an external_id that already exists. */
export function seedEntry(store: HumindStore, raw: Record<string, unknown>): EmulatedEntry {
  const checked = validateEntry(raw);
  if (!checked.ok) {
    throw new Error(`seedEntry failed: invalid entry, ${JSON.stringify(checked.rejection.details)} ${WHERE}`);
  }
  const externalId = checked.value.external_id;
  if (externalId === undefined || store.find({ externalId })) {
    throw new Error(`seedEntry failed: external_id "${externalId ?? ""}" is missing or already used, expected a new one ${WHERE}`);
  }
  return toEmulated(store.create(externalId, checked.value));
}
