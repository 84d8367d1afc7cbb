/**
 * A loopback stand-in for the part of the GitHub REST API that kb-publish uses: issue comments
 * (list with pagination and `Link` headers, create, update), with bearer-token auth, GitHub's
 * 65,536-character body limit, and a read-only mode like the token of a fork's pull request.
 */
import { startEmulatorServer, type EmulatorRequest } from "./emulator-server.js";
import { FaultController } from "./faults.js";
import type { EmulatorResponse } from "./http-util.js";
import type { LedgerEntry } from "./ledger.js";

export const GITHUB_DEFAULT_TOKEN = "ghs_test_token_0123456789";
/** GitHub's limit on an issue comment's body, in characters. */
export const GITHUB_BODY_LIMIT = 65_536;

export interface GitHubEmulatorOptions {
  /** Accepted token. Default {@link GITHUB_DEFAULT_TOKEN}. */
  token?: string;
  /** Largest page served, whatever `per_page` asks for. Default 30, so pagination is exercised. */
  maxPerPage?: number;
  /** Writes answer 403, like the read-only token of a pull request from a fork. Default false. */
  readOnly?: boolean;
  /** Pages without `Link` headers, like a minimal stand-in. Default false. */
  omitLinkHeaders?: boolean;
}

export interface EmulatedComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
  /** `owner/name#number`. */
  issue: string;
}

export interface GitHubEmulator {
  /** The API root to put in `GITHUB_API_URL`. */
  url: string;
  token: string;
  ledger: LedgerEntry[];
  /** Comments on one issue, oldest first. */
  comments(repository: string, issue: number): EmulatedComment[];
  /** Adds a comment without a request, e.g. a human's, to fill pages before kb-publish's. */
  seedComment(repository: string, issue: number, body: string, login?: string): EmulatedComment;
  close(): Promise<void>;
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const token = options.token ?? GITHUB_DEFAULT_TOKEN;
  const state = { origin: "", nextId: 1000, comments: [] as EmulatedComment[] };
  const add = (issue: string, body: string, login: string): EmulatedComment => {
    const id = state.nextId++;
    const now = new Date(1_700_000_000_000 + id * 1000).toISOString();
    const [repo, number] = issue.split("#");
    const comment = { id, body, user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" }, issue, created_at: now, updated_at: now, html_url: `https://github.invalid/${repo}/pull/${number}#issuecomment-${id}` };
    state.comments.push(comment);
    return comment;
  };
  const ledger: LedgerEntry[] = [];
  const handle = (request: EmulatorRequest): EmulatorResponse => {
    const auth = request.headers.authorization ?? "";
    if (auth !== `Bearer ${token}` && auth !== `token ${token}`) return error(401, "Bad credentials");
    return route(request, { ...options, state, add, readOnly: options.readOnly ?? false });
  };
  const server = await startEmulatorServer({ handle, faults: new FaultController(1), ledger, errorBody: (_s, message) => ({ message }) });
  state.origin = server.origin;
  return {
    url: server.origin,
    token,
    ledger,
    comments: (repository, issue) => state.comments.filter((c) => c.issue === `${repository}#${issue}`),
    seedComment: (repository, issue, body, login = "octocat") => add(`${repository}#${issue}`, body, login),
    close: () => server.close(),
  };
}

interface RouteContext extends GitHubEmulatorOptions {
  state: { origin: string; comments: EmulatedComment[] };
  add(issue: string, body: string, login: string): EmulatedComment;
  readOnly: boolean;
}

const LIST_OR_CREATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

function route(request: EmulatorRequest, ctx: RouteContext): EmulatorResponse {
  const list = LIST_OR_CREATE.exec(request.path);
  const update = UPDATE.exec(request.path);
  if (list && request.method === "GET") return listComments(request, ctx, `${list[1]}/${list[2]}#${list[3]}`);
  if (list && request.method === "POST") return writeComment(request, ctx, (body) => ({ status: 201, body: ctx.add(`${list[1]}/${list[2]}#${list[3]}`, body, "github-actions[bot]") }));
  if (update && request.method === "PATCH") {
    const comment = ctx.state.comments.find((c) => c.id === Number(update[3]) && c.issue.startsWith(`${update[1]}/${update[2]}#`));
    if (!comment) return error(404, "Not Found");
    return writeComment(request, ctx, (body) => {
      Object.assign(comment, { body, updated_at: new Date(Date.parse(comment.updated_at) + 1000).toISOString() });
      return { status: 200, body: comment };
    });
  }
  return error(404, "Not Found");
}

function listComments(request: EmulatorRequest, ctx: RouteContext, issue: string): EmulatorResponse {
  const perPage = Math.min(Number(request.query.per_page ?? 30) || 30, ctx.maxPerPage ?? 30, 100);
  const page = Math.max(1, Number(request.query.page ?? 1) || 1);
  const all = ctx.state.comments.filter((c) => c.issue === issue);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const link = (n: number, rel: string) => `<${ctx.state.origin}${request.path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
  const links = [page < last ? link(page + 1, "next") : "", link(last, "last"), page > 1 ? link(page - 1, "prev") : ""].filter(Boolean);
  const headers = ctx.omitLinkHeaders ? undefined : { link: links.join(", ") };
  return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
}

function writeComment(request: EmulatorRequest, ctx: RouteContext, apply: (body: string) => EmulatorResponse): EmulatorResponse {
  if (ctx.readOnly) return error(403, "Resource not accessible by integration");
  const body = (request.body.json as { body?: unknown } | undefined)?.body;
  if (typeof body !== "string" || body.length === 0) return error(422, "Validation Failed: body is missing");
  if (body.length > GITHUB_BODY_LIMIT) return error(422, `Validation Failed: body is too long (maximum is ${GITHUB_BODY_LIMIT} characters)`);
  return apply(body);
}

function error(status: number, message: string): EmulatorResponse {
  return { status, body: { message, documentation_url: "https://docs.github.com/rest" } };
}
