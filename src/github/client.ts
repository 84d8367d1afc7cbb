/** A failed GitHub REST call. The message never contains the token. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "GitHubApiError";
  }
}

export interface RestClientOptions {
  /** REST root, e.g. `https://api.github.com` or a test stand-in. */
  apiUrl: string;
  /** Sent as `Authorization: token …` (no header when empty); never logged or put in an error. */
  token: string;
  userAgent: string;
  /** Per-request timeout. Default 15000 ms. */
  timeoutMs?: number;
  /** Injectable for tests. Default the global fetch. */
  fetch?: typeof fetch;
}

export interface RestResponse {
  status: number;
  body: unknown;
  /** The `rel="next"` URL from the `Link` header, when there is a next page. */
  next?: string;
  /** Whether the response had a `Link` header at all. */
  hasLink: boolean;
}

export interface RestClient {
  /** `path` is relative to the API root (`/repos/o/r/...`) or an absolute URL on the same origin (a `Link` URL). */
  request(method: "GET" | "POST" | "PATCH", path: string, body?: unknown): Promise<RestResponse>;
}

/** The smallest GitHub REST client the Action needs: JSON in and out, bearer auth, no redirects. */
export function createRestClient(options: RestClientOptions): RestClient {
  const doFetch = options.fetch ?? fetch;
  const root = new URL(`${options.apiUrl.replace(/\/+$/, "")}/`);
  return {
    async request(method, path, body) {
      const url = resolveUrl(root, path);
      const where = `${method} ${url.pathname}`;
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          redirect: "manual",
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
          headers: {
            accept: "application/vnd.github+json",
            // The `token` scheme, as Octokit sends it; GitHub accepts it and `Bearer` alike.
            ...(options.token ? { authorization: `token ${options.token}` } : {}),
            "user-agent": options.userAgent,
            "x-github-api-version": "2022-11-28",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new GitHubApiError(`GitHub API request ${where} failed: ${detail}; expected a response from ${root.origin}`);
      }
      const parsed = await readJson(response);
      if (response.status < 200 || response.status > 299) {
        const message = messageOf(parsed);
        throw new GitHubApiError(
          `GitHub API request ${where} failed: HTTP ${response.status}${message ? ` (${message})` : ""}; expected 2xx`,
          response.status,
        );
      }
      const link = response.headers.get("link");
      return { status: response.status, body: parsed, next: nextLink(link, root), hasLink: link !== null };
    },
  };
}

/** Absolute URLs are accepted only on the API's own origin, so the token never leaves it. */
function resolveUrl(root: URL, path: string): URL {
  const url = /^https?:\/\//.test(path) ? new URL(path) : new URL(path.replace(/^\/+/, ""), root);
  if (url.origin !== root.origin) {
    throw new GitHubApiError(`GitHub API URL ${url.origin}${url.pathname} is not on ${root.origin}; refusing to send the token there`);
  }
  return url;
}

/**
 * The `rel="next"` target of a `Link` header (RFC 8288). A link to another origin (a proxy that
 * names itself differently) is re-based onto the API's origin: the token never leaves it.
 */
export function nextLink(header: string | null, root: URL): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const match = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (match && /\brel="?([^";]*\s)?next(\s[^";]*)?"?/.test(match[2]!)) {
      const url = new URL(match[1]!, root);
      return url.origin === root.origin ? url.href : new URL(`${url.pathname}${url.search}`, root.origin).href;
    }
  }
  return undefined;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
}

function messageOf(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  const message = body && typeof body === "object" ? (body as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message.slice(0, 300) : undefined;
}
