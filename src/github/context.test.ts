import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/workspace.js";
import { pullRequestOf, readGitHubContext } from "./context.js";

const event = (baseRepo: string, headRepo: string | null) => ({
  number: 12,
  pull_request: {
    number: 12,
    base: { sha: "b".repeat(40), ref: "main", repo: { full_name: baseRepo } },
    head: { sha: "h".repeat(40), ref: "feature", repo: headRepo === null ? null : { full_name: headRepo } },
  },
});

describe("pullRequestOf", () => {
  it("reads number, base and head, and tells a fork by the head repository", () => {
    expect(pullRequestOf(event("octo/docs", "octo/docs"))).toEqual({
      number: 12,
      baseSha: "b".repeat(40),
      baseRef: "main",
      headSha: "h".repeat(40),
      fromFork: false,
    });
    expect(pullRequestOf(event("octo/docs", "someone/docs"))?.fromFork).toBe(true);
    expect(pullRequestOf(event("octo/docs", null))?.fromFork).toBe(true);
  });

  it("is undefined for a payload without a pull request", () => {
    expect(pullRequestOf({})).toBeUndefined();
    expect(pullRequestOf({ pull_request: { number: "x" } })).toBeUndefined();
    expect(pullRequestOf(null)).toBeUndefined();
  });
});

describe("readGitHubContext", () => {
  it("reads the API URL, repository, run URL and the event file of a pull_request", async () => {
    const dir = await tempDir("kbp-ctx-");
    const file = path.join(dir, "event.json");
    await writeFile(file, JSON.stringify(event("octo/docs", "octo/docs")));
    const ctx = await readGitHubContext(
      { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: file, GITHUB_API_URL: "http://127.0.0.1:9/", GITHUB_REPOSITORY: "octo/docs", GITHUB_RUN_ID: "55" },
      dir,
    );
    expect(ctx).toMatchObject({ apiUrl: "http://127.0.0.1:9", repository: "octo/docs", workspace: dir, runUrl: "https://github.com/octo/docs/actions/runs/55" });
    expect(ctx.pullRequest?.number).toBe(12);
    const push = await readGitHubContext({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: file }, dir);
    expect(push.pullRequest).toBeUndefined();
    expect(push.apiUrl).toBe("https://api.github.com");
  });
});
