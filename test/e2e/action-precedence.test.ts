import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markerOf, withMarker } from "../../src/targets/heppu/marker.js";
import { SECRET_KEY, startEmulator } from "../heppu/helpers.js";
import { declaredDefaults, runnerInputEnv } from "../helpers/action-inputs.js";
import { docsFolder, writeFiles } from "../helpers/remote.js";
import { parseGithubOutput, runBundle } from "../helpers/run-bundle.js";

/** A workspace with docs/ (two pages), a stray Markdown file at its root, and a kb-publish.yml. */
async function workspace(config: string) {
  const dir = await docsFolder({
    "docs/install.md": "# Install\n\nRun it.\n",
    "docs/usage.md": "# Usage\n\nUse it.\n",
    "NOTES.md": "# Not part of the docs\n",
    "kb-publish.yml": config,
  });
  const files = { output: path.join(dir, "output"), summary: path.join(dir, "summary.md") };
  await Promise.all([writeFile(files.output, ""), writeFile(files.summary, "")]);
  return { dir, files };
}

/** dist/index.js with every action.yml input set as the runner sets it: declared defaults, empty otherwise. */
async function runAction(dir: string, files: { output: string; summary: string }, withValues: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: "push",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...runnerInputEnv(withValues, () => "ghs_runner_token_value_0000"),
  };
  const run = await runBundle("index.js", [], { env, cwd: dir });
  return { ...run, outputs: parseGithubOutput(await readFile(files.output, "utf8")) };
}

describe("the bundled Action honours kb-publish.yml over every declared default", () => {
  it("declares no default for any input that is a setting", () => {
    expect(Object.keys(declaredDefaults())).toEqual(["github-token"]);
  });

  it("target, path and deletions from the file: syncs into Heppu, not a throwaway local store", async () => {
    const emu = await startEmulator();
    const stale = markerOf("kb-publish", { hash: "h", parts: {} }, "0.0.1");
    emu.seedSource(emu.collectionId, { externalId: "old-page", title: "Old", content: "Gone from the docs.", metadata: withMarker({}, stale) });
    const config = [`path: docs`, `target: heppu`, `deletions: off`, `store: file-store`, `api-url: ${emu.url}`, `collection-id: ${emu.collectionId}`, ""].join("\n");
    const { dir, files } = await workspace(config);

    const run = await runAction(dir, files, { "api-key": SECRET_KEY });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(emu.sources().map((s) => s.externalId).sort()).toEqual(["install", "old-page", "usage"]);
    expect(run.outputs).toMatchObject({ created: "2", deleted: "0" });
    expect(existsSync(path.join(dir, ".kb-publish"))).toBe(false);
    expect(existsSync(path.join(dir, "file-store"))).toBe(false);
  });

  it("store, path and deletions from the file for the local store", async () => {
    const { dir, files } = await workspace("path: docs\nstore: file-store\ndeletions: hard\n");
    expect((await runAction(dir, files)).code).toBe(0);
    const index = JSON.parse(await readFile(path.join(dir, "file-store", "index.json"), "utf8"));
    expect(Object.keys(index.records).sort()).toEqual(["install", "usage"]);
    expect(existsSync(path.join(dir, ".kb-publish"))).toBe(false);

    await writeFiles(dir, { "docs/usage.md": null });
    const removed = await runAction(dir, files);
    expect(removed.outputs.deleted).toBe("1");
    const after = JSON.parse(await readFile(path.join(dir, "file-store", "index.json"), "utf8"));
    // A hard delete leaves no tombstone behind.
    expect(Object.keys(after.records)).toEqual(["install"]);
  });

  it("an input the workflow sets still wins over the file", async () => {
    const { dir, files } = await workspace("path: docs\nstore: file-store\n");
    expect((await runAction(dir, files, { store: "input-store" })).code).toBe(0);
    expect(existsSync(path.join(dir, "input-store", "index.json"))).toBe(true);
    expect(existsSync(path.join(dir, "file-store"))).toBe(false);
  });
});
