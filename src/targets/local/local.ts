import { join } from "node:path";
import type { TargetFactory } from "../context.js";
import type { ProvenanceUpdate, RemoteRecord, Target } from "../target.js";
import { readJsonFileSync } from "./fs-atomic.js";
import { recordFileName } from "./naming.js";
import { isStoredRecord, localPayloadOf, remoteRecordOf } from "./records.js";
import { openStore, recordsDir } from "./scan.js";
import { deleteRecords, flushIndex, openIndex, upsertRecords, type OpenIndex, type StoreContext } from "./writes.js";
import { acquireStoreLock, type StoreLock } from "./lock.js";

/**
 * The default target: a knowledge base on disk that needs no account. Layout:
 * `<store>/records/<slug>-<sha256 prefix>.json` (one record per document, the source of truth)
 * and `<store>/index.json` (ids, hashes, owners, titles, provenance and each file's stamp, so a
 * run plans from the index alone; repaired from the records whenever they disagree).
 */
export const createLocalTarget: TargetFactory = (settings, context) => {
  const ctx: StoreContext = {
    store: settings.store,
    owner: settings.owner,
    toolVersion: /^kb-publish\/([^\s(]+)/.exec(context.userAgent)?.[1],
    now: () => new Date(context.now?.() ?? Date.now()).toISOString(),
  };
  let open: OpenIndex | undefined;
  const serial = serialQueue();
  // A full run (`--full`) also checks every record file against its stamp (see openStore).
  const verify = settings.full === true;
  const opened = async (): Promise<OpenIndex> => (open ??= openIndex(await openStore(ctx.store, context.log, { verify })));
  // A run that writes holds the store from its snapshot to its end, so two runs never interleave.
  let lock: Promise<StoreLock> | undefined;
  const locked = () => {
    if (context.exclusive) lock ??= acquireStoreLock(ctx.store, { timeoutMs: settings.lockTimeoutSeconds * 1000, log: context.log, now: context.now, sleep: context.sleep });
    return lock;
  };

  const target: Target = {
    name: "local",
    capabilities: { softDelete: true, returnsContent: true, nativeTranslations: false },
    // One index for the whole store: batches must not race on it.
    limits: { upsert: { maxItems: 100 }, delete: { maxItems: 100 }, concurrency: 1 },
    payloadOf: localPayloadOf,
    snapshot: () =>
      serial(async () => {
        await locked();
        const store = await openStore(ctx.store, context.log, { verify });
        open = openIndex(store);
        const records: RemoteRecord[] = [];
        for (const id in store.index.records) {
          const record = remoteRecordOf(id, store.index.records[id]!, ctx.owner, store.read.get(id));
          // A record we wrote whose file no longer reads (a power cut mid-write) is rewritten.
          records.push(store.lost.has(id) ? { ...record, drifted: true } : record);
        }
        return { records, complete: store.unreadable.length === 0 };
      }),
    upsertBatch: (items) => serial(async () => upsertRecords(ctx, await opened(), items)),
    deleteBatch: (records, mode) => serial(async () => deleteRecords(ctx, await opened(), records, mode)),
    recordProvenance: (updates) => serial(async () => recordProvenance(await opened(), updates)),
    loadContent: (records) => serial(async () => loadContent(ctx.store, records)),
    finish: () =>
      serial(async () => {
        if (open) await flushIndex(ctx, open);
        return [];
      }),
    close: async () => {
      const held = await lock?.catch(() => undefined);
      lock = undefined;
      await held?.release();
    },
  };
  return target;
};

/** Provenance of unchanged records goes into the index only; their files are not rewritten for it. */
function recordProvenance(open: OpenIndex, updates: ProvenanceUpdate[]): void {
  for (const { record, provenance } of updates) {
    const entry = open.index.records[record.externalId];
    if (!entry) continue;
    entry.provenance = provenance;
    open.pending++;
  }
}

/** Reads the stored content of records that have none yet (the snapshot reads the index alone). */
function loadContent(store: string, records: RemoteRecord[]): void {
  for (const record of records) {
    if (record.content !== undefined) continue;
    const read = readJsonFileSync(join(recordsDir(store), recordFileName(record.externalId)));
    if (read.kind === "ok" && isStoredRecord(read.value)) record.content = read.value.content;
  }
}

/** Runs tasks one at a time in call order, even if a caller ignores `limits.concurrency`. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
