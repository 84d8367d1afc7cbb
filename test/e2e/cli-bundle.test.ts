import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocsSite } from "../../bench/generate.js";
import { buildBundle, runBundle } from "../helpers/run-bundle.js";
import { fixtureWorkspace, tempDir, treeState } from "../helpers/workspace.js";

describe("dist/cli.js, run as a user would", () => {
  it("publishes the fixtures, then reports no changes and writes nothing", async () => {
    const ws = await fixtureWorkspace();
    const first = await runBundle("cli.js", ["sync", ws.docs, "--store", ws.store]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Synced: \d+ created/);

    const before = await treeState(ws.store);
    const second = await runBundle("cli.js", ["sync", ws.docs, "--store", ws.store]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 to create, 0 to update, 0 to delete/);
    expect(await treeState(ws.store)).toEqual(before);
  });

  it("derives a large site on worker threads, and a re-run parses nothing (the bundle of the current sources)", { timeout: 180_000 }, async () => {
    const dir = await tempDir();
    const dist = path.join(dir, "dist");
    await buildBundle(dist);
    const docs = path.join(dir, "docs");
    const site = await generateDocsSite({ dir: docs, count: 400, minBytes: 200, maxBytes: 2000 });
    const store = path.join(dir, "store");
    const first = await runBundle("cli.js", ["sync", docs, "--store", store, "-v"], { dist });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`${site.pages.length} files derived on [1-9]\\d* worker threads into ${site.pages.length} documents`));
    const again = await runBundle("cli.js", ["sync", docs, "--store", store, "-v"], { dist });
    expect(again.stderr).toContain(`${site.pages.length} records unchanged since they were written (not parsed), 0 files derived into 0 documents`);
    expect(again.stdout).toContain(`0 to create, 0 to update, 0 to delete, ${site.pages.length} unchanged`);
  });

  it("plan --detailed-exitcode exits 2 with pending changes and writes --out JSON", async () => {
    const ws = await fixtureWorkspace();
    const out = path.join(ws.dir, "plan.json");
    const run = await runBundle("cli.js", ["plan", ws.docs, "--store", ws.store, "--detailed-exitcode", "--out", out]);
    expect(run.code).toBe(2);
    const json = JSON.parse(await readFile(out, "utf8"));
    expect(json.command).toBe("plan");
    expect(json.plan.summary.create).toBeGreaterThanOrEqual(15);
    expect(json.result).toBeNull();
    expect(await treeState(ws.store)).toEqual({});
  });

  it("--json prints only JSON on stdout", async () => {
    const ws = await fixtureWorkspace();
    const run = await runBundle("cli.js", ["sync", ws.docs, "--store", ws.store, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).result.counts.created).toBeGreaterThanOrEqual(15);
  });

  it("refuses a 40% deletion with exit code 3", async () => {
    const ws = await fixtureWorkspace();
    await runBundle("cli.js", ["sync", ws.docs, "--store", ws.store]);
    const plan = JSON.parse((await runBundle("cli.js", ["plan", ws.docs, "--store", ws.store, "--json"])).stdout);
    const files: string[] = plan.plan.operations.map((op: { sourcePath: string }) => op.sourcePath);
    await Promise.all(files.slice(0, Math.ceil(files.length * 0.4)).map((f) => rm(path.join(ws.docs, f))));
    const before = await treeState(ws.store);
    const run = await runBundle("cli.js", ["sync", ws.docs, "--store", ws.store]);
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).toMatch(/allow-mass-delete/);
    expect(await treeState(ws.store)).toEqual(before);
  });

  it("reports JavaScript frontmatter without running it, and never reads a symlink out of the root", async () => {
    const dir = await tempDir();
    const docs = path.join(dir, "docs");
    const outside = path.join(dir, "outside");
    await mkdir(docs);
    await mkdir(outside);
    const marker = path.join(dir, "pwned");
    await writeFile(path.join(docs, "evil.md"), `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "x"); ({ title: "x" })\n---\n# Evil\n`);
    await writeFile(path.join(outside, "secret.md"), "# Secret\nDo not publish.\n");
    await symlink(path.join(outside, "secret.md"), path.join(docs, "linked.md"));
    await writeFile(path.join(docs, "ok.md"), "# Fine\n");

    const run = await runBundle("cli.js", ["sync", docs, "--store", path.join(dir, "store"), "--json"]);
    const json = JSON.parse(run.stdout);
    expect(run.code).toBe(4);
    expect(json.plan.diagnostics.some((d: { file: string; message: string }) => d.file === "evil.md" && /JavaScript/i.test(d.message))).toBe(true);
    await expect(readFile(marker)).rejects.toThrow();
    const published = await readFile(path.join(dir, "store", "index.json"), "utf8");
    expect(published).not.toContain("Secret");
    expect(Object.keys(JSON.parse(published).records)).toEqual(["ok"]);
  });

  it("prints help and version", async () => {
    const help = await runBundle("cli.js", ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("sync");
    const version = await runBundle("cli.js", ["--version"]);
    const pkg = JSON.parse(await readFile(path.resolve(import.meta.dirname, "../../package.json"), "utf8"));
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("names every configuration problem at once", async () => {
    const run = await runBundle("cli.js", ["sync", "fixtures/docs-site", "--deletions", "tombstone", "--max-deletes", "abc", "--rate-limit", "-3", "--target", "nowhere"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/max-deletes/);
    expect(run.stderr).toMatch(/rate-limit/);
    expect(run.stderr).toMatch(/target/);
  });
});
