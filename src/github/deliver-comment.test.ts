import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubEmulator, type GitHubEmulator } from "../../test/emulators/github.js";
import { testSettings } from "../../test/helpers/workspace.js";
import type { Logger } from "../log.js";
import type { Plan } from "../plan/types.js";
import { samplePlan } from "../report/test-fixtures.js";
import type { GitHubContext } from "./context.js";
import { deliverPrComment, destinationOf, scopeOf, type CommentMode } from "./deliver-comment.js";

let github: GitHubEmulator;
beforeEach(async () => {
  github = await startGitHubEmulator();
});
afterEach(async () => {
  await github.close();
});

const workspace = "/work/space";
const noChanges = samplePlan({ operations: [], summary: { create: 0, update: 0, unchanged: 3, delete: 0 } });

async function deliver(mode: CommentMode, plan: Plan, pr: GitHubContext["pullRequest"] | null = { number: 3, headSha: "abcdef1234", fromFork: false }) {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(`warn ${m}`), debug: () => {} };
  const outcome = await deliverPrComment({
    mode,
    github: { eventName: "pull_request", repository: "o/r", apiUrl: github.url, serverUrl: "https://github.com", workspace, pullRequest: pr ?? undefined },
    token: github.token,
    settings: testSettings({ root: path.join(workspace, "docs"), store: path.join(workspace, ".kb-publish/store"), command: "plan" }),
    plan,
    comparison: { kind: "live" },
    userAgent: "test",
    log,
  });
  return { outcome, lines };
}

describe("deliverPrComment", () => {
  it("auto: creates nothing without changes, but creates a comment for a plan with an unreadable file", async () => {
    expect((await deliver("auto", noChanges)).outcome).toEqual({ action: "skipped" });
    expect(github.comments("o/r", 3)).toHaveLength(0);
    const broken = { ...noChanges, diagnostics: [{ severity: "error" as const, file: "a.md", line: 2, message: "bad YAML" }] };
    expect((await deliver("auto", broken)).outcome?.action).toBe("created");
    const body = github.comments("o/r", 3)[0]!.body;
    expect(body.startsWith("<!-- kb-publish:local:.kb-publish/store -->")).toBe(true);
    expect(body).toContain("### kb-publish plan for the local store `.kb-publish/store`");
  });

  it("always: creates the comment even when nothing changes; then auto updates it to no changes", async () => {
    expect((await deliver("always", noChanges)).outcome?.action).toBe("created");
    expect(github.comments("o/r", 3)[0]!.body).toContain("No changes: the knowledge base would stay as it is (3 documents unchanged).");
    expect((await deliver("auto", samplePlan())).outcome?.action).toBe("updated");
    expect((await deliver("auto", noChanges)).outcome?.action).toBe("updated");
    expect(github.comments("o/r", 3)).toHaveLength(1);
  });

  it("never, or no pull request: no request at all", async () => {
    expect((await deliver("never", samplePlan())).outcome).toBeUndefined();
    const { outcome, lines } = await deliver("always", samplePlan(), null);
    expect(outcome).toBeUndefined();
    expect(lines).toEqual(["comment: always, but this run is not for a pull request; no comment posted."]);
    expect(github.ledger).toHaveLength(0);
  });

  it("links rows to the file at the head commit under the docs folder", async () => {
    await deliver("auto", samplePlan());
    expect(github.comments("o/r", 3)[0]!.body).toContain("[Title guide/start](https://github.com/o/r/blob/abcdef1234/docs/docs/guide/start.md)");
  });
});

describe("scopeOf / destinationOf", () => {
  it("keeps one comment per Chatbot source, named by its source id", () => {
    const settings = testSettings({ root: "/w/docs", store: "/w/store", target: "chatbot", sourceId: "src_42" });
    expect(scopeOf(settings, "/w")).toBe("src_42");
    expect(destinationOf(settings, "/w")).toBe("chatbot source `src_42`");
    expect(scopeOf({ ...settings, sourceId: undefined }, "/w")).toBe("default");
  });
});
