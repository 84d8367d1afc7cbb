import { readdir } from "node:fs/promises";
import { join } from "node:path";
import pLimit from "p-limit";
import { canonicalJson } from "../../documents/hash.js";
import type { Logger } from "../../log.js";
import { readJsonFile, writeFileAtomic } from "./fs-atomic.js";
import { isRecordFileName, recordFileName } from "./naming.js";
import { entryOf, isStoredRecord, isStoreIndex } from "./records.js";
import type { IndexEntry, StoreIndex, StoredRecord } from "./records.js";

/** Record files read at once while scanning; enough to hide latency, few enough to spare file handles. */
const READ_CONCURRENCY = 16;

export interface StoreScan {
  index: StoreIndex;
  /** Every readable record with its index entry, sorted by external id. */
  entries: Array<{ record: StoredRecord; entry: IndexEntry }>;
  /** Record files that could not be read or parsed; their ids are unknown, so the listing is incomplete. */
  unreadable: string[];
}

export function indexPath(store: string): string {
  return join(store, "index.json");
}

export function recordsDir(store: string): string {
  return join(store, "records");
}

/**
 * Reads every record file (the source of truth) and makes index.json agree with them. The index
 * is derived data: a crash between a record write and the index write, a deleted or corrupt
 * index, all end with the index rebuilt here, never with a lost record.
 */
export async function scanStore(store: string, log: Logger): Promise<StoreScan> {
  const { records, unreadable } = await readRecords(recordsDir(store), log);
  const sorted = [...records].sort((a, b) => compareIds(a.record.externalId, b.record.externalId));
  const entries = sorted.map(({ file, record }) => ({ record, entry: entryOf(record, file) }));
  const index: StoreIndex = { version: 1, records: {} };
  for (const { record, entry } of entries) index.records[record.externalId] = entry;
  await reconcileIndex(store, index, log);
  return { index, entries, unreadable };
}

async function reconcileIndex(store: string, index: StoreIndex, log: Logger): Promise<void> {
  const path = indexPath(store);
  const stored = await readJsonFile(path);
  const count = Object.keys(index.records).length;
  if (stored.kind === "missing" && count === 0) return;
  if (stored.kind === "ok" && isStoreIndex(stored.value) && sameIndex(stored.value, index)) return;
  if (stored.kind === "ok" && isStoreIndex(stored.value)) {
    log.warn(`Local store index ${path} disagreed with the record files (an interrupted run?); repaired it from ${count} records.`);
  } else {
    const why = stored.kind === "corrupt" ? `unreadable (${stored.reason})` : stored.kind === "ok" ? "not a version 1 index" : "missing";
    log.warn(`Local store index ${path} was ${why}; rebuilt it from ${count} record files.`);
  }
  await writeIndex(store, index);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameIndex(a: StoreIndex, b: StoreIndex): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export async function writeIndex(store: string, index: StoreIndex): Promise<void> {
  await writeFileAtomic(indexPath(store), `${JSON.stringify(index, null, 2)}\n`);
}

async function readRecords(dir: string, log: Logger) {
  const names = (await listDir(dir)).filter(isRecordFileName);
  const limit = pLimit(READ_CONCURRENCY);
  const reads = await Promise.all(names.map((file) => limit(async () => ({ file, read: await readJsonFile(join(dir, file)) }))));
  const records: Array<{ file: string; record: StoredRecord }> = [];
  const unreadable: string[] = [];
  for (const { file, read } of reads) {
    if (read.kind === "missing") continue; // removed by a hard delete since readdir
    const valid = read.kind === "ok" && isStoredRecord(read.value) && recordFileName(read.value.externalId) === file;
    if (valid) records.push({ file, record: read.value as StoredRecord });
    else {
      unreadable.push(file);
      const why = read.kind === "corrupt" ? read.reason : "not a kb-publish record for this file name";
      log.warn(`Local store record ${join(dir, file)} is unreadable (${why}); left untouched, deletes withheld.`);
    }
  }
  return { records, unreadable };
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
