import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction as runActionIn } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

/** Runs dist/index.js the way the GitHub runner does, in a fresh copy of the fixture site. */
async function runAction(inputs: Record<string, string>, eventName: string) {
  const ws = await fixtureWorkspace();
  const base = { path: "docs", store: "store", deletions: "tombstone", "allow-mass-delete": "false" };
  return { ...(await runActionIn(ws.dir, { ...base, ...inputs }, eventName)), ws };
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
