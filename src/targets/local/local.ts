import type { TargetFactory } from "../context.js";
import type { Target } from "../target.js";
import { localPayloadOf, remoteRecordOf } from "./records.js";
import type { StoreIndex } from "./records.js";
import { acquireStoreLock, type StoreLock } from "./lock.js";
import { scanStore } from "./scan.js";
import { deleteRecords, upsertRecords } from "./writes.js";
import type { StoreContext } from "./writes.js";

/**
 * The default target: a knowledge base on disk that needs no account. Layout:
 * `<store>/records/<slug>-<sha256 prefix>.json` (one record per document, the source of truth)
 * and `<store>/index.json` (derived, rebuilt from the records whenever it disagrees with them).
 */
export const createLocalTarget: TargetFactory = (settings, context) => {
  const ctx: StoreContext = {
    store: settings.store,
    owner: settings.owner,
    toolVersion: /^kb-publish\/([^\s(]+)/.exec(context.userAgent)?.[1],
    now: () => new Date(context.now?.() ?? Date.now()).toISOString(),
  };
  let index: StoreIndex | undefined;
  const serial = serialQueue();
  const loadedIndex = async () => (index ??= (await scanStore(ctx.store, context.log)).index);
  // A run that writes holds the store from its snapshot to its end, so two runs never interleave.
  let lock: Promise<StoreLock> | undefined;
  const locked = () => {
    if (context.exclusive) lock ??= acquireStoreLock(ctx.store, { timeoutMs: settings.lockTimeoutSeconds * 1000, log: context.log, now: context.now, sleep: context.sleep });
    return lock;
  };

  const target: Target = {
    name: "local",
    capabilities: { softDelete: true, returnsContent: true, nativeTranslations: false },
    // One index file for the whole store: batches must not race on it.
    limits: { upsert: { maxItems: 100 }, delete: { maxItems: 100 }, concurrency: 1 },
    payloadOf: localPayloadOf,
    snapshot: () =>
      serial(async () => {
        await locked();
        const scan = await scanStore(ctx.store, context.log);
        index = scan.index;
        const records = scan.entries.map(({ record, entry }) => remoteRecordOf(record, entry, ctx.owner));
        return { records, complete: scan.unreadable.length === 0 };
      }),
    upsertBatch: (items) => serial(async () => upsertRecords(ctx, await loadedIndex(), items)),
    deleteBatch: (records, mode) => serial(async () => deleteRecords(ctx, await loadedIndex(), records, mode)),
    close: async () => {
      const held = await lock?.catch(() => undefined);
      lock = undefined;
      await held?.release();
    },
  };
  return target;
};

/** Runs tasks one at a time in call order, even if a caller ignores `limits.concurrency`. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
