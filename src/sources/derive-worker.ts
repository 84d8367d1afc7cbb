// Worker-thread entry (bundled as dist/derive-worker.js): derives the files the main thread
// sends, with the options it was started with, and posts the results back in order — with the
// payloads and fingerprints of the documents when the main thread asked for them (see WorkerSetup).
import { parentPort, workerData } from "node:worker_threads";
import type { Settings } from "../config/settings.js";
import { silentLogger } from "../log.js";
import type { Target } from "../targets/target.js";
import { deriveFile, type DeriveFileOptions, type FileToDerive } from "./derive-file.js";
import { packPrepared, preparePayloads } from "./payloads.js";

/** What a worker starts with. */
export interface WorkerSetup {
  options: DeriveFileOptions;
  /** The run's settings, when the worker also builds payloads (its own copy of the target). */
  payloads?: Settings;
}

const setup = workerData as WorkerSetup;
// A target that cannot be made here (a setting it checks) leaves the payloads to the main thread.
const target = setup.payloads ? openTarget(setup.payloads).catch(() => undefined) : undefined;

async function openTarget(settings: Settings): Promise<Target> {
  const { targets } = await import("../targets/registry.js");
  const made = targets[settings.target]!(settings, { log: silentLogger, userAgent: "kb-publish (derive worker)" });
  await made.prepare?.();
  return made;
}

parentPort?.on("message", (task: { id: number; files: FileToDerive[] }) => {
  void (async () => {
    const results = task.files.map((file) => deriveFile(file, setup.options));
    const payloadOf = target && (await target);
    const prepared = payloadOf && packPrepared(preparePayloads(results, setup.payloads?.overrides, (doc) => payloadOf.payloadOf(doc)), results);
    parentPort?.postMessage({ id: task.id, results, prepared });
  })();
});
