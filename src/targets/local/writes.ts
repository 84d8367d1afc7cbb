import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { ItemResult, RemoteRecord, Upsert } from "../target.js";
import { messageOf, readJsonFile, readJsonFileSync, syncDirectory, writeFileAtomic, writeRecordFile } from "./fs-atomic.js";
import { recordFileName } from "./naming.js";
import { entryOf, isStoredRecord } from "./records.js";
import type { StoreIndex, StoredRecord } from "./records.js";
import { dirtyMarkerPath, recordsDir, writeIndex } from "./scan.js";

/** What every write needs to know about the store and the run. */
export interface StoreContext {
  store: string;
  owner: string;
  toolVersion?: string;
  /** The current time as ISO 8601. */
  now: () => string;
}

/** The open index and how many of its entries changed since it was last written. */
export interface OpenIndex {
  index: StoreIndex;
  /** Entries changed since the index was last written. */
  pending: number;
  /** Record file names on disk: a write needs to read only a file the index does not know. */
  present: Set<string>;
  /** This run has set the dirty marker (see dirtyMarkerPath). */
  dirty: boolean;
}

/** The store as opened, ready for writes. */
export function openIndex(store: { index: StoreIndex; present: Set<string> }): OpenIndex {
  return { index: store.index, pending: 0, present: store.present, dirty: false };
}

/**
 * Sets the dirty marker, durably, before the run's first record write: a run that stops before
 * its index is written leaves it, and the next run then checks every record file's stamp.
 */
async function markDirty(ctx: StoreContext, open: OpenIndex): Promise<void> {
  if (open.dirty) return;
  await writeFileAtomic(dirtyMarkerPath(ctx.store), `${JSON.stringify({ pid: process.pid, since: ctx.now() })}\n`);
  await syncDirectory(ctx.store);
  open.dirty = true;
}

type Existing = { kind: "none" } | { kind: "record"; record?: StoredRecord } | { kind: "failed"; result: ItemResult };

/**
 * Writes each record file (atomically, see writeRecordFile), then the index when enough has
 * changed (see checkpoint); the target's `finish` writes the rest. A crash in between leaves
 * record files newer than the index, which the next run sees by their stamps and repairs.
 */
export async function upsertRecords(ctx: StoreContext, open: OpenIndex, items: Upsert[]): Promise<ItemResult[]> {
  mkdirSync(recordsDir(ctx.store), { recursive: true });
  await markDirty(ctx, open);
  const results = items.map((item) => upsertOne(ctx, open, item));
  await checkpoint(ctx, open);
  return results;
}

export async function deleteRecords(ctx: StoreContext, open: OpenIndex, records: RemoteRecord[], mode: "tombstone" | "hard"): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  await markDirty(ctx, open);
  for (const record of records) results.push(await deleteOne(ctx, open, record, mode));
  await checkpoint(ctx, open);
  return results;
}

/**
 * Writes the index once the changes since the last write are at least half its entries. Each
 * write costs the whole index, so writing it after every batch of a first sync would cost the
 * square of the store's size; this costs about twice the final index, and a crash leaves at
 * most that many records for the next run to re-read.
 */
async function checkpoint(ctx: StoreContext, open: OpenIndex): Promise<void> {
  if (open.pending === 0 || open.pending * 2 < open.present.size) return;
  // The marker stays: the run may write more records before its index is final.
  await writeIndex(ctx.store, open.index);
  open.pending = 0;
}

/** Writes the index if anything changed since it was last written; then the store is clean again. */
export async function flushIndex(ctx: StoreContext, open: OpenIndex): Promise<void> {
  if (open.pending > 0) await writeIndex(ctx.store, open.index);
  open.pending = 0;
  if (!open.dirty) return;
  rmSync(dirtyMarkerPath(ctx.store), { force: true });
  open.dirty = false;
}

function upsertOne(ctx: StoreContext, open: OpenIndex, item: Upsert): ItemResult {
  const id = item.doc.externalId;
  const existing = ownedOrFailed(ctx, open, id, "overwrite");
  if (existing.kind === "failed") return existing.result;
  const record = recordOf(ctx, item);
  const file = recordFileName(id);
  try {
    const stamp = writeRecordFile(join(recordsDir(ctx.store), file), `${JSON.stringify(record, null, 2)}\n`);
    open.index.records[id] = entryOf(record, file, stamp);
    open.present.add(file);
    open.pending++;
  } catch (error) {
    return failed(id, messageOf(error));
  }
  return { externalId: id, status: existing.kind === "none" ? "created" : "updated" };
}

