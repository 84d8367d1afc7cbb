import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../documents/document.js";
import { sha256Bytes } from "../documents/hash.js";
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

/** One file's bytes and their sha256 (hex); the bytes are only valid until the next read on this thread. */
export type BytesRead = { ok: true; bytes: Buffer; sha256: string } | { ok: false; diagnostic: Diagnostic };

/** A file as the derivation step gets it: decoded text plus the sha256 of the bytes it came from. */
export type TextRead = { ok: true; text: string; sha256: string } | { ok: false; diagnostic: Diagnostic };

export const OUTSIDE_ROOT_MESSAGE = "symlink points outside the repository";
/** How the message of a file over the size limit starts (reports list such files as left out). */
export const TOO_LARGE_MESSAGE = "file is too large";

/** Where to open a discovered file: its own path, or (for a symlink) the real path discovery resolved. */
export interface SourceLocation {
  /** Real repository root. */
  realRoot: string;
  /** Repository-relative POSIX path (what diagnostics name). */
  path: string;
  /** Real absolute path when the file is a symlink; then it is opened there. */
  realPath?: string;
  maxBytes: number;
}

// Never follow a symlink swapped in after discovery, and never block on a FIFO swapped in
// either: the checks below then see it for what it is (Windows has neither flag).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * One growable buffer per thread: reading 10,000 pages into fresh buffers costs a third more
 * CPU than reusing one (measured with bench/floor.ts beside this loop), mostly in GC.
 */
let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Reads a discovered file and hashes its bytes, synchronously. Sync reads in one loop cost about
 * half the CPU of an async pool of 4–16 (measured over 10,000 pages); the main thread has nothing
 * else to do while it reads. Every failure is an error diagnostic naming the file; never throws.
 */
export function readSourceBytes(location: SourceLocation): BytesRead {
  const { path } = location;
  const fail = (message: string, line?: number): { ok: false; diagnostic: Diagnostic } => ({
    ok: false,
    diagnostic: line === undefined ? { severity: "error", file: path, message } : { severity: "error", file: path, line, message },
  });
  let fd: number;
  try {
    fd = openSync(location.realPath ?? join(location.realRoot, path), OPEN_FLAGS);
  } catch (cause) {
    return fail(openFailure(cause));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fail("file could not be read: not a regular file; expected a file");
    const tooLarge = (size: number) => fail(`${TOO_LARGE_MESSAGE}: ${size} bytes; expected at most ${location.maxBytes} bytes (max file size); not read`);
    if (stats.size > location.maxBytes) return tooLarge(stats.size);
    const length = readAll(fd, stats.size, location.maxBytes);
    // The file may have grown between stat and read.
    if (length > location.maxBytes) return tooLarge(length);
    const bytes = scratch.subarray(0, length);
    return { ok: true, bytes, sha256: sha256Bytes(bytes) };
  } catch (cause) {
    return fail(`file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  } finally {
    closeSync(fd);
  }
}

/** {@link readSourceBytes}, then strict UTF-8 decoding (a bad byte is an error naming its line). */
export function readSourceText(location: SourceLocation): TextRead {
  const read = readSourceBytes(location);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    const message = `file is not valid UTF-8: invalid byte at offset ${decoded.offset}; expected UTF-8 text`;
    return { ok: false, diagnostic: { severity: "error", file: location.path, line: decoded.line, message } };
  }
  return { ok: true, text: decoded.text, sha256: read.sha256 };
}

/**
 * Reads one source file as strict UTF-8 from a root and a path alone (symlinks resolved and
 * kept inside the root). Every failure (outside the root, not a regular file, too large, not
 * UTF-8, unreadable) is an error diagnostic naming the file; it never throws.
 */
export async function readSourceFile(options: ReadSourceOptions): Promise<ReadOutcome> {
  const { path, maxBytes } = options;
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(options.root);
    real = realpathSync(join(realRoot, path));
  } catch (cause) {
    return { ok: false, diagnostic: { severity: "error", file: path, message: openFailure(cause) } };
  }
  if (!isInside(realRoot, real)) {
    const message = `${OUTSIDE_ROOT_MESSAGE}: it resolves to ${real}; expected a file inside ${realRoot}; not read`;
    return { ok: false, diagnostic: { severity: "error", file: path, message } };
  }
  const read = readSourceText({ realRoot, path, realPath: real, maxBytes });
  return read.ok ? { ok: true, text: read.text } : read;
}

function openFailure(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file could not be read: it does not exist (or is a broken symlink)";
  if (code === "EISDIR") return "file could not be read: not a regular file; expected a file";
  if (code === "ELOOP") return "file could not be read: it became a symlink after it was listed; not followed";
  return `file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`;
}

/** Reads to the end into `scratch` (growing it), stopping one byte past `maxBytes`; returns the length. */
function readAll(fd: number, size: number, maxBytes: number): number {
  if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
  let total = 0;
  for (;;) {
    const n = readSync(fd, scratch, total, scratch.length - total, null);
    if (n === 0 || total + n > maxBytes) return total + n;
    total += n;
    if (total === scratch.length) grow();
  }
}

function grow(): void {
  const bigger = Buffer.allocUnsafe(scratch.length * 2);
  scratch.copy(bigger);
  scratch = bigger;
}
