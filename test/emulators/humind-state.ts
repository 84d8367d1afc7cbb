/**
 * The entries of the one emulated company, keyed by external_id. Writes only bump `updated_at`
 * when something really changed (INF, see humind.ts), and `updated_at` strictly increases per entry.
 */
import { createObjectIds } from "./humind-ids.js";
import { toEmulated, type EmulatedEntry, type EntryFields, type EntryStatus, type StoredEntry, type Translation } from "./humind-model.js";
import type { ValidEntry } from "./humind-validate.js";
import type { Random } from "./prng.js";

/** `api:<external_id>` or a bare humind_id, already decoded. */
export type EntryRef = { externalId: string } | { humindId: string };

export interface StoreOptions {
  random: Random;
  now: () => number;
}

/** DOC: file entries start as drafts; a webpage without a snapshot waits for its fetch. */
export function defaultStatus(fields: Pick<EntryFields, "type" | "content_html">): EntryStatus {
  if (fields.type === "file") return "draft";
  return fields.type === "webpage" && fields.content_html === null ? "queued" : "published";
}

export class HumindStore {
  private readonly entries = new Map<string, StoredEntry>();
  private readonly nextId: () => string;

  constructor(private readonly options: StoreOptions) {
    this.nextId = createObjectIds(options.random, options.now);
  }

  find(ref: EntryRef): StoredEntry | undefined {
    if ("externalId" in ref) return this.entries.get(ref.externalId);
    return [...this.entries.values()].find((entry) => entry.humind_id === ref.humindId);
  }

  create(externalId: string, fields: ValidEntry): StoredEntry {
    const now = this.options.now();
    const { external_id: _ignored, ...rest } = fields;
    const entry: StoredEntry = {
      ...structuredClone(rest),
      status: fields.status ?? defaultStatus(fields),
      external_id: externalId,
      humind_id: this.nextId(),
      created_at: now,
      updated_at: now,
    };
    this.entries.set(externalId, entry);
    return entry;
  }

  /** Replaces every client field of `entry` with `fields` (status as given); true when anything changed. */
  write(entry: StoredEntry, fields: EntryFields): boolean {
    const before = JSON.stringify(clientFields(entry));
    const { external_id: _e, humind_id: _h, created_at: _c, updated_at: _u, ...rest } = { ...entry, ...structuredClone(fields) };
    Object.assign(entry, rest);
    return this.touchIfChanged(entry, before);
  }

  /** Soft delete: status → archived. */
  archive(entry: StoredEntry): void {
    const before = JSON.stringify(clientFields(entry));
    entry.status = "archived";
    this.touchIfChanged(entry, before);
  }

  remove(entry: StoredEntry): void {
    this.entries.delete(entry.external_id);
  }

  /** Upserts one locale; omitted fields of an existing locale are left untouched (DOC). */
  putTranslation(entry: StoredEntry, language: string, fields: Omit<Translation, "language">): void {
    const before = JSON.stringify(clientFields(entry));
    const existing = entry.translations.find((t) => t.language === language);
    if (existing) Object.assign(existing, fields);
    else entry.translations.push({ language, ...fields });
    this.touchIfChanged(entry, before);
  }

  deleteTranslation(entry: StoredEntry, language: string): void {
    const before = JSON.stringify(clientFields(entry));
    entry.translations = entry.translations.filter((t) => t.language !== language);
    this.touchIfChanged(entry, before);
  }

  /** A dashboard save: applies the change and always bumps updated_at, like a human pressing Save. */
  touch(entry: StoredEntry, change: Partial<EntryFields>): void {
    Object.assign(entry, structuredClone(change));
    this.bump(entry);
  }

  /** Entries ordered by humind_id (time-ordered ObjectIds), the order listings page through. */
  ordered(): StoredEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.humind_id < b.humind_id ? -1 : a.humind_id > b.humind_id ? 1 : 0));
  }

  snapshot(): EmulatedEntry[] {
    return this.ordered().map(toEmulated);
  }

  private touchIfChanged(entry: StoredEntry, before: string): boolean {
    if (JSON.stringify(clientFields(entry)) === before) return false;
    this.bump(entry);
    return true;
  }

  /** Strictly increasing even within one millisecond, so a drift check never misses a write. */
  private bump(entry: StoredEntry): void {
    entry.updated_at = Math.max(this.options.now(), entry.updated_at + 1);
  }
}

/** Everything a client can set, in a fixed key order, for change detection. */
export function clientFields(entry: StoredEntry): EntryFields {
  const { external_id: _e, humind_id: _h, created_at: _c, updated_at: _u, ...fields } = entry;
  return fields;
}
