import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { initRepo } from "../../test/helpers/git.js";
import { tempDir, testSettings } from "../../test/helpers/workspace.js";
import type { Logger } from "../log.js";
import type { GitHubContext } from "./context.js";
import { prepareComparison } from "./prepare-comparison.js";

function recorder() {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), debug: () => {} };
  return { lines, context: { log, userAgent: "test" } };
}

async function workspace() {
  const dir = await tempDir("kbp-prep-");
  await mkdir(path.join(dir, "docs"));
  await writeFile(path.join(dir, "docs", "a.md"), "# A\n");
  return dir;
}

const github = (dir: string, pr?: GitHubContext["pullRequest"]): GitHubContext => ({
  eventName: "pull_request",
  apiUrl: "http://127.0.0.1:9",
  serverUrl: "https://github.com",
  workspace: dir,
  pullRequest: pr,
});

describe("prepareComparison", () => {
  it("leaves a push or a sync alone", async () => {
    const dir = await workspace();
    const settings = testSettings({ root: path.join(dir, "docs"), store: path.join(dir, "store"), command: "sync" });
    const { context } = recorder();
    const prepared = await prepareComparison(settings, github(dir, { number: 1, fromFork: true }), { context, tempRoot: dir });
    expect(prepared).toEqual({ settings, comparison: { kind: "live" } });
  });

  it("points the plan at the extracted base docs of an empty local store's pull request", async () => {
    const dir = await workspace();
    const base = initRepo(dir);
    const settings = testSettings({ root: path.join(dir, "docs"), store: path.join(dir, "store"), command: "plan" });
    const { context } = recorder();
    const prepared = await prepareComparison(settings, github(dir, { number: 1, baseSha: base, baseRef: "main", fromFork: false }), { context, tempRoot: path.join(dir, "tmp") });
    expect(prepared.comparison).toEqual({ kind: "base", reason: "the local store holds no records on this runner", baseRef: "main", baseSha: base });
    expect(prepared.settings.baseline).toMatch(/tmp\/kb-publish-base-\w+\/docs$/);
  });

  it("falls back to the live store with a warning when the base cannot be had", async () => {
    const dir = await workspace();
    const settings = testSettings({ root: path.join(dir, "docs"), store: path.join(dir, "store"), command: "plan" });
    const { context, lines } = recorder();
    const prepared = await prepareComparison(settings, github(dir, { number: 1, fromFork: true }), { context, tempRoot: dir });
    expect(prepared.comparison).toEqual({ kind: "live" });
    expect(lines).toContain("warn Could not read the base branch (the event payload has no pull_request.base.sha); comparing with the live knowledge base instead.");
  });

  it("fails with both reasons when neither the knowledge base nor the base branch can be read", async () => {
    const dir = await workspace();
    const settings = testSettings({ root: path.join(dir, "docs"), store: path.join(dir, "store"), command: "plan", target: "heppu" });
    const { context } = recorder();
    await expect(prepareComparison(settings, github(dir, { number: 1, baseSha: "a".repeat(40), fromFork: true }), { context, tempRoot: dir })).rejects.toThrow(
      /^cannot plan: this pull request comes from a fork, which gets no secrets, and the base branch could not be read: .* is not inside a git checkout .*; expected a git checkout/,
    );
  });
});
