import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireStoreLock, LOCK_FILE, type LockOptions } from "./lock.js";

let store: string;
beforeEach(async () => {
  store = await mkdtemp(path.join(os.tmpdir(), "kbp-lock-"));
});
afterEach(async () => rm(store, { recursive: true, force: true }));

function captureLog() {
  const lines: string[] = [];
  return { lines, info: () => undefined, debug: () => undefined, warn: (m: string) => void lines.push(`warn: ${m}`) };
}

/** Virtual time: sleeping advances the clock, so waiting a minute takes no time. */
function clock() {
  let now = 1_700_000_000_000;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}

function options(extra: Partial<LockOptions> = {}): LockOptions & { log: ReturnType<typeof captureLog> } {
  return { timeoutMs: 60_000, log: captureLog(), ...clock(), ...extra } as LockOptions & { log: ReturnType<typeof captureLog> };
}

const holderFile = () => readFile(path.join(store, LOCK_FILE), "utf8").then((text) => JSON.parse(text));

describe("the local store lock", () => {
  it("records pid, host and start time, and is gone after release", async () => {
    const lock = await acquireStoreLock(store, options({ pid: 4242, host: "runner-1" }));
    expect(await holderFile()).toMatchObject({ pid: 4242, host: "runner-1", startedAt: "2023-11-14T22:13:20.000Z", token: lock.holder.token });
    await lock.release();
    await lock.release();
    expect(await readdir(store)).toEqual([]);
  });

  it("makes a second run wait for the live holder, then fail with who holds it", async () => {
    await acquireStoreLock(store, options({ pid: 1, host: "runner-1" }));
    const waiting = options({ pid: 2, host: "runner-1", isAlive: () => true, timeoutMs: 5000 });
    await expect(acquireStoreLock(store, waiting)).rejects.toThrow(
      /is locked by another kb-publish run \(pid 1 on runner-1, started .*\); waited 5 s \(--lock-timeout\) .* remove .*\.lock if that run is gone/,
    );
  });

  it("gets the store as soon as the holder releases it", async () => {
    const first = await acquireStoreLock(store, options({ pid: 1 }));
    let polls = 0;
    const second = await acquireStoreLock(store, options({ pid: 2, isAlive: () => true, sleep: async () => void (++polls === 3 && (await first.release())) }));
    expect(polls).toBe(3);
    expect((await holderFile()).token).toBe(second.holder.token);
  });

  it("takes over the lock of a process that is gone, with a notice", async () => {
    await acquireStoreLock(store, options({ pid: 999_999, host: "runner-1" }));
    const next = options({ pid: 2, host: "runner-1", isAlive: (pid) => pid !== 999_999 });
    const lock = await acquireStoreLock(store, next);
    expect((await holderFile()).pid).toBe(2);
    expect(lock.holder.pid).toBe(2);
    expect(next.log.lines).toEqual([expect.stringMatching(/^warn: took over the local store lock .*: the run that held it \(pid 999999 on runner-1, started .*\) is gone$/)]);
  });

  it("never takes over a lock held on another host, whose process it cannot see", async () => {
    await acquireStoreLock(store, options({ pid: 999_999, host: "runner-1" }));
    await expect(acquireStoreLock(store, options({ pid: 2, host: "runner-2", isAlive: () => false, timeoutMs: 1000 }))).rejects.toThrow("locked by");
  });

  it("takes over a lock file that was never written in full, once it is old enough", async () => {
    await writeFile(path.join(store, LOCK_FILE), "");
    await expect(acquireStoreLock(store, options({ timeoutMs: 1000 }))).rejects.toThrow("locked by another kb-publish run;");
    const old = new Date(Date.now() - 60_000);
    await utimes(path.join(store, LOCK_FILE), old, old);
    const next = options();
    await acquireStoreLock(store, next);
    expect(next.log.lines[0]).toContain("was never written in full");
  });

  it("removes the temp files a killed run left, and only those", async () => {
    await mkdir(path.join(store, "records"));
    const left = [".index.json.123.0a1b2c3d.tmp", "records/.page-0123456789abcdef.json.77.deadbeef.tmp"];
    const kept = ["index.json", "records/page-0123456789abcdef.json", "notes.tmp"];
    for (const file of [...left, ...kept]) await writeFile(path.join(store, file), "x");
    const run = options();
    await acquireStoreLock(store, run);
    const files = [...(await readdir(store)), ...(await readdir(path.join(store, "records"))).map((f) => `records/${f}`)];
    expect(files.sort()).toEqual([LOCK_FILE, ...kept, "records"].sort());
    expect(run.log.lines).toEqual([expect.stringContaining("removed 2 temp files left in")]);
  });
});
