import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Settings } from "../config/settings.js";
import type { DeriveFileOptions, DerivedFile, FileToDerive } from "./derive-file.js";
import type { WorkerSetup } from "./derive-worker.js";
import { unpackPrepared, type PreparedEntry } from "./payloads.js";

/**
 * Below this many files, deriving on the main thread is faster than starting workers: each
 * worker loads the parsers again (~0.1–0.2 s of CPU), which 2 cores win back only from about
 * this many pages on (measured with bench/run.ts --workers-threshold).
 */
export const WORKER_THRESHOLD = 200;
/** Files per message: enough to keep messaging cheap, few enough to balance the load. */
const CHUNK = 16;
/**
 * Messages in flight per worker: with a second one queued, a worker starts on it while the main
 * thread takes in the first one's results, instead of waiting a round trip (measured: workers
 * stood idle about 15% of a 10,000-page first sync with one in flight).
 */
const IN_FLIGHT = 2;

export interface DeriveRun {
  /** Worker threads; 0 derives on the main thread. Default: one per core above WORKER_THRESHOLD files. */
  workers?: number;
  /**
   * Called with each batch of results as it arrives (in any order), so the main thread can work
   * on them while the workers derive the rest; with the batch's payloads when `payloads` asked
   * the workers to build them. Default: none.
   */
  onDerived?: (files: DerivedFile[], prepared?: PreparedEntry[]) => void;
  /** The run's settings: workers then build each document's payload and fingerprint too (see preparePayloads). Default: none. */
  payloads?: Settings;
  /** Set to the number of worker threads used (0: the main thread derived). */
  used?: number;
}

/**
 * Derives files in the order given: on the main thread for few files, else on worker threads
 * (one per core; the main thread only hands out work and collects results). The parsers are
 * loaded on first use only, so a run that derives nothing never loads them.
 */
export async function deriveFiles(files: readonly FileToDerive[], options: DeriveFileOptions, run: DeriveRun = {}): Promise<DerivedFile[]> {
  // A no-op derives nothing: importing derive-file would compile every parser for nothing.
  if (files.length === 0) return [];
  const workers = Math.min(run.workers ?? (files.length >= WORKER_THRESHOLD ? os.availableParallelism() : 0), Math.ceil(files.length / CHUNK));
  run.used = Math.max(run.used ?? 0, workers);
  if (workers <= 0) {
    const { deriveFile } = await import("./derive-file.js");
    const derived: DerivedFile[] = [];
    for (const file of files) {
      const one = deriveFile(file, options);
      derived.push(one);
      run.onDerived?.([one]);
    }
    return derived;
  }
  return onWorkers(files, { options, payloads: run.payloads }, workers, run.onDerived);
}

async function onWorkers(files: readonly FileToDerive[], setup: WorkerSetup, count: number, onDerived?: DeriveRun["onDerived"]): Promise<DerivedFile[]> {
  const results: DerivedFile[][] = [];
  let next = 0;
  const pool = Array.from({ length: count }, () => startWorker(setup));
  const lanes = pool.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => worker));
  try {
    await Promise.all(
      lanes.map(async (worker) => {
        for (let start = next; start < files.length; start = next) {
          next += CHUNK;
          const { results: derived, prepared } = await worker.derive(start, files.slice(start, start + CHUNK));
          results[start / CHUNK] = derived;
          onDerived?.(derived, prepared && unpackPrepared(prepared, derived));
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.stop()));
  }
  return results.flat();
}

/** What a worker answers for one batch. */
interface Answer {
  results: DerivedFile[];
  prepared?: PreparedEntry[];
}

interface PoolWorker {
  derive(id: number, files: FileToDerive[]): Promise<Answer>;
  stop(): Promise<number>;
}

function startWorker(setup: WorkerSetup): PoolWorker {
  const entry = workerEntry();
  const worker = entry.typescript
    ? new Worker(tsxLoader(entry.url), { eval: true, workerData: setup })
    : new Worker(entry.url, { workerData: setup });
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  const rejectAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("message", (message: Answer & { id: number }) => {
    pending.get(message.id)?.resolve(message);
    pending.delete(message.id);
  });
  worker.on("error", rejectAll);
  worker.on("exit", (code) => rejectAll(new Error(`a derivation worker exited with code ${code} before it answered; expected it to derive its files`)));
  return {
    derive: (id, chunk) =>
      new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, files: chunk });
      }),
    stop: () => worker.terminate(),
  };
}

/**
 * Where the worker entry is: beside the bundle (dist/derive-worker.js, from dist/ or dist/chunks/),
 * or, running from the sources (tests, tsx), the TypeScript file next to this one.
 */
function workerEntry(): { url: URL; typescript: boolean } {
  for (const relative of ["./derive-worker.js", "../derive-worker.js"]) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(url)) return { url, typescript: false };
  }
  return { url: new URL("./derive-worker.ts", import.meta.url), typescript: true };
}

/** A worker that registers tsx first, for runs from the TypeScript sources. */
function tsxLoader(entry: URL): string {
  // The ESM build of tsx's API (what `import "tsx/esm/api"` would resolve to), found from its package.json.
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}
