import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { FileToDerive } from "./derive-file.js";
import { readSourceBytes } from "./read.js";

/** Files hashed between two yields to the event loop, so a listing running beside the loop keeps moving. */
const YIELD_EVERY = 512;

/**
 * sha256 of every file's bytes, by path: the floor of every run, one tight synchronous loop (see
 * readSourceBytes for why not an async pool). A file that cannot be read is left out; it is
 * derived (and reported) like any changed file.
 */
export async function hashFiles(files: readonly FileToDerive[], location: { realRoot: string; maxBytes: number }): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const read = readSourceBytes({ ...location, path: file.path, realPath: file.realPath });
    if (read.ok) hashes.set(file.path, read.sha256);
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  return hashes;
}
