import { open, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../documents/document.js";
import { isInside } from "./paths.js";
import { decodeUtf8 } from "./utf8.js";

export interface ReadSourceOptions {
  /** Repository root (absolute or relative to the working directory). */
  root: string;
  /** Repository-relative POSIX path of the file. */
  path: string;
  /** Larger files are refused without being read. */
  maxBytes: number;
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export const OUTSIDE_ROOT_MESSAGE = "symlink points outside the repository";
/** How the message of a file over the size limit starts (reports list such files as left out). */
export const TOO_LARGE_MESSAGE = "file is too large";

/**
 * Reads one source file as strict UTF-8. Every failure (outside the root, not a regular file,
 * too large, not UTF-8, unreadable) is an error diagnostic naming the file; it never throws.
 */
export async function readSourceFile(options: ReadSourceOptions): Promise<ReadOutcome> {
  const fail = (message: string, line?: number): ReadOutcome => ({
    ok: false,
    diagnostic: line === undefined
      ? { severity: "error", file: options.path, message }
      : { severity: "error", file: options.path, line, message },
  });
  try {
    const realRoot = await realpath(options.root);
    const real = await realpath(join(realRoot, options.path));
    if (!isInside(realRoot, real)) {
      return fail(`${OUTSIDE_ROOT_MESSAGE}: it resolves to ${real}; expected a file inside ${realRoot}; not read`);
    }
    return await readInside(real, options.maxBytes, fail);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("file could not be read: it does not exist (or is a broken symlink)");
    const message = cause instanceof Error ? cause.message : String(cause);
    return fail(`file could not be read: ${message}`);
  }
}

type Fail = (message: string, line?: number) => ReadOutcome;

async function readInside(real: string, maxBytes: number, fail: Fail): Promise<ReadOutcome> {
  // Checked before opening: opening a FIFO would block the whole run.
  if (!(await stat(real)).isFile()) return fail("file could not be read: not a regular file; expected a file");
  const tooLarge = (size: number) =>
    fail(`${TOO_LARGE_MESSAGE}: ${size} bytes; expected at most ${maxBytes} bytes (max file size); not read`);
  const handle = await open(real, "r");
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return tooLarge(size);
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      return fail(`file is not valid UTF-8: invalid byte at offset ${decoded.offset}; expected UTF-8 text`, decoded.line);
    }
    return { ok: true, text: decoded.text };
  } finally {
    await handle.close();
  }
}
