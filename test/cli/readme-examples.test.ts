import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { README, readmeExamples, withExamples } from "../../scripts/readme-examples.js";
import { runCli } from "../../src/cli/run.js";
import { ROOT } from "../helpers/run-bundle.js";

describe("the README's examples", () => {
  it("are what the tool prints today (npm run readme rewrites them)", async () => {
    const readme = await readFile(README, "utf8");
    const examples = await readmeExamples();
    for (const name of Object.keys(examples)) expect(readme).toMatch(new RegExp(`<!-- (example|generated): ${name} `));
    expect(withExamples(readme, examples)).toBe(readme);
  });

  it("would catch a stale example", async () => {
    const readme = await readFile(README, "utf8");
    const stale = readme.replace("delete  reference/old-endpoint  file removed", "delete  reference/old-endpoint  gone");
    expect(stale).not.toBe(readme);
    expect(withExamples(stale, await readmeExamples())).toBe(readme);
  });
});

describe("the README's quick start", () => {
  it("names ids that the first run of the example site creates", async () => {
    const readme = await readFile(README, "utf8");
    const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("## The CLI"));
    const named = [...quickStart.matchAll(/`([a-z0-9-]+(?:\/[a-z0-9.-]+)+)`/g)].map((m) => m[1]!).filter((id) => !id.startsWith("fixtures/"));
    expect(named.length).toBeGreaterThan(2);
    const store = await mkdtemp(path.join(os.tmpdir(), "kbp-quickstart-"));
    let stdout = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, env: {}, cwd: ROOT, interactive: false };
    expect(await runCli(["plan", "fixtures/docs-site", "--store", store, "--json"], io)).toBe(0);
    await rm(store, { recursive: true, force: true });
    const created = JSON.parse(stdout).plan.operations.filter((op: { kind: string }) => op.kind === "create").map((op: { externalId: string }) => op.externalId);
    for (const id of named) expect(created, `README quick start names ${id}`).toContain(id);
  });
});
