import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGithubOutput, runBundle } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

/** Runs dist/index.js the way the GitHub runner does: INPUT_* variables and command files. */
async function runAction(inputs: Record<string, string>, eventName: string) {
  const ws = await fixtureWorkspace();
  const files = { output: path.join(ws.dir, "output"), summary: path.join(ws.dir, "summary.md"), event: path.join(ws.dir, "event.json") };
  await Promise.all([writeFile(files.output, ""), writeFile(files.summary, ""), writeFile(files.event, "{}")]);
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: ws.dir,
    "INPUT_PATH": "docs",
    "INPUT_STORE": "store",
    "INPUT_DELETIONS": "tombstone",
    "INPUT_ALLOW-MASS-DELETE": "false",
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const run = await runBundle("index.js", [], { env, cwd: ws.dir });
  return {
    ...run,
    ws,
    outputs: parseGithubOutput(await readFile(files.output, "utf8")),
    summary: await readFile(files.summary, "utf8"),
  };
}

describe("dist/index.js, run as GitHub runs an action", () => {
  it("syncs on push: sets the outputs and writes a job summary", async () => {
    const run = await runAction({}, "push");
    expect(run.code).toBe(0);
    expect(Number(run.outputs.created)).toBeGreaterThanOrEqual(15);
    expect(run.outputs["has-changes"]).toBe("true");
    expect(run.outputs["has-deletes"]).toBe("false");
    expect(run.outputs.failed).toBe("0");
    expect(run.summary).toContain("kb-publish sync");
    const planFile = JSON.parse(await readFile(run.outputs["plan-file"]!, "utf8"));
    expect(planFile.result.counts.created).toBe(Number(run.outputs.created));
    expect(run.stdout).toContain("::group::");
  });

  it("plans (writes nothing) on pull_request by default", async () => {
    const run = await runAction({}, "pull_request");
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(run.outputs["plan-file"]!, "utf8")).command).toBe("plan");
    expect(Number(run.outputs.created)).toBeGreaterThanOrEqual(15);
    expect(run.summary).toContain("kb-publish plan");
    await expect(readFile(path.join(run.ws.dir, "store", "index.json"))).rejects.toThrow();
  });

  it("masks the API key and fails with a readable message on bad input", async () => {
    const key = "sk_test_supersecret_value_123";
    const run = await runAction({ "api-key": key, deletions: "shred" }, "push");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::add-mask::${key}`);
    expect(run.stdout).toMatch(/::error::.*deletions/);
    expect(run.stdout.replace(`::add-mask::${key}`, "")).not.toContain(key);
  });
});
