import { GitHubApiError, type RestClient } from "./client.js";

export interface StickyCommentInput {
  /** `owner/name`. */
  repository: string;
  issueNumber: number;
  /** Hidden marker; the comment holding it is the one to update. */
  marker: string;
  /** Full body; must contain the marker so the next run finds it again. */
  body: string;
  /** Create the comment when none holds the marker. False: only update an existing one. */
  create: boolean;
}

export type StickyCommentOutcome =
  | { action: "created" | "updated"; id?: number | string; url?: string }
  | { action: "skipped" };

const PER_PAGE = 100;
/** Pages read at most while looking for the marker (10,000 comments). */
const MAX_PAGES = 100;

/**
 * One comment per marker: updates the existing comment in place, or creates it (when allowed).
 * Never creates a second one: the whole list is read, following `Link: rel="next"`, first.
 */
export async function upsertStickyComment(client: RestClient, input: StickyCommentInput): Promise<StickyCommentOutcome> {
  if (!input.body.includes(input.marker)) throw new Error(`sticky comment body does not contain its marker ${input.marker}`);
  const repo = repoPath(input.repository);
  const existing = await findMarkedComment(client, `${repo}/issues/${input.issueNumber}/comments`, input.marker);
  if (existing !== undefined) {
    const response = await client.request("PATCH", `${repo}/issues/comments/${existing}`, { body: input.body });
    return { action: "updated", id: existing, url: htmlUrl(response.body) };
  }
  if (!input.create) return { action: "skipped" };
  const response = await client.request("POST", `${repo}/issues/${input.issueNumber}/comments`, { body: input.body });
  return { action: "created", id: idOf(response.body), url: htmlUrl(response.body) };
}

/**
 * The id of the oldest comment holding the marker, reading every page: `Link: rel="next"`, or —
 * from a server that sends no `Link` header at all — the next page number while pages are full.
 */
async function findMarkedComment(client: RestClient, listPath: string, marker: string): Promise<number | string | undefined> {
  const pageUrl = (page: number) => `${listPath}?per_page=${PER_PAGE}&page=${page}`;
  let next: string | undefined = pageUrl(1);
  for (let page = 1; next !== undefined && page <= MAX_PAGES; page++) {
    const response = await client.request("GET", next);
    if (!Array.isArray(response.body)) {
      throw new GitHubApiError(`GitHub API listing ${listPath} returned ${typeof response.body}; expected an array of comments`);
    }
    for (const comment of response.body) {
      const body = (comment as { body?: unknown }).body;
      const id = idOf(comment);
      if (typeof body === "string" && body.includes(marker) && id !== undefined) return id;
    }
    next = response.next ?? (!response.hasLink && response.body.length >= PER_PAGE ? pageUrl(page + 1) : undefined);
  }
  return undefined;
}

/** `/repos/<owner>/<name>`, each part encoded. */
function repoPath(repository: string): string {
  const parts = repository.split("/");
  if (parts.length !== 2 || parts.some((part) => part.length === 0)) {
    throw new Error(`GITHUB_REPOSITORY is ${JSON.stringify(repository)}; expected "owner/name"`);
  }
  return `/repos/${parts.map(encodeURIComponent).join("/")}`;
}

function idOf(value: unknown): number | string | undefined {
  const id = value && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
  return typeof id === "number" || (typeof id === "string" && /^\w+$/.test(id)) ? id : undefined;
}

function htmlUrl(value: unknown): string | undefined {
  const url = value && typeof value === "object" ? (value as { html_url?: unknown }).html_url : undefined;
  return typeof url === "string" ? url : undefined;
}
