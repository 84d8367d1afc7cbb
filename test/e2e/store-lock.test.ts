import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { docsFolder } from "../helpers/remote.js";
import { runBundle } from "../helpers/run-bundle.js";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

async function site(count: number) {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`docs/page-${String(i).padStart(4, "0")}.md`] = `# Page ${i}\n\n${"Some text. ".repeat(40)}\n`;
  const dir = await docsFolder(files);
  return { dir, docs: path.join(dir, "docs"), store: path.join(dir, "store") };
}

/** A real process that stays alive until killed, to hold a lock in the store's name. */
function liveProcess(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  children.push(child);
  return child;
}

async function writeLock(store: string, pid: number) {
  await mkdir(store, { recursive: true });
  const holder = { pid, host: os.hostname(), startedAt: "2026-01-01T00:00:00.000Z", token: "feedface" };
  await writeFile(path.join(store, ".lock"), `${JSON.stringify(holder)}\n`);
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => child.once("exit", () => resolve()));

describe("the local store, used by two processes at once", () => {
  it("two concurrent syncs run one after the other: one creates every page, the other finds nothing to do", { timeout: 120_000 }, async () => {
    const { dir, docs, store } = await site(400);
    const run = () => runBundle("cli.js", ["sync", docs, "--store", store, "--json"], { cwd: dir });
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const created = [a, b].map((r) => JSON.parse(r.stdout).result.counts.created).sort((x, y) => x - y);
    expect(created).toEqual([0, 400]);
    const index = JSON.parse(await readFile(path.join(store, "index.json"), "utf8"));
    expect(Object.keys(index.records)).toHaveLength(400);
    const again = await run();
    expect(JSON.parse(again.stdout).plan.summary).toEqual({ create: 0, update: 0, unchanged: 400, delete: 0 });
  });

  it("a run waits for a live holder up to --lock-timeout, then exits 1 naming it", async () => {
    const { dir, docs, store } = await site(3);
    const holder = liveProcess();
    await writeLock(store, holder.pid!);
    const blocked = await runBundle("cli.js", ["sync", docs, "--store", store, "--lock-timeout", "1"], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`is locked by another kb-publish run (pid ${holder.pid} on ${os.hostname()}, started 2026-01-01T00:00:00.000Z); waited 1 s (--lock-timeout)`);
    // A plan reads without the lock.
    expect((await runBundle("cli.js", ["plan", docs, "--store", store], { cwd: dir })).code).toBe(0);
  });

  it("a lock left by a killed run is taken over with a notice, and its temp files are removed", async () => {
    const { dir, docs, store } = await site(3);
    const holder = liveProcess();
    await writeLock(store, holder.pid!);
    await mkdir(path.join(store, "records"), { recursive: true });
    await writeFile(path.join(store, `.index.json.${holder.pid}.0a1b2c3d.tmp`), "{ half written");
    await writeFile(path.join(store, "records", `.page-0000-0123456789abcdef.json.${holder.pid}.deadbeef.tmp`), "{");
    holder.kill("SIGKILL");
    await exited(holder);
    const run = await runBundle("cli.js", ["sync", docs, "--store", store], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`took over the local store lock ${path.join(store, ".lock")}: the run that held it (pid ${holder.pid} on ${os.hostname()}`);
    expect(run.stderr).toContain("removed 2 temp files left in");
    await expect(readFile(path.join(store, ".lock"))).rejects.toThrow();
  });
});
