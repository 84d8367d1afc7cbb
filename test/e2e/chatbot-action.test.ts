import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_SCOPES, startChatbotEmulator, type ChatbotEmulator } from "../emulators/chatbot.js";
import { writeRequests } from "../emulators/ledger.js";
import { parseGithubOutput, runBundle } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

const KEY = "sk_live_e2e0e2e0e2e0e2e0_" + "5ec2e75ec2e75ec2e75ec2e75ec2e75ec2e75ec2e75ec2e7";
let emu: ChatbotEmulator;
afterEach(() => emu?.close());

/** Runs dist/index.js on a push, the way the GitHub runner does, with the Chatbot inputs. */
async function runAction(dir: string) {
  const files = { output: path.join(dir, "output"), summary: path.join(dir, "summary.md"), event: path.join(dir, "event.json") };
  await Promise.all([writeFile(files.output, ""), writeFile(files.summary, ""), writeFile(files.event, "{}")]);
  const inputs = { path: "docs", target: "chatbot", "api-url": emu.url, "api-key": KEY, "source-id": emu.sourceId };
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const run = await runBundle("index.js", [], { env, cwd: dir });
  return { ...run, outputs: parseGithubOutput(await readFile(files.output, "utf8")), summary: await readFile(files.summary, "utf8") };
}

describe("dist/index.js with target chatbot", () => {
  it("publishes the fixtures site in one generation, then a re-run writes nothing; a removed page becomes a tombstone", async () => {
    emu = await startChatbotEmulator({ keys: [{ key: KEY, scopes: ALL_SCOPES }] });
    const ws = await fixtureWorkspace();

    const first = await runAction(ws.dir);
    expect(first.code, first.stdout).toBe(0);
    expect(Number(first.outputs.created)).toBeGreaterThanOrEqual(15);
    expect(first.outputs.failed).toBe("0");
    expect(emu.generations()).toHaveLength(1);
    expect(emu.generation()?.pages.size).toBe(Number(first.outputs.created));
    expect(first.summary).toMatch(/published generation gen\\?_\w+ from run run\\?_\w+/);

    const before = emu.ledger.length;
    const second = await runAction(ws.dir);
    expect(second.code).toBe(0);
    expect(second.outputs["has-changes"]).toBe("false");
    expect(writeRequests(emu.ledger.slice(before))).toEqual([]);

    await rm(path.join(ws.docs, "guides/retries.md"));
    const third = await runAction(ws.dir);
    expect(third.code).toBe(0);
    expect(third.outputs.deleted).toBe("1");
    expect(emu.generation()?.pages.get("guides/retries")?.state).toBe("tombstoned");
    expect(third.summary).toMatch(/tombstone until about \d{4}-\d\d-\d\d/);

    for (const run of [first, second, third]) {
      expect(run.stdout).toContain(`::add-mask::${KEY}`);
      expect(run.stdout.replaceAll(`::add-mask::${KEY}`, "") + run.stderr + run.summary).not.toContain(KEY);
    }
    expect(emu.audit()).toMatchObject({ unkeyedWrites: [], rateLimited: 0 });
  });

  it("fails the step when the build fails, saying the previous generation keeps serving; the next run publishes", async () => {
    emu = await startChatbotEmulator({ keys: [{ key: KEY, scopes: ALL_SCOPES }] });
    const ws = await fixtureWorkspace();
    emu.controls.failNextJob("build_failed", "Embedding quota exhausted");
    const failed = await runAction(ws.dir);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/502 build_failed: Embedding quota exhausted\); no generation was published before, so none serves yet/);
    expect(emu.generation()).toBeNull();
    const next = await runAction(ws.dir);
    expect(next.code).toBe(0);
    expect(next.summary).toMatch(/published changes an earlier run staged but never published/);
    expect(emu.generations()).toHaveLength(1);
  });
});
