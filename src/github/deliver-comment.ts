import path from "node:path";
import type { Settings } from "../config/settings.js";
import type { Logger } from "../log.js";
import type { Plan } from "../plan/types.js";
import { code, escapeText } from "../report/markdown-format.js";
import { commentMarker, renderPrComment, type Comparison } from "../report/comment.js";
import { toRepoPath } from "./annotations.js";
import { createRestClient, GitHubApiError } from "./client.js";
import { upsertStickyComment, type StickyCommentOutcome } from "./comments.js";
import type { GitHubContext } from "./context.js";

/** `auto`: on pull requests, created when there is something to show; `always`: created even with no changes; `never`. */
export type CommentMode = "auto" | "always" | "never";

export interface DeliverCommentInput {
  mode: CommentMode;
  github: GitHubContext;
  /** `github-token` (or `GITHUB_TOKEN`); never logged. Empty: requests go without authentication. */
  token: string;
  settings: Settings;
  plan: Plan;
  comparison: Comparison;
  userAgent: string;
  log: Logger;
  /** The Action's redaction point; the body passes through it before it is posted. Default: none. */
  redact?: (text: string) => string;
  fetch?: typeof fetch;
}

/**
 * Posts or updates the sticky pull-request comment. Failing to comment never fails the run
 * (the plan is in the job summary either way): it is logged as a warning with the likely cause.
 */
export async function deliverPrComment(input: DeliverCommentInput): Promise<StickyCommentOutcome | undefined> {
  const { github, settings, log } = input;
  const pr = github.pullRequest;
  if (input.mode === "never") return undefined;
  if (!pr) {
    if (input.mode === "always") log.info("comment: always, but this run is not for a pull request; no comment posted.");
    return undefined;
  }
  if (!github.repository) {
    log.warn("No pull-request comment: GITHUB_REPOSITORY is not set; expected owner/name.");
    return undefined;
  }
  if (!input.token) log.info("github-token is empty: commenting without authentication.");
  const marker = commentMarker(settings.target, scopeOf(settings, github.workspace));
  const redact = input.redact ?? ((text: string) => text);
  const body = redact(renderPrComment(input.plan, {
    marker,
    destination: destinationOf(settings, github.workspace),
    command: settings.command,
    comparison: input.comparison,
    fileUrl: fileUrlFor(github, settings),
    runUrl: github.runUrl,
    headSha: pr.headSha,
  }));
  const client = createRestClient({ apiUrl: github.apiUrl, token: input.token, userAgent: input.userAgent, fetch: input.fetch });
  try {
    const outcome = await upsertStickyComment(client, {
      repository: github.repository,
      issueNumber: pr.number,
      marker,
      body,
      create: input.mode === "always" || worthShowing(input.plan),
    });
    log.info(outcome.action === "skipped" ? "No changes: no pull-request comment needed." : `Pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ""}`);
    return outcome;
  } catch (error) {
    log.warn(`Could not post the pull-request comment: ${messageOf(error)}. The plan is in the job summary.`);
    return undefined;
  }
}

/** Changes, or anything the author should see (errors, rejected documents, tripped guards). */
function worthShowing(plan: Plan): boolean {
  const { create, update } = plan.summary;
  const problems = plan.errors.length + plan.rejected.length + plan.diagnostics.filter((d) => d.severity === "error").length;
  return create + update + plan.summary.delete + problems > 0 || plan.guards.some((g) => g.tripped);
}

/** The collection (remote targets) or the store directory (local): one comment per target and scope. */
export function scopeOf(settings: Settings, workspace: string): string {
  if (settings.target === "local") return posixRelative(workspace, settings.store) || ".";
  return settings.collectionId ?? settings.sourceId ?? settings.knowledgeBaseId ?? "default";
}

export function destinationOf(settings: Settings, workspace: string): string {
  if (settings.target === "local") return `the local store ${code(posixRelative(workspace, settings.store) || ".")}`;
  if (settings.collectionId) return `${escapeText(settings.target)} collection ${code(settings.collectionId)}`;
  if (settings.sourceId) return `${escapeText(settings.target)} source ${code(settings.sourceId)}`;
  if (settings.knowledgeBaseId) return `${escapeText(settings.target)} knowledge base ${code(settings.knowledgeBaseId)}`;
  return escapeText(settings.target);
}

/** Links a source file at the pull request's head commit; undefined outside a pull request. */
export function fileUrlFor(github: GitHubContext, settings: Settings): ((sourcePath: string) => string) | undefined {
  const head = github.pullRequest?.headSha;
  if (!head || !github.repository) return undefined;
  const docsDir = posixRelative(github.workspace, settings.root);
  return (sourcePath) => {
    const file = toRepoPath(docsDir, sourcePath).split("/").map(encodeSegment).join("/");
    return `${github.serverUrl}/${github.repository}/blob/${head}/${file}`;
  };
}

/** Percent-encodes a path segment, parentheses included, so it is safe inside a Markdown link. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()'*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join("/");
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
    return `${message} — the token needs \`pull-requests: write\`; pull requests from forks only get a read-only token`;
  }
  return message;
}
