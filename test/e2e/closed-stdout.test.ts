import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

/** Runs the bundle with its stdout closed by the reader at once, as `kb-publish … | head -0` would. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "dist", "cli.js"), ...args], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("dist/cli.js with its output piped into a reader that quits", () => {
  it("finishes the sync and exits 0 without a stack trace", async () => {
    const ws = await fixtureWorkspace();
    const run = await runWithClosedStdout(["sync", ws.docs, "--store", ws.store]);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(run.code).toBe(0);
    expect((await readdir(path.join(ws.store, "records"))).length).toBeGreaterThanOrEqual(15);
  });

  it("prints help into a closed pipe quietly", async () => {
    const run = await runWithClosedStdout(["plan", "--help"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
