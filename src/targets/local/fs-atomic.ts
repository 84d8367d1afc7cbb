import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so readers see the old or the new bytes, never a torn mix: write a temp file in
 * the same directory, fsync it, then rename it over the target. The temp name starts with a dot
 * and ends in `.tmp`, so scans skip one left behind by a crash.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
