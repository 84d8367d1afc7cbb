import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { runAction } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

/** `kb-publish export` in-process, for the file the Action must write too. */
async function cliExport(cwd: string, args: string[]): Promise<string> {
  let stdout = "";
  const code = await runCli(["export", ...args], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: {}, cwd, interactive: false });
  expect(code).toBe(0);
  return stdout;
}

describe("dist/index.js with the export input", () => {
  it("writes llms-full.txt during a sync (format from the name), the same file as the CLI writes", async () => {
    const ws = await fixtureWorkspace();
    const run = await runAction(ws.dir, { path: "docs", store: "store", export: "public/llms-full.txt", "base-url": "https://docs.example.com" }, "push");
    expect(run.code).toBe(0);
    const file = path.join(ws.dir, "public", "llms-full.txt");
    expect(run.outputs["export-file"]).toBe(file);
    const written = await readFile(file, "utf8");
    expect(written).toBe(await cliExport(ws.dir, ["docs", "--format", "llms-full-txt", "--base-url", "https://docs.example.com"]));
    expect(written.match(/^Source: https:\/\/docs\.example\.com\//gm)?.length).toBe(Number(run.outputs.created));
    expect(run.stdout).toMatch(/Wrote \d+ pages to public\/llms-full\.txt \(llms-full-txt\)/);
  });

  it("writes llms.txt on a pull-request plan, and export-format overrides the name", async () => {
    const ws = await fixtureWorkspace();
    const run = await runAction(ws.dir, { path: "docs", store: "store", export: "llms.txt" }, "pull_request");
    expect(run.code).toBe(0);
    const links = await readFile(path.join(ws.dir, "llms.txt"), "utf8");
    expect(links).toBe(await cliExport(ws.dir, ["docs"]));
    expect(links.match(/^- \[/gm)?.length).toBe(Number(run.outputs.created));

    const full = await runAction(ws.dir, { path: "docs", store: "store", export: "assistants.md", "export-format": "llms-full-txt" }, "pull_request");
    expect(await readFile(path.join(ws.dir, "assistants.md"), "utf8")).toContain("Source: ");
    expect(full.code).toBe(0);
  });

  it("fails with the wording of every other input on a bad export-format", async () => {
    const ws = await fixtureWorkspace();
    const run = await runAction(ws.dir, { path: "docs", store: "store", export: "llms.txt", "export-format": "llms-text" }, "push");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input export-format is "llms-text"; expected one of llms-txt, llms-full-txt; did you mean "llms-txt"?');
  });
});
