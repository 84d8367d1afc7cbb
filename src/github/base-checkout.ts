import { execFile } from "node:child_process";
import { mkdir, realpath, rm } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../log.js";

export interface BaseCheckoutInput {
  /** The pull request's base commit. */
  sha: string;
  /** The docs folder in the working tree, absolute. */
  docsRoot: string;
  /** An empty directory to extract into. */
  into: string;
  log: Logger;
}

/** The base version of the docs folder, or why it could not be had. */
export type BaseCheckout = { ok: true; root: string } | { ok: false; reason: string };

/**
 * Extracts the docs folder as it is at `sha` into `into`, without touching the working tree,
 * the index or HEAD (`git archive`). A shallow checkout lacks the base commit, so it is fetched
 * (depth 1) only when missing. A docs folder that does not exist at the base is an empty one.
 */
export async function checkoutBaseDocs(input: BaseCheckoutInput): Promise<BaseCheckout> {
  const short = input.sha.slice(0, 7);
  if (!/^[0-9a-f]{7,64}$/i.test(input.sha)) return { ok: false, reason: `base commit ${JSON.stringify(input.sha)} is not a commit hash` };
  const git = (args: string[], cwd = input.docsRoot) => run("git", args, cwd);
  const top = await git(["rev-parse", "--show-toplevel"]);
  if (!top.ok) return { ok: false, reason: `${input.docsRoot} is not inside a git checkout (${top.error})` };
  const repoRoot = top.stdout.trim();
  const relative = path.relative(await realpath(repoRoot), await realpath(input.docsRoot)).split(path.sep).join("/");
  if (relative.startsWith("..")) return { ok: false, reason: `${input.docsRoot} is outside the repository ${repoRoot}` };

  if (!(await git(["cat-file", "-e", `${input.sha}^{commit}`], repoRoot)).ok) {
    input.log.info(`Fetching the base commit ${short} (not in this checkout)`);
    const fetched = await git(["fetch", "--no-tags", "--depth=1", "origin", input.sha], repoRoot);
    if (!fetched.ok) return { ok: false, reason: `base commit ${short} is not in this checkout and could not be fetched (${fetched.error})` };
  }
  const root = path.join(input.into, relative);
  await mkdir(root, { recursive: true });
  const pathspec = relative === "" ? [] : ["--", relative];
  const listed = await git(["ls-tree", "--name-only", input.sha, ...pathspec], repoRoot);
  if (!listed.ok) return { ok: false, reason: `could not list ${relative || "."} at ${short} (${listed.error})` };
  if (listed.stdout.trim() === "") return { ok: true, root }; // the docs folder is new in this pull request
  const tarFile = path.join(input.into, "..", `${path.basename(input.into)}.tar`);
  const archived = await git(["archive", "--format=tar", `--output=${tarFile}`, input.sha, ...pathspec], repoRoot);
  if (!archived.ok) return { ok: false, reason: `git archive of ${relative || "."} at ${short} failed (${archived.error})` };
  const extracted = await run("tar", ["-xf", tarFile, "-C", input.into], input.into);
  await rm(tarFile, { force: true });
  if (!extracted.ok) return { ok: false, reason: `could not extract the base docs (${extracted.error})` };
  return { ok: true, root };
}

type RunResult = { ok: true; stdout: string } | { ok: false; error: string };

function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  // No prompts: a missing credential must fail fast, not hang the job.
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, stdout });
      const detail = String(stderr).trim().split("\n").at(-1) || error.message;
      resolve({ ok: false, error: `${command} ${args[0]}: ${detail}` });
    });
  });
}
