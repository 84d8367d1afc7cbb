import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rm, stat, unlink } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import type { Logger } from "../../log.js";
import { messageOf } from "./fs-atomic.js";

/** Who holds a store: written into `<store>/.lock` by the run that holds it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO 8601 time the run took the lock. */
  startedAt: string;
  /** Random, so a run releases only its own lock. */
  token: string;
}

export interface LockOptions {
  /** How long to wait for another run to finish, in ms. Settings default: 60 s (`--lock-timeout`). */
  timeoutMs: number;
  log: Logger;
  /** How often to look again while waiting. Default 200 ms. */
  pollMs?: number;
  /** Injectable for tests. Defaults: `Date.now`, setTimeout, this process and host, `process.kill(pid, 0)`. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  pid?: number;
  host?: string;
  isAlive?: (pid: number) => boolean;
}

export interface StoreLock {
  holder: LockHolder;
  /** Removes the lock file if it is still this run's. Safe to call twice. */
  release(): Promise<void>;
}

export const LOCK_FILE = ".lock";
/** A lock or takeover file that cannot be read this long after it was made is left over by a crash. */
const UNREADABLE_GRACE_MS = 10_000;
/** Temp files `writeFileAtomic` makes: `.<name>.<pid>.<8 hex>.tmp`. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Takes exclusive use of a local store for one run. The lock is a file created only if absent
 * (`O_EXCL`) holding pid, host, start time and a token. A second run waits, up to `timeoutMs`,
 * then fails with who holds the store. A lock whose process is gone (same host, pid not alive),
 * or that was never written in full, is taken over with a notice. Once held, temp files left by
 * a run that was killed mid-write are removed: no other run can be writing them.
 */
export async function acquireStoreLock(store: string, options: LockOptions): Promise<StoreLock> {
  const now = options.now ?? Date.now;
  const me: LockHolder = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    startedAt: new Date(now()).toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  const path = join(store, LOCK_FILE);
  await mkdir(store, { recursive: true });
  const deadline = now() + options.timeoutMs;
  for (;;) {
    if (await createExclusive(path, `${JSON.stringify(me)}\n`)) break;
    const current = await readHolder(path);
    if (await takeOverIfStale(path, current, me, options)) continue;
    if (now() >= deadline) throw new Error(busyMessage(store, path, current, options.timeoutMs));
    await (options.sleep ?? sleep)(options.pollMs ?? 200);
  }
  await removeLeftoverTemp(store, options.log);
  return { holder: me, release: () => releaseLock(path, me) };
}

async function createExclusive(path: string, text: string): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new Error(`could not lock the local store at ${path}: ${messageOf(error)}; expected a writable store directory`, { cause: error });
  }
}

type Read = { kind: "holder"; holder: LockHolder; text: string } | { kind: "gone" } | { kind: "unreadable"; text: string; ageMs: number };

async function readHolder(path: string): Promise<Read> {
  try {
    const [text, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    const parsed = parseHolder(text);
    return parsed ? { kind: "holder", holder: parsed, text } : { kind: "unreadable", text, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "gone" };
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    const ok = typeof value.pid === "number" && typeof value.host === "string" && typeof value.startedAt === "string" && typeof value.token === "string";
    return ok ? (value as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale lock, under a short-lived takeover file so that two waiters never both remove
 * a lock (the second could remove the lock the first just took). True when the caller should
 * try to create the lock again at once.
 */
async function takeOverIfStale(path: string, read: Read, me: LockHolder, options: LockOptions): Promise<boolean> {
  if (read.kind === "gone") return true;
  const why = staleReason(read, me, options);
  if (!why) return false;
  const takeover = `${path}.takeover`;
  if (!(await createExclusive(takeover, `${JSON.stringify(me)}\n`))) {
    await removeIfAbandoned(takeover);
    return false;
  }
  try {
    const again = await readHolder(path);
    if (again.kind === "gone" || ("text" in again && again.text === read.text)) {
      await rm(path, { force: true });
      options.log.warn(`took over the local store lock ${path}: ${why}`);
    }
  } finally {
    await rm(takeover, { force: true });
  }
  return true;
}

function staleReason(read: Exclude<Read, { kind: "gone" }>, me: LockHolder, options: LockOptions): string | undefined {
  if (read.kind === "unreadable") {
    return read.ageMs > UNREADABLE_GRACE_MS ? `the lock file was never written in full (${JSON.stringify(read.text.slice(0, 60))})` : undefined;
  }
  const { holder } = read;
  if (holder.host !== me.host) return undefined;
  if (holder.pid === me.pid || (options.isAlive ?? isAlive)(holder.pid)) return undefined;
  return `the run that held it (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is gone`;
}

/** A takeover file whose run died mid-takeover would block every takeover: removed after the grace time. */
async function removeIfAbandoned(path: string): Promise<void> {
  try {
    if (Date.now() - (await stat(path)).mtimeMs > UNREADABLE_GRACE_MS) await rm(path, { force: true });
  } catch {
    // Gone already: the other waiter finished its takeover.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function busyMessage(store: string, path: string, read: Read, timeoutMs: number): string {
  const who = read.kind === "holder" ? `another kb-publish run (pid ${read.holder.pid} on ${read.holder.host}, started ${read.holder.startedAt})` : "another kb-publish run";
  return (
    `the local store ${store} is locked by ${who}; waited ${Math.round(timeoutMs / 1000)} s (--lock-timeout) ` +
    `and expected it to finish; run again when it has, or remove ${path} if that run is gone`
  );
}

async function releaseLock(path: string, me: LockHolder): Promise<void> {
  const read = await readHolder(path).catch(() => ({ kind: "gone" }) as const);
  if (read.kind === "holder" && read.holder.token === me.token) await unlink(path).catch(() => undefined);
}

/** Removes `writeFileAtomic` temp files in the store and its records folder. */
async function removeLeftoverTemp(store: string, log: Logger): Promise<void> {
  let removed = 0;
  for (const dir of [store, join(store, "records")]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => TEMP_FILE.test(n))) {
      await rm(join(dir, name), { force: true });
      removed += 1;
    }
  }
  if (removed > 0) log.warn(`removed ${removed} temp ${removed === 1 ? "file" : "files"} left in ${store} by an interrupted run`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
