import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubEmulator, type GitHubEmulator } from "../emulators/github.js";
import { commitAll, initRepo } from "../helpers/git.js";
import { parseGithubOutput, runBundle } from "../helpers/run-bundle.js";
import { fixtureWorkspace, tempDir } from "../helpers/workspace.js";

const REPO = "octo/docs";
const PR = 7;
const PAGE = "docs/guides/retries.md";
const MARKER = "<!-- kb-publish:local:store -->";
let github: GitHubEmulator;

beforeEach(async () => {
  github = await startGitHubEmulator();
});
afterEach(async () => {
  await github.close();
});

/** A git repository holding the docs fixture at a base commit. */
async function repository() {
  const ws = await fixtureWorkspace();
  const base = initRepo(ws.dir);
  return { ...ws, base };
}

async function editPage(dir: string, from: string, to: string): Promise<string> {
  const file = path.join(dir, PAGE);
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
  return commitAll(dir, `edit: ${to}`);
}

interface RunOptions {
  dir: string;
  event: "pull_request" | "push";
  base?: string;
  head?: string;
  fork?: boolean;
  inputs?: Record<string, string>;
}

/** Runs dist/index.js as GitHub would for a pull request, against the GitHub API stand-in. */
async function runAction(options: RunOptions) {
  const files = { output: path.join(options.dir, "output"), summary: path.join(options.dir, "summary.md"), event: path.join(options.dir, "event.json") };
  const headRepo = options.fork ? "someone/docs-fork" : REPO;
  const payload = {
    number: PR,
    pull_request: {
      number: PR,
      base: { sha: options.base, ref: "main", repo: { full_name: REPO } },
      head: { sha: options.head, ref: "feature", repo: { full_name: headRepo } },
    },
  };
  await Promise.all([writeFile(files.output, ""), writeFile(files.summary, ""), writeFile(files.event, JSON.stringify(payload))]);
  const inputs = { path: "docs", store: "store", "github-token": github.token, ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: options.dir,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: "4242",
    RUNNER_TEMP: path.join(options.dir, ".runner-temp"),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const run = await runBundle("index.js", [], { env, cwd: options.dir });
  const outputs = parseGithubOutput(await readFile(files.output, "utf8"));
  return { ...run, outputs, summary: await readFile(files.summary, "utf8") };
}

const writes = () => github.ledger.filter((e) => e.method !== "GET").map((e) => `${e.method} ${e.path}`);

describe("pull-request comment, bundled action against a GitHub API stand-in", () => {
  it("creates one comment with the diff, then updates that same comment after another push", async () => {
    const ws = await repository();
    const head1 = await editPage(ws.dir, "schedules another attempt", "schedules another attempt after a pause");
    const first = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head: head1 });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ created: "0", updated: "1", deleted: "0", "has-changes": "true" });

    const comments = github.comments(REPO, PR);
    expect(comments).toHaveLength(1);
    const body1 = comments[0]!.body;
    expect(body1.startsWith(`${MARKER}\n`)).toBe(true);
    expect(body1).toContain("Compared with the base branch, not with the live knowledge base");
    expect(body1).toContain(`[Retries and backoff](https://github.com/${REPO}/blob/${head1}/docs/guides/retries.md)`);
    expect(body1).toMatch(/<details><summary><code>guides\/retries<\/code> \(\+1 −1 lines\)<\/summary>\n\n```diff\n--- a\/guides\/retries.md\n\+\+\+ b\/guides\/retries.md\n@@ /);
    expect(body1).toMatch(/^-.*schedules another attempt\. The$/m);
    expect(body1).toMatch(/^\+.*schedules another attempt after a pause\. The$/m);
    expect(first.summary).toContain("Compared with the base branch, not with the live knowledge base");
    expect(first.stdout).toContain(`::add-mask::${github.token}`);
    expect(first.stdout.replace(`::add-mask::${github.token}`, "")).not.toContain(github.token);

    const head2 = await editPage(ws.dir, "does not turn into", "never turns into");
    const second = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head: head2 });
    expect(second.code, second.stdout).toBe(0);
    const after = github.comments(REPO, PR);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(comments[0]!.id);
    expect(after[0]!.body).toMatch(/^\+.*burst of failures never turns into a$/m);
    expect(after[0]!.body).toContain(head2.slice(0, 7));
    expect(writes()).toEqual([`POST /repos/${REPO}/issues/${PR}/comments`, `PATCH /repos/${REPO}/issues/comments/${comments[0]!.id}`]);
  });

  it("plans a fork's pull request offline against the base ref, labelled as such, and writes nothing", async () => {
    const ws = await repository();
    await runAction({ dir: ws.dir, event: "push" }); // a populated store: a fork still must not read it
    const head = await editPage(ws.dir, "schedules another attempt", "schedules one more attempt");
    const storeIndex = await readFile(path.join(ws.dir, "store", "index.json"), "utf8");
    const run = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head, fork: true });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ created: "0", updated: "1", deleted: "0", unchanged: expect.stringMatching(/^[1-9]\d*$/) });
    const body = github.comments(REPO, PR)[0]!.body;
    expect(body).toContain("**Compared with the base branch, not with the live knowledge base** (`main` at");
    expect(body).toContain("this pull request comes from a fork, which gets no secrets");
    expect(body).toMatch(/^\+.*schedules one more attempt\. The$/m);
    const planFile = JSON.parse(await readFile(run.outputs["plan-file"]!, "utf8"));
    expect(planFile.comparison).toMatchObject({ kind: "base", baseSha: ws.base });
    expect(await readFile(path.join(ws.dir, "store", "index.json"), "utf8")).toBe(storeIndex);
  });

  it("plans a remote target without a key against the base, in its own comment beside the local store's", async () => {
    const ws = await repository();
    const head = await editPage(ws.dir, "schedules another attempt", "schedules one more attempt");
    const collection = "550e8400-e29b-41d4-a716-446655440000";
    const heppu = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head, fork: true, inputs: { target: "heppu", "collection-id": collection } });
    expect(heppu.code, heppu.stdout).toBe(0);
    expect(heppu.outputs).toMatchObject({ created: "0", updated: "1", deleted: "0" });
    const local = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head });
    expect(local.code, local.stdout).toBe(0);
    const bodies = github.comments(REPO, PR).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain(`<!-- kb-publish:heppu:${collection} -->`);
    expect(bodies[0]).toContain(`### kb-publish plan for heppu collection \`${collection}\``);
    expect(bodies[0]).toContain("Compared with the base branch, not with the live knowledge base");
    expect(bodies[0]).toMatch(/^\+.*schedules one more attempt\. The$/m);
    expect(bodies[1]).toContain(MARKER);
  });

  it("compares with the live store when it holds records", async () => {
    const ws = await repository();
    await runAction({ dir: ws.dir, event: "push" });
    const head = await editPage(ws.dir, "schedules another attempt", "schedules a retry");
    const run = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head });
    expect(run.code, run.stdout).toBe(0);
    const body = github.comments(REPO, PR)[0]!.body;
    expect(body).toContain("Compared with the live knowledge base.");
    expect(body).toMatch(/^\+.*schedules a retry\. The$/m);
  });

  it("posts nothing when nothing changes, and nothing with comment: never", async () => {
    const ws = await repository();
    const head = commitAll(ws.dir, "empty");
    const quiet = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head });
    expect(quiet.code, quiet.stdout).toBe(0);
    expect(quiet.outputs["has-changes"]).toBe("false");
    const edited = await editPage(ws.dir, "schedules another attempt", "schedules a retry");
    await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head: edited, inputs: { comment: "never" } });
    expect(github.comments(REPO, PR)).toHaveLength(0);
    expect(writes()).toEqual([]);
  });

  it("keeps a 2,000-page change under GitHub's limit, listing every deletion, even when the guard blocks it", async () => {
    const dir = await tempDir();
    const page = (i: number) => path.join(dir, "docs", `section-${i % 10}`, `page-${String(i).padStart(4, "0")}.md`);
    await Promise.all(Array.from({ length: 10 }, (_, s) => mkdir(path.join(dir, "docs", `section-${s}`), { recursive: true })));
    const body = (i: number, extra = "") => `# Page ${i}\n\n${"Some text about this topic.\n".repeat(30)}${extra}`;
    await Promise.all(Array.from({ length: 2000 }, (_, i) => writeFile(page(i), body(i))));
    const base = initRepo(dir);
    await Promise.all(Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? rm(page(i)) : writeFile(page(i), body(i, "One more line.\n")))));
    const head = commitAll(dir, "rewrite");

    const run = await runAction({ dir, event: "pull_request", base, head });
    // The mass-delete guard refuses (the step fails); the comment still shows what and why.
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain("::error::A safety guard refused the plan; nothing was written.");
    expect(run.outputs).toMatchObject({ updated: "1000", deleted: "1000" });
    const comment = github.comments(REPO, PR)[0]!.body;
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain("The plan is blocked: nothing will be written.");
    for (let i = 0; i < 2000; i += 2) expect(comment).toContain(`section-${i % 10}/page-${String(i).padStart(4, "0")}`);
    expect(comment).toMatch(/Left out to stay under GitHub's comment size limit: \d+ rows, 1000 diffs\./);
  });

  it("annotates an unreadable file at its path from the repository root, and shows it in the comment", async () => {
    const ws = await repository();
    await writeFile(path.join(ws.dir, "docs", "guides", "broken.md"), "---\ntitle: [unclosed\n---\n# Broken\n");
    const head = commitAll(ws.dir, "broken page");
    const run = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head });
    expect(run.stdout).toMatch(/^::error title=kb-publish,file=docs\/guides\/broken\.md,line=\d+::/m);
    expect(github.comments(REPO, PR)[0]!.body).toMatch(/> \[!CAUTION\]\n> \*\*1 file could not be read\*\*\n>\n> - `guides\/broken\.md:\d+`: /);
  });

  it("warns but does not fail when the token may not comment", async () => {
    await github.close();
    github = await startGitHubEmulator({ readOnly: true });
    const ws = await repository();
    const head = await editPage(ws.dir, "schedules another attempt", "schedules a retry");
    const run = await runAction({ dir: ws.dir, event: "pull_request", base: ws.base, head });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::Could not post the pull-request comment: .*HTTP 403.*pull-requests: write/);
  });
});