async function deleteOne(ctx: StoreContext, open: OpenIndex, remote: RemoteRecord, mode: "tombstone" | "hard"): Promise<ItemResult> {
  const id = remote.externalId;
  const existing = ownedOrFailed(ctx, open, id, "delete");
  if (existing.kind === "failed") return existing.result;
  const file = recordFileName(id);
  const path = join(recordsDir(ctx.store), file);
  try {
    if (existing.kind === "none" || mode === "hard") {
      rmSync(path, { force: true });
      delete open.index.records[id];
      open.present.delete(file);
    } else {
      const record = existing.record ?? (await readRecord(path, id));
      const tombstone: StoredRecord = { ...record, state: "tombstoned", deletedAt: record.deletedAt ?? ctx.now() };
      // The plan stamps a delete with the run's commit, so an older run cannot restore the page.
      if (remote.provenance !== undefined) tombstone.provenance = remote.provenance;
      open.index.records[id] = entryOf(tombstone, file, writeRecordFile(path, `${JSON.stringify(tombstone, null, 2)}\n`));
    }
    open.pending++;
  } catch (error) {
    return failed(id, messageOf(error));
  }
  return { externalId: id, status: "deleted" };
}

/**
 * Whether `id` may be written: the index says who owns an indexed record (it was checked
 * against the file when the store was opened); a file the index does not know is read first.
 * A record of someone else, or a file that cannot be read, is never touched.
 */
function ownedOrFailed(ctx: StoreContext, open: OpenIndex, id: string, action: string): Existing {
  const file = recordFileName(id);
  const path = join(recordsDir(ctx.store), file);
  const entry = open.index.records[id];
  if (entry) return entry.owner === ctx.owner ? { kind: "record" } : { kind: "failed", result: failed(id, foreignMessage(ctx, id, path, entry.owner, action)) };
  if (!open.present.has(file)) return { kind: "none" };
  const read = readJsonFileSync(path);
  if (read.kind === "missing") return { kind: "none" };
  if (read.kind === "corrupt" || !isStoredRecord(read.value) || read.value.externalId !== id) {
    const why = read.kind === "corrupt" ? read.reason : "not a kb-publish record for this id";
    return { kind: "failed", result: failed(id, `refused to ${action} ${path}: the file is unreadable (${why}); expected a valid record`) };
  }
  if (read.value.owner !== ctx.owner) return { kind: "failed", result: failed(id, foreignMessage(ctx, id, path, read.value.owner, action)) };
  return { kind: "record", record: read.value };
}

function foreignMessage(ctx: StoreContext, id: string, path: string, owner: string, action: string): string {
  return (
    `refused to ${action} record "${id}" in ${path}: it is owned by "${owner}", ` +
    `expected owner "${ctx.owner}"; kb-publish never touches records it does not own`
  );
}

async function readRecord(path: string, id: string): Promise<StoredRecord> {
  const read = await readJsonFile(path);
  if (read.kind === "ok" && isStoredRecord(read.value) && read.value.externalId === id) return read.value;
  throw new Error(`could not tombstone ${path}: the record file is ${read.kind === "ok" ? "not a record for this id" : read.kind}; expected a valid record`);
}

/** A live record from exactly the payload sent; a tombstone that comes back loses its deletedAt. */
function recordOf(ctx: StoreContext, item: Upsert): StoredRecord {
  const p = item.payload as Partial<StoredRecord>;
  const record: StoredRecord = {
    externalId: item.doc.externalId,
    title: p.title ?? item.doc.title,
    content: p.content ?? item.doc.content,
    tags: p.tags ?? [],
    lang: p.lang,
    description: p.description,
    activeFrom: p.activeFrom,
    activeUntil: p.activeUntil,
    sourcePath: item.doc.sourcePath,
    sourceUrl: p.sourceUrl,
    metadata: p.metadata ?? {},
    owner: ctx.owner,
    fingerprint: item.fingerprint,
    state: "live",
    updatedAt: ctx.now(),
  };
  if (ctx.toolVersion !== undefined) record.toolVersion = ctx.toolVersion;
  if (item.provenance !== undefined) record.provenance = item.provenance;
  return record;
}

function failed(externalId: string, error: string): ItemResult {
  return { externalId, status: "failed", error };
}
