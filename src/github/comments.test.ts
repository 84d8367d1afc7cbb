import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubEmulator, type GitHubEmulator } from "../../test/emulators/github.js";
import { createRestClient, GitHubApiError } from "./client.js";
import { upsertStickyComment } from "./comments.js";

const repository = "octo/docs";
const marker = "<!-- kb-publish:local:store -->";
let github: GitHubEmulator;

beforeEach(async () => {
  github = await startGitHubEmulator();
});
afterEach(async () => {
  await github.close();
});

const client = (token = github.token) => createRestClient({ apiUrl: github.url, token, userAgent: "kb-publish-test" });
const upsert = (body: string, create = true, token?: string) =>
  upsertStickyComment(client(token), { repository, issueNumber: 7, marker, body: `${marker}\n${body}`, create });

describe("upsertStickyComment", () => {
  it("creates one comment, then updates it in place", async () => {
    const first = await upsert("first");
    expect(first.action).toBe("created");
    const second = await upsert("second");
    expect(second).toMatchObject({ action: "updated", id: first.action === "created" ? first.id : -1 });
    expect(github.comments(repository, 7).map((c) => c.body)).toEqual([`${marker}\nsecond`]);
    expect(github.ledger.map((e) => `${e.method} ${e.path}`)).toEqual([
      "GET /repos/octo/docs/issues/7/comments",
      "POST /repos/octo/docs/issues/7/comments",
      "GET /repos/octo/docs/issues/7/comments",
      "PATCH /repos/octo/docs/issues/comments/1000",
    ]);
    expect(github.ledger[0]?.query).toEqual({ per_page: "100", page: "1" });
    expect(github.ledger[0]?.headers.authorization).toBe("token ***");
  });

  it("follows Link rel=next pages to find its comment among many", async () => {
    for (let i = 0; i < 70; i++) github.seedComment(repository, 7, `chatter ${i}`);
    github.seedComment(repository, 7, `${marker}\nold plan`, "github-actions[bot]");
    github.seedComment(repository, 8, `${marker}\nanother pull request`);
    expect((await upsert("new plan")).action).toBe("updated");
    const comments = github.comments(repository, 7);
    expect(comments).toHaveLength(71);
    expect(comments.at(-1)?.body).toBe(`${marker}\nnew plan`);
    expect(github.comments(repository, 8)[0]?.body).toContain("another pull request");
    const pages = github.ledger.filter((e) => e.method === "GET").map((e) => e.query.page);
    expect(pages).toEqual(["1", "2", "3"]);
  });

  it("keeps a comment with another marker (another target) apart", async () => {
    github.seedComment(repository, 7, "<!-- kb-publish:heppu:abc -->\nheppu plan");
    expect((await upsert("local plan")).action).toBe("created");
    expect(github.comments(repository, 7)).toHaveLength(2);
  });

  it("does not create a comment when told not to, but still updates an existing one", async () => {
    expect(await upsert("no changes", false)).toEqual({ action: "skipped" });
    expect(github.comments(repository, 7)).toHaveLength(0);
    await upsert("changes");
    expect((await upsert("no changes", false)).action).toBe("updated");
    expect(github.comments(repository, 7)[0]?.body).toContain("no changes");
  });

  it("fails with the status and GitHub's message, never the token", async () => {
    const error = await upsert("x", true, "ghs_wrong_secret_token").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(401);
    expect((error as Error).message).toBe("GitHub API request GET /repos/octo/docs/issues/7/comments failed: HTTP 401 (Bad credentials); expected 2xx");
    expect((error as Error).message).not.toContain("ghs_wrong_secret_token");
  });
});

describe("a server without Link headers", () => {
  it("reads full pages by number until a short one", async () => {
    await github.close();
    github = await startGitHubEmulator({ omitLinkHeaders: true, maxPerPage: 100 });
    for (let i = 0; i < 150; i++) github.seedComment(repository, 7, `chatter ${i}`);
    github.seedComment(repository, 7, `${marker}\nold`);
    expect((await upsert("new")).action).toBe("updated");
    expect(github.ledger.filter((e) => e.method === "GET").map((e) => e.query.page)).toEqual(["1", "2"]);
  });
});

describe("read-only token (a fork's pull request)", () => {
  it("reports 403 on create", async () => {
    await github.close();
    github = await startGitHubEmulator({ readOnly: true });
    const error = await upsert("x").catch((e: unknown) => e);
    expect((error as GitHubApiError).status).toBe(403);
    expect(github.comments(repository, 7)).toHaveLength(0);
  });
});
