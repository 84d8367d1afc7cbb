import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import pLimit from "p-limit";
import type { Logger } from "../../log.js";
import { readJsonFile, readJsonFileSync, stampOf, writeFileAtomic } from "./fs-atomic.js";
import { isRecordFileName, recordFileName } from "./naming.js";
import { entryOf, isStoredRecord, isStoreIndex } from "./records.js";
import type { IndexEntry, StoreIndex, StoredRecord } from "./records.js";

/** Record files read at once while rebuilding an index; enough to hide latency, few enough to spare file handles. */
const READ_CONCURRENCY = 16;

/** The store as a run opens it: the index, checked against the record files. */
export interface OpenedStore {
  index: StoreIndex;
  /** Records whose file had to be read (its stamp disagreed with the index): their content is known. */
  read: Map<string, StoredRecord>;
  /** Record files that could not be read or parsed; their ids are unknown, so the listing is incomplete. */
  unreadable: string[];
  /** Ids whose indexed file is unreadable now: they are listed as drifted, and may be overwritten. */
  lost: Set<string>;
  /** Record file names in the store when it was opened. */
  present: Set<string>;
}

export function indexPath(store: string): string {
  return join(store, "index.json");
}

/**
 * Present while a run may have written record files that the index does not describe yet:
 * written (and synced) before a run's first record write, removed once its index is written.
 */
export function dirtyMarkerPath(store: string): string {
  return join(store, "index.dirty");
}

export function recordsDir(store: string): string {
  return join(store, "records");
}

/**
 * Opens the store reading `index.json` and the list of record files, not the records. A file the
 * index does not know is read. After a run that did not finish (its dirty marker is still there:
 * killed, or a power cut) and with `verify` (a `--full` run), every record file's stamp (inode,
 * size, mtime) is checked as well, and a file whose stamp differs — written after the index, or
 * edited by hand — is read. A missing or corrupt index is rebuilt from every record file. The
 * record files stay the source of truth: no disagreement ever ends with a lost record.
 */
export async function openStore(store: string, log: Logger, options: { verify?: boolean } = {}): Promise<OpenedStore> {
  const path = indexPath(store);
  // Sync: Node decodes a whole file at once this way, where the async read decodes in chunks.
  const stored = readJsonFileSync(path);
  const names = listRecordFiles(store);
  const verify = options.verify === true || existsSync(dirtyMarkerPath(store));
  if (stored.kind === "ok" && isStoreIndex(stored.value)) return verifyIndex({ store, index: stored.value, names, verify }, log);
  const rebuilt = await rebuildIndex(store, names, log);
  rebuilt.present = new Set(names);
  if (stored.kind === "missing" && names.length === 0) return rebuilt;
  const why = stored.kind === "corrupt" ? `unreadable (${stored.reason})` : stored.kind === "ok" ? "not a version 1 index" : "missing";
  log.warn(`Local store index ${path} was ${why}; rebuilt it from ${Object.keys(rebuilt.index.records).length} record files.`);
  await writeIndex(store, rebuilt.index);
  return rebuilt;
}

async function verifyIndex(opening: { store: string; index: StoreIndex; names: string[]; verify: boolean }, log: Logger): Promise<OpenedStore> {
  const { store, index, names, verify } = opening;
  const present = new Set(names);
  const opened: OpenedStore = { index, read: new Map(), unreadable: [], lost: new Set(), present };
  const idOfFile = new Map<string, string>();
  const toRead: string[] = [];
  // One stat per record, in a loop that runs over every record of every run: no path.join.
  const dir = `${recordsDir(store)}/`;
  let repaired = 0;
  for (const id in index.records) {
    const entry = index.records[id]!;
    idOfFile.set(entry.file, id);
    if (!present.has(entry.file)) {
      delete index.records[id];
      repaired++;
    } else if (verify && stampOf(statSync(dir + entry.file)) !== entry.stamp) toRead.push(entry.file);
  }
  toRead.push(...names.filter((name) => !idOfFile.has(name)));
  const reads = await readRecordFiles(recordsDir(store), toRead, log);
  for (const { file, record, stamp } of reads.records) {
    opened.read.set(record.externalId, record);
    const known = index.records[record.externalId];
    if (known && sameWrite(known, record)) continue; // touched or edited by hand: drift, shown by the plan
    index.records[record.externalId] = entryOf(record, file, stamp);
    repaired++;
  }
  for (const file of reads.unreadable) {
    const id = idOfFile.get(file);
    if (id === undefined) opened.unreadable.push(file);
    else opened.lost.add(id);
  }
  if (repaired > 0) {
    const count = Object.keys(index.records).length;
    log.warn(`Local store index ${indexPath(store)} disagreed with the record files (an interrupted run?); repaired it from ${count} records.`);
    await writeIndex(store, index);
  }
  return opened;
}

/** The index entry describes this very write of the record (its stamp aside). */
function sameWrite(entry: IndexEntry, record: StoredRecord): boolean {
  return (
    entry.hash === record.fingerprint.hash &&
    entry.owner === record.owner &&
    entry.state === record.state &&
    entry.updatedAt === record.updatedAt &&
    entry.deletedAt === record.deletedAt
  );
}

async function rebuildIndex(store: string, names: string[], log: Logger): Promise<OpenedStore> {
  const { records, unreadable } = await readRecordFiles(recordsDir(store), names, log);
  const index: StoreIndex = { version: 1, records: {} };
  const read = new Map<string, StoredRecord>();
  for (const { file, record, stamp } of records) {
    index.records[record.externalId] = entryOf(record, file, stamp);
    read.set(record.externalId, record);
  }
  return { index, read, unreadable, lost: new Set(), present: new Set(names) };
}

/** Writes the index atomically (fsynced: it is the one file a run commits with), ids sorted. */
export async function writeIndex(store: string, index: StoreIndex): Promise<void> {
  const records: Record<string, IndexEntry> = {};
  for (const id of Object.keys(index.records).sort(compareIds)) records[id] = index.records[id]!;
  await writeFileAtomic(indexPath(store), `${JSON.stringify({ version: 1, records })}\n`);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface FileRead {
  file: string;
  record: StoredRecord;
  stamp: string;
}

async function readRecordFiles(dir: string, names: string[], log: Logger): Promise<{ records: FileRead[]; unreadable: string[] }> {
  const limit = pLimit(READ_CONCURRENCY);
  const reads = await Promise.all(
    names.map((file) =>
      limit(async () => {
        const stamp = stampOrMissing(join(dir, file));
        return { file, stamp, read: await readJsonFile(join(dir, file)) };
      }),
    ),
  );
  const records: FileRead[] = [];
  const unreadable: string[] = [];
  for (const { file, stamp, read } of reads) {
    if (read.kind === "missing" || stamp === undefined) continue; // removed by a hard delete since the listing
    const valid = read.kind === "ok" && isStoredRecord(read.value) && recordFileName(read.value.externalId) === file;
    if (valid) records.push({ file, record: read.value as StoredRecord, stamp });
    else {
      unreadable.push(file);
      const why = read.kind === "corrupt" ? read.reason : "not a kb-publish record for this file name";
      log.warn(`Local store record ${join(dir, file)} is unreadable (${why}); left untouched, deletes withheld.`);
    }
  }
  return { records, unreadable };
}

function stampOrMissing(path: string): string | undefined {
  try {
    return stampOf(statSync(path));
  } catch {
    return undefined;
  }
}

function listRecordFiles(store: string): string[] {
  try {
    return readdirSync(recordsDir(store)).filter(isRecordFileName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
