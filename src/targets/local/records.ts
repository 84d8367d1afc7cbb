import type { Document } from "../../documents/document.js";
import { fingerprintOf } from "../../documents/hash.js";
import { pageOfProvenance, readProvenance } from "../provenance.js";
import type { Fingerprint, Provenance, RecordState, RemoteRecord } from "../target.js";

/** The payload fields the local store receives, in the order `payloadOf` lists them. */
export const PAYLOAD_KEYS = [
  "title",
  "content",
  "tags",
  "lang",
  "description",
  "activeFrom",
  "activeUntil",
  "sourceUrl",
  "metadata",
] as const;

/** One document as stored in `<store>/records/<file>.json`. */
export interface StoredRecord {
  externalId: string;
  title: string;
  content: string;
  tags: string[];
  lang?: string;
  description?: string;
  activeFrom?: string;
  activeUntil?: string;
  sourcePath: string;
  sourceUrl?: string;
  metadata: Record<string, unknown>;
  owner: string;
  fingerprint: Fingerprint;
  /** What the record was derived from (see `Provenance`); absent in records written before 0.2. */
  provenance?: Provenance;
  toolVersion?: string;
  state: RecordState;
  /** ISO 8601 time of the last content write. */
  updatedAt: string;
  /** ISO 8601 time the record became a tombstone; absent while live. */
  deletedAt?: string;
}

/** One line of `<store>/index.json`: enough to plan without opening record files. */
export interface IndexEntry {
  file: string;
  owner: string;
  hash: string;
  parts: Record<string, string>;
  state: RecordState;
  updatedAt: string;
  deletedAt?: string;
  /** The record's title, for plans that keep it unchanged without reading its file. */
  title?: string;
  /** The file the record came from, for records without provenance (which names it otherwise). */
  sourcePath?: string;
  /**
   * `<inode>:<size>:<mtime ms>` of the record file as written. A file whose stat differs was
   * changed behind the index (a crash between the two, a hand edit): it is read again.
   */
  stamp?: string;
  provenance?: Provenance;
}

export interface StoreIndex {
  version: 1;
  records: Record<string, IndexEntry>;
}

/** The exact payload the local store receives for a document. Undefined members do not change the hash. */
export function localPayloadOf(doc: Document): Record<string, unknown> {
  return {
    title: doc.title,
    content: doc.content,
    tags: doc.tags,
    lang: doc.lang,
    description: doc.description,
    activeFrom: doc.activeFrom,
    activeUntil: doc.activeUntil,
    sourceUrl: doc.sourceUrl,
    metadata: doc.metadata,
  };
}

export function entryOf(record: StoredRecord, file: string, stamp: string | undefined): IndexEntry {
  const entry: IndexEntry = {
    file,
    owner: record.owner,
    hash: record.fingerprint.hash,
    parts: record.fingerprint.parts,
    state: record.state,
    updatedAt: record.updatedAt,
  };
  if (record.deletedAt !== undefined) entry.deletedAt = record.deletedAt;
  if (typeof record.title === "string") entry.title = record.title;
  if (stamp !== undefined) entry.stamp = stamp;
  const provenance = readProvenance(record.provenance);
  if (provenance) entry.provenance = provenance;
  else if (typeof record.sourcePath === "string") entry.sourcePath = record.sourcePath;
  return entry;
}

/**
 * The record as the planner sees it, from its index entry alone; with the record file when it
 * was read (its stamp disagreed), also its content and whether it drifted: `drifted` when its
 * fields no longer match the fingerprint it was written with.
 */
export function remoteRecordOf(id: string, entry: IndexEntry, owner: string, record?: StoredRecord): RemoteRecord {
  const provenance = readProvenance(entry.provenance);
  const remote: RemoteRecord = {
    externalId: id,
    fingerprint: { hash: entry.hash, parts: entry.parts },
    updatedAt: entry.updatedAt,
    owned: entry.owner === owner,
    state: entry.state,
    drifted: record !== undefined && isDrifted(record),
  };
  const title = record?.title ?? entry.title;
  if (title !== undefined) remote.title = title;
  const sourcePath = record?.sourcePath ?? entry.sourcePath ?? (provenance && pageOfProvenance(provenance));
  if (typeof sourcePath === "string") remote.sourcePath = sourcePath;
  if (record) remote.content = record.content;
  if (provenance) remote.provenance = provenance;
  return remote;
}

/** The record's stored fields no longer hash to the fingerprint it was written with. */
export function isDrifted(record: StoredRecord): boolean {
  const payload = Object.fromEntries(PAYLOAD_KEYS.map((key) => [key, record[key]]));
  return fingerprintOf(payload).hash !== record.fingerprint.hash;
}

/** Shape check for a parsed record file; a hand-edited file that fails it is treated as unreadable. */
export function isStoredRecord(value: unknown): value is StoredRecord {
  if (!value || typeof value !== "object") return false;
  const r = value as Partial<StoredRecord>;
  return (
    typeof r.externalId === "string" &&
    typeof r.owner === "string" &&
    (r.state === "live" || r.state === "tombstoned") &&
    typeof r.updatedAt === "string" &&
    typeof r.fingerprint?.hash === "string" &&
    typeof r.fingerprint.parts === "object"
  );
}

export function isStoreIndex(value: unknown): value is StoreIndex {
  if (!value || typeof value !== "object") return false;
  const index = value as Partial<StoreIndex>;
  if (index.version !== 1 || !index.records || typeof index.records !== "object") return false;
  // A loop, not Object.values: it runs over every record of every run.
  for (const id in index.records) {
    const entry = index.records[id];
    if (typeof entry?.file !== "string" || typeof entry.hash !== "string") return false;
  }
  return true;
}
