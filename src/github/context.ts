import { readFile } from "node:fs/promises";

/** The pull request a run belongs to, from the event payload. */
export interface PullRequestInfo {
  number: number;
  baseSha?: string;
  baseRef?: string;
  headSha?: string;
  /** True when the head lives in another repository: the run gets no secrets and a read-only token. */
  fromFork: boolean;
}

/** What the Action knows about the GitHub run, read once from the environment and the event file. */
export interface GitHubContext {
  eventName: string;
  /** `owner/name`. */
  repository?: string;
  /** REST API root. Default `https://api.github.com` (GHES sets `GITHUB_API_URL`). */
  apiUrl: string;
  /** Web root for links. Default `https://github.com`. */
  serverUrl: string;
  /** The workflow run's page, when the runner says which run this is. */
  runUrl?: string;
  workspace: string;
  pullRequest?: PullRequestInfo;
}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/** Reads `GITHUB_*` variables and the event payload. A missing or broken event file means "no pull request". */
export async function readGitHubContext(env: Record<string, string | undefined>, cwd: string): Promise<GitHubContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || "https://github.com");
  const repository = env.GITHUB_REPOSITORY || undefined;
  const payload = PULL_REQUEST_EVENTS.has(eventName) ? await readEvent(env.GITHUB_EVENT_PATH) : undefined;
  return {
    eventName,
    repository,
    apiUrl: trimSlash(env.GITHUB_API_URL || "https://api.github.com"),
    serverUrl,
    runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    workspace: env.GITHUB_WORKSPACE || cwd,
    pullRequest: payload === undefined ? undefined : pullRequestOf(payload),
  };
}

/** The pull request in an event payload; undefined when the payload has none. Pure. */
export function pullRequestOf(payload: unknown): PullRequestInfo | undefined {
  const pr = field(payload, "pull_request");
  const number = field(pr, "number") ?? field(payload, "number");
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) return undefined;
  const base = field(pr, "base");
  const head = field(pr, "head");
  const baseRepo = text(field(field(base, "repo"), "full_name"));
  const headRepo = text(field(field(head, "repo"), "full_name"));
  return {
    number,
    baseSha: text(field(base, "sha")),
    baseRef: text(field(base, "ref")),
    headSha: text(field(head, "sha")),
    // A deleted fork has no head repo; treat it like a fork (no secrets either way).
    fromFork: field(head, "repo") === null || (baseRepo !== undefined && headRepo !== undefined && baseRepo !== headRepo),
  };
}

async function readEvent(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch {
    return undefined;
  }
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
