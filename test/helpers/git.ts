import { execFileSync } from "node:child_process";

/** Runs git in `cwd` with a fixed identity and no user or system config, so tests behave alike everywhere. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=kb-test", "-c", "user.email=kb@test.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: "1" },
  }).trim();
}

/** `git init` + an initial commit of everything in `dir`; returns the commit hash. */
export function initRepo(dir: string): string {
  git(dir, "init", "-q", "-b", "main");
  return commitAll(dir, "base");
}

export function commitAll(dir: string, message: string): string {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", message);
  return git(dir, "rev-parse", "HEAD");
}
