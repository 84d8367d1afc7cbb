// Worker-thread entry (bundled as dist/derive-worker.js): derives the files the main thread
// sends, with the options it was started with, and posts the results back in order.
import { parentPort, workerData } from "node:worker_threads";
import { deriveFile, type DeriveFileOptions, type FileToDerive } from "./derive-file.js";

const options = workerData as DeriveFileOptions;

parentPort?.on("message", (task: { id: number; files: FileToDerive[] }) => {
  parentPort?.postMessage({ id: task.id, results: task.files.map((file) => deriveFile(file, options)) });
});
