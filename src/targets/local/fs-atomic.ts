import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeSync, type Stats } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** `<inode>:<size>:<mtime ms>`: changes whenever a file is replaced or rewritten. */
export function stampOf(stats: Pick<Stats, "ino" | "size" | "mtimeMs">): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

/**
 * Writes a record file atomically (temp file, then rename) without waiting for the disk, and
 * returns its stamp. A process killed at any point leaves the old file or the new one, never a
 * mix. No fsync: the store's durability comes from its stamps, not from the disk cache (see the
 * README's local store section): a record lost to a power cut is detected and written again by
 * the next run. An fsync per record costs 1–5 ms each on a busy disk (measured: 10,000 records,
 * 10–50 s), more than the whole first sync should take.
 */
export function writeRecordFile(path: string, text: string): string {
  const temp = `${dirname(path)}/.${basename(path)}.${process.pid}.${(tempCount++).toString(36)}.tmp`;
  try {
    const fd = openSync(temp, "w");
    let stamp: string;
    try {
      writeAll(fd, text);
      stamp = stampOf(fstatSync(fd));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return stamp;
  } catch (error) {
    rmSync(temp, { force: true });
    throw new Error(`could not write ${path}: ${messageOf(error)}; expected a writable local store directory`, { cause: error });
  }
}

/** Numbers this process's temp record files: unique without a random draw per record. */
let tempCount = 0;

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Writes a file so readers see the old or the new bytes, never a torn mix: write a temp file in
 * the same directory, fsync it, then rename it over the target. The temp name starts with a dot
 * and ends in `.tmp`, so scans skip one left behind by a crash.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = tempPath(path);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`could not write ${path}: ${messageOf(error)}; expected a writable local store directory`, {
      cause: error,
    });
  }
}

/** Makes renames in `dir` durable. Best effort: some platforms cannot open a directory for sync. */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems refuse directory fsync; the rename itself is still atomic.
  }
}

export type JsonRead = { kind: "ok"; value: unknown } | { kind: "missing" } | { kind: "corrupt"; reason: string };

/** Reads and parses a JSON file, telling a missing file apart from an unreadable one. */
export async function readJsonFile(path: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "corrupt", reason: messageOf(error) };
  }
  try {
    return { kind: "ok", value: JSON.parse(text) };
  } catch (error) {
    return { kind: "corrupt", reason: messageOf(error) };
  }
}

/** {@link readJsonFile}, synchronously. */
export function readJsonFileSync(path: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "corrupt", reason: messageOf(error) };
  }
  try {
    return { kind: "ok", value: JSON.parse(text) };
  } catch (error) {
    return { kind: "corrupt", reason: messageOf(error) };
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
