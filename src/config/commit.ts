import { execFile } from "node:child_process";
import type { CommitStamp } from "../targets/target.js";

/** Longest a `git log` may take before the run goes on without a commit (and without the rollback guard). */
const GIT_TIMEOUT_MS = 10_000;

/**
 * The commit the docs are read at: sha and committer time of `HEAD` in the repository that
 * holds `root` (in Actions, the commit actions/checkout checked out: `GITHUB_SHA` unless the
 * workflow checks out another ref). Undefined when `root` is not in a git repository or git is
 * missing: the run then stamps no commit and the rollback guard does not apply.
 */
export function readCommitStamp(root: string): Promise<CommitStamp | undefined> {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    execFile("git", ["log", "-1", "--format=%H %ct", "HEAD"], { cwd: root, env, timeout: GIT_TIMEOUT_MS }, (error, stdout) => {
      resolve(error ? undefined : parseStamp(stdout));
    });
  });
}

/** `<sha> <seconds>` as `git log --format='%H %ct'` prints it. */
export function parseStamp(text: string): CommitStamp | undefined {
  const match = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+)$/.exec(text.trim());
  return match ? { sha: match[1]!, time: Number(match[2]) } : undefined;
}
