import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubEmulator, type GitHubEmulator } from "../emulators/github.js";
import { runnerInputEnv } from "../helpers/action-inputs.js";
import { docsFolder, writeFiles } from "../helpers/remote.js";
import { parseGithubOutput, runBundle } from "../helpers/run-bundle.js";

const REPO = "octo/docs";
const KEY = "hk_live+Zq8vR2xT5@nW9kP3mJ7bY";
const HOST_KEY = "hk-live-zq8vr2xt5nw9kp3mj7byq";
let github: GitHubEmulator;
beforeEach(async () => {
  github = await startGitHubEmulator();
});
afterEach(async () => github.close());

/** Every form of a secret that must never be written anywhere. */
function forms(secret: string): Record<string, string> {
  return {
    raw: secret,
    "URL-encoded": encodeURIComponent(secret),
    "lower-case": secret.toLowerCase(),
    base64: Buffer.from(secret).toString("base64").replace(/=+$/, ""),
  };
}

/** Runs dist/index.js as the runner does and collects every channel it can write to. */
async function runAction(dir: string, event: "push" | "pull_request", withValues: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const temp = path.join(dir, `runner-temp-${KEY}`);
  const files = { output: path.join(dir, "output"), summary: path.join(dir, "summary.md"), event: path.join(dir, "event.json") };
  const payload = { number: 7, pull_request: { number: 7, head: { sha: "abc1234", repo: { full_name: REPO } }, base: { repo: { full_name: REPO } } } };
  await Promise.all([writeFile(files.output, ""), writeFile(files.summary, ""), writeFile(files.event, JSON.stringify(payload))]);
  const run = await runBundle("index.js", [], {
    cwd: dir,
    env: {
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: REPO,
      RUNNER_TEMP: temp,
      ...runnerInputEnv(withValues, () => github.token),
      ...env,
    },
  });
  const outputs = await readFile(files.output, "utf8");
  return {
    code: run.code,
    channels: {
      // `::add-mask::` lines hand the secrets to the runner, which hides them: the one place they must appear.
      "stdout (log, annotations, failure)": run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n"),
      stderr: run.stderr,
      outputs,
      "job summary": await readFile(files.summary, "utf8"),
      "plan file": await readFile(path.join(temp, "kb-publish-plan.json"), "utf8").catch(() => ""),
      "PR comment": github.comments(REPO, 7).map((c) => c.body).join("\n"),
    },
    outputs: parseGithubOutput(outputs),
  };
}

function leaks(channels: Record<string, string>, secret: string): string[] {
  return Object.entries(channels).flatMap(([channel, text]) =>
    Object.entries(forms(secret)).filter(([, form]) => text.includes(form)).map(([name]) => `${name} in ${channel}`),
  );
}

describe("the bundled Action writes no form of the API key to any channel", () => {
  it("log, annotations, outputs, job summary, plan file and PR comment", async () => {
    const dir = await docsFolder({
      [`docs/raw-${KEY}.md`]: "# Raw\n\nText.\n",
      [`docs/lower-${KEY.toLowerCase()}.md`]: "# Lower\n\nText.\n",
      [`docs/encoded-${encodeURIComponent(KEY)}.md`]: "# Encoded\n\nText.\n",
      "docs/base64.md": `---\ntitle: "${Buffer.from(KEY).toString("base64")}"\n---\n\nText.\n`,
      [`docs/broken-${KEY}.md`]: "---\ntitle: [unclosed\n---\n\nText.\n",
    });
    const inputs = { path: "docs", store: "store", "api-key": KEY, "api-url": `https://kb.example/${encodeURIComponent(KEY)}/v1` };
    const push = await runAction(dir, "push", inputs);
    expect(push.code).toBe(1);
    expect(Number(push.outputs.created)).toBe(4);
    await writeFiles(dir, { "docs/base64.md": `---\ntitle: "${Buffer.from(KEY).toString("base64")}"\n---\n\nChanged text.\n` });
    const pr = await runAction(dir, "pull_request", inputs);
    expect(pr.outputs.updated).toBe("1");

    for (const run of [push, pr]) {
      for (const [channel, text] of Object.entries(run.channels)) {
        // The runner reads everything from stdout; stderr stays empty unless Node itself complains.
        if (channel === "stderr" || (channel === "PR comment" && run === push)) continue;
        expect(text.length, `${channel} is empty`).toBeGreaterThan(0);
      }
      expect(run.channels["stdout (log, annotations, failure)"]).toMatch(/::error .*file=docs\/broken-\*\*\*\.md/);
      expect(run.outputs["plan-file"]).toContain("runner-temp-***");
      expect(leaks(run.channels, KEY)).toEqual([]);
    }
  });

  it("a key in the API URL's host: the plain-http warning and a DNS error that echoes the host", async () => {
    const dir = await docsFolder({ "docs/page.md": "# Page\n\nText.\n" });
    const stub = pathToFileURL(path.resolve(import.meta.dirname, "../helpers/dns-fail.mjs")).href;
    const inputs = { path: "docs", target: "heppu", "collection-id": "c1", "api-key": HOST_KEY, "api-url": `http://${HOST_KEY}.docs.example/api/v1`, timeout: "2000" };
    const run = await runAction(dir, "push", inputs, { NODE_OPTIONS: `--import=${stub}` });
    expect(run.code).toBe(1);
    expect(run.channels["stdout (log, annotations, failure)"]).toMatch(/plain http[\s\S]*ENOTFOUND \*\*\*\.docs\.example/);
    expect(leaks(run.channels, HOST_KEY)).toEqual([]);
  });
});
