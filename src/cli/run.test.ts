import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./run.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), "kbp-cli-"));
});
afterEach(async () => rm(cwd, { recursive: true, force: true }));

function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env, cwd, interactive: false };
  return runCli(argv, io).then((code) => ({ code, stdout: out.join(""), stderr: err.join("") }));
}

describe("the CLI honours kb-publish.yml", () => {
  it("takes path and store from the file when no path argument is given, and a path argument over it", async () => {
    await mkdir(path.join(cwd, "docs"));
    await writeFile(path.join(cwd, "docs", "page.md"), "# Page\n\nText.\n");
    await writeFile(path.join(cwd, "README.md"), "# Not a docs page\n");
    await writeFile(path.join(cwd, "kb-publish.yml"), "path: docs\nstore: from-file-store\n");

    const fromFile = await run(["sync", "--json"]);
    expect(fromFile.code).toBe(0);
    const index = JSON.parse(await readFile(path.join(cwd, "from-file-store", "index.json"), "utf8"));
    expect(Object.keys(index.records)).toEqual(["page"]);

    const fromArgument = await run(["plan", ".", "--json"]);
    const plan = JSON.parse(fromArgument.stdout).plan;
    expect(plan.operations.map((op: { externalId: string; kind: string }) => `${op.kind} ${op.externalId}`).sort()).toEqual([
      "create README",
      "create docs/page",
      "delete page",
    ]);
  });
});

describe("--out", () => {
  it("creates the file's folder, and a path that cannot be written stops the sync before anything is published", async () => {
    await mkdir(path.join(cwd, "docs"));
    await writeFile(path.join(cwd, "docs", "page.md"), "# Page\n\nText.\n");

    const nested = await run(["sync", "docs", "--store", "store", "-q", "--out", "reports/run/plan.json"]);
    expect(nested.code).toBe(0);
    expect(JSON.parse(await readFile(path.join(cwd, "reports", "run", "plan.json"), "utf8")).result.counts.created).toBe(1);

    await writeFile(path.join(cwd, "docs", "second.md"), "# Second\n\nText.\n");
    await writeFile(path.join(cwd, "blocker"), "a file, not a folder\n");
    const blocked = await run(["sync", "docs", "--store", "store", "-q", "--out", "blocker/plan.json"]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^kb-publish: cannot write --out file .*blocker[/\\]plan\.json: /);
    const index = JSON.parse(await readFile(path.join(cwd, "store", "index.json"), "utf8"));
    expect(Object.keys(index.records)).toEqual(["page"]);
  });
});
