import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { readCommitStamp } from "../../src/config/commit.js";
import { createLocalTarget } from "../../src/targets/local/index.js";
import { silentLogger } from "../../src/log.js";
import { startHeppuEmulator, type HeppuEmulator } from "../emulators/heppu.js";
import { docsFolder, writeFiles } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";
import { readMarker } from "../../src/targets/heppu/index.js";

/** git with a fixed identity and committer time, so commit order is what the test says. */
function git(dir: string, time: number, ...args: string[]): string {
  const date = `${time} +0000`;
  const env = { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: "1", GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date };
  return execFileSync("git", ["-c", "user.name=kb-test", "-c", "user.email=kb@test.invalid", "-c", "commit.gpgsign=false", ...args], { cwd: dir, env, encoding: "utf8" }).trim();
}

function commit(dir: string, time: number, message: string): string {
  git(dir, time, "add", "-A");
  git(dir, time, "commit", "-q", "--allow-empty", "-m", message);
  return git(dir, time, "rev-parse", "HEAD");
}

const T1 = 1_700_000_000;
const T2 = T1 + 3600;

/** A repository with docs/ at commit 1 (T1) and commit 2 (T2: one page edited, one removed). */
async function history() {
  const dir = await docsFolder({
    "docs/install.md": "# Install\n\nOld steps.\n",
    "docs/legacy.md": "# Legacy\n\nStill here.\n",
    "docs/usage.md": "# Usage\n\nUse it.\n",
  });
  git(dir, T1, "init", "-q", "-b", "main");
  const first = commit(dir, T1, "first");
  await writeFiles(dir, { "docs/install.md": "# Install\n\nNew steps.\n", "docs/legacy.md": null });
  const second = commit(dir, T2, "second");
  return { dir, docs: path.join(dir, "docs"), first, second };
}

async function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env, cwd, interactive: false });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const running: HeppuEmulator[] = [];
afterEach(async () => Promise.all(running.splice(0).map((emu) => emu.close())));

describe("no rollback by an older commit", () => {
  it("reads the commit of HEAD, and nothing outside a repository", async () => {
    const { dir, second } = await history();
    expect(await readCommitStamp(path.join(dir, "docs"))).toEqual({ sha: second, time: T2 });
    expect(await readCommitStamp(await docsFolder({ "a.md": "# A\n" }))).toBeUndefined();
  });

  it("local store: re-running the older commit leaves the newer pages as they were, exit 0 with a warning", async () => {
    const { dir, docs, first, second } = await history();
    const store = path.join(dir, ".store");
    expect((await cli(dir, ["sync", docs, "--store", store])).code).toBe(0);

    git(dir, T2, "checkout", "-q", first);
    // The older commit was never synced; now run it for the first time, then the newer one, then the older again.
    expect((await cli(dir, ["sync", docs, "--store", store])).code).toBe(0);
    git(dir, T2, "checkout", "-q", second);
    expect((await cli(dir, ["sync", docs, "--store", store])).code).toBe(0);
    const target = () => createLocalTarget(testSettings({ root: docs, store }), { log: silentLogger, userAgent: "kb-publish/test" });
    const before = await target().snapshot();

    git(dir, T2, "checkout", "-q", first);
    const rerun = await cli(dir, ["sync", docs, "--store", store]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`^skipped +install +newer version published from ${second.slice(0, 12)} \\(would update: content changed\\)$`, "m"));
    expect(rerun.stdout).toMatch(/^skipped +legacy +newer version published from .* \(would update: restored \(file is back\)\)$/m);
    expect(rerun.stdout).toContain("2 skipped (newer commit)");
    expect(rerun.stderr).toMatch(/warning: 2 records were left as they are: a newer commit published them .* --allow-rollback/);
    const after = await target().snapshot();
    expect(after.records).toEqual(before.records);
    expect(after.records.find((r) => r.externalId === "install")?.provenance?.commit).toEqual({ sha: second, time: T2 });
    expect(after.records.find((r) => r.externalId === "legacy")).toMatchObject({ state: "tombstoned", provenance: { commit: { sha: second, time: T2 } } });

    const forced = await cli(dir, ["sync", docs, "--store", store, "--allow-rollback", "--json"]);
    expect(JSON.parse(forced.stdout).result.counts).toMatchObject({ updated: 2, skipped: 0 });
    const index = JSON.parse(await readFile(path.join(store, "index.json"), "utf8"));
    expect(index.records.install.provenance).toMatchObject({ derivation: expect.stringMatching(/^[0-9a-f]{64}$/), commit: { sha: first, time: T1 } });
  });

  it("Heppu: a re-run of the older commit writes nothing over the newer pages", async () => {
    const emu = await startHeppuEmulator({ apiKeys: ["hk_test_rollback_key"] });
    running.push(emu);
    const { dir, docs, first, second } = await history();
    const args = ["sync", docs, "--target", "heppu", "--api-url", emu.url, "--collection-id", emu.collectionId, "--json"];
    const env = { KB_PUBLISH_API_KEY: "hk_test_rollback_key" };
    git(dir, T2, "checkout", "-q", first);
    await cli(dir, args, env);
    git(dir, T2, "checkout", "-q", second);
    await cli(dir, args, env);
    const newer = emu.sources();
    expect(newer.map((s) => s.externalId).sort()).toEqual(["install", "usage"]);
    expect(readMarker(newer.find((s) => s.externalId === "install")?.metadata)?.provenance).toMatchObject({ derivation: expect.stringMatching(/^[0-9a-f]{64}$/), commit: { sha: second, time: T2 } });

    git(dir, T2, "checkout", "-q", first);
    const writes = emu.ledger.length;
    const rerun = await cli(dir, args, env);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).plan.skipped.map((s: { externalId: string }) => s.externalId)).toEqual(["install"]);
    // legacy was hard-deleted by the newer run (Heppu keeps no tombstone), so it comes back as new: documented.
    expect(emu.ledger.slice(writes).filter((e) => e.method !== "GET").map((e) => (e.body as { sources: { externalId: string }[] }).sources.map((s) => s.externalId))).toEqual([["legacy"]]);
    expect(emu.sources().find((s) => s.externalId === "install")?.content).toContain("New steps.");
  });
});
