import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { ItemResult, RemoteRecord, Upsert } from "../target.js";
import { messageOf, readJsonFile, syncDirectory, writeFileAtomic } from "./fs-atomic.js";
import { recordFileName } from "./naming.js";
import { entryOf, isStoredRecord } from "./records.js";
import type { StoreIndex, StoredRecord } from "./records.js";
import { recordsDir, writeIndex } from "./scan.js";

/** What every write needs to know about the store and the run. */
export interface StoreContext {
  store: string;
  owner: string;
  toolVersion?: string;
  /** The current time as ISO 8601. */
  now: () => string;
}

type Existing = { kind: "none" } | { kind: "record"; record: StoredRecord } | { kind: "failed"; result: ItemResult };

/** Writes each record file, then the index once, so a crash mid-batch leaves only repairable lag. */
export async function upsertRecords(ctx: StoreContext, index: StoreIndex, items: Upsert[]): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const item of items) results.push(await upsertOne(ctx, index, item));
  await commit(ctx, index);
  return results;
}

export async function deleteRecords(
  ctx: StoreContext,
  index: StoreIndex,
  records: RemoteRecord[],
  mode: "tombstone" | "hard",
): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const record of records) results.push(await deleteOne(ctx, index, record, mode));
  await commit(ctx, index);
  return results;
}

async function commit(ctx: StoreContext, index: StoreIndex): Promise<void> {
  await syncDirectory(recordsDir(ctx.store));
  await writeIndex(ctx.store, index);
  await syncDirectory(ctx.store);
}

async function upsertOne(ctx: StoreContext, index: StoreIndex, item: Upsert): Promise<ItemResult> {
  const id = item.doc.externalId;
  const existing = await readOwned(ctx, id, "overwrite");
  if (existing.kind === "failed") return existing.result;
  const record = recordOf(ctx, item);
  const file = recordFileName(id);
  try {
    await writeFileAtomic(join(recordsDir(ctx.store), file), `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    return failed(id, messageOf(error));
  }
  index.records[id] = entryOf(record, file);
  return { externalId: id, status: existing.kind === "none" ? "created" : "updated" };
}

async function deleteOne(ctx: StoreContext, index: StoreIndex, remote: RemoteRecord, mode: "tombstone" | "hard"): Promise<ItemResult> {
  const id = remote.externalId;
  const existing = await readOwned(ctx, id, "delete");
  if (existing.kind === "failed") return existing.result;
  const file = recordFileName(id);
  const path = join(recordsDir(ctx.store), file);
  try {
    if (existing.kind === "none" || mode === "hard") {
      await rm(path, { force: true });
      delete index.records[id];
    } else {
      const tombstone: StoredRecord = { ...existing.record, state: "tombstoned", deletedAt: existing.record.deletedAt ?? ctx.now() };
      // The plan stamps a delete with the run's commit, so an older run cannot restore the page.
      if (remote.provenance !== undefined) tombstone.provenance = remote.provenance;
      await writeFileAtomic(path, `${JSON.stringify(tombstone, null, 2)}\n`);
      index.records[id] = entryOf(tombstone, file);
    }
  } catch (error) {
    return failed(id, messageOf(error));
  }
  return { externalId: id, status: "deleted" };
}

/** The record file for `id`, unless it belongs to someone else or cannot be read: never touch those. */
async function readOwned(ctx: StoreContext, id: string, action: string): Promise<Existing> {
  const path = join(recordsDir(ctx.store), recordFileName(id));
  const read = await readJsonFile(path);
  if (read.kind === "missing") return { kind: "none" };
  if (read.kind === "corrupt" || !isStoredRecord(read.value) || read.value.externalId !== id) {
    const why = read.kind === "corrupt" ? read.reason : "not a kb-publish record for this id";
    return { kind: "failed", result: failed(id, `refused to ${action} ${path}: the file is unreadable (${why}); expected a valid record`) };
  }
  if (read.value.owner !== ctx.owner) {
    const message =
      `refused to ${action} record "${id}" in ${path}: it is owned by "${read.value.owner}", ` +
      `expected owner "${ctx.owner}"; kb-publish never touches records it does not own`;
    return { kind: "failed", result: failed(id, message) };
  }
  return { kind: "record", record: read.value };
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
