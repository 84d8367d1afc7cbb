/**
 * The request pipeline, in the order the emulated service applies it (INF where the docs are
 * silent): auth (401) → rate limit (429) → route (404/405) → scope (403) → source (404, 409
 * `source_inactive` for writes) → body size (413) → JSON content type (415) → Idempotency-Key
 * (409, or a replay) → JSON parse (400) → handler.
 */
import type { EmulatorHandler, EmulatorRequest } from "./emulator-server.js";
import { authenticate, checkScope, type Scope } from "./chatbot-auth.js";
import type { ChatbotDeps, RouteHandler } from "./chatbot-context.js";
import { fail } from "./chatbot-envelope.js";
import { BATCH_MAX_BYTES, guardWrite, SINGLE_MAX_BYTES } from "./chatbot-guard.js";
import { deleteItem, listItems, readItem, snapshot, upsertBatch, upsertOne } from "./chatbot-item-routes.js";
import { applyRun, readGeneration, readJob, readRun, readSource, runDiff, sourceView, startRun } from "./chatbot-run-routes.js";
import type { EmulatorResponse } from "./http-util.js";
import { isWriteMethod } from "./ledger.js";

export const CHATBOT_API_PREFIX = "/api";

interface Route {
  method: string;
  /** Segments after `/v1/sources/{id}`; `:item` and `:run` are parameters. */
  pattern: string[];
  scope: Scope;
  handle: RouteHandler;
  maxBytes?: number;
}

const ROUTES: Route[] = [
  { method: "GET", pattern: [], scope: "sources:read", handle: readSource },
  { method: "GET", pattern: ["items"], scope: "items:read", handle: listItems },
  { method: "POST", pattern: ["items"], scope: "items:write", handle: upsertOne, maxBytes: SINGLE_MAX_BYTES },
  { method: "POST", pattern: ["items", "batch"], scope: "items:write", handle: upsertBatch, maxBytes: BATCH_MAX_BYTES },
  { method: "POST", pattern: ["items", "snapshot"], scope: "items:write", handle: snapshot, maxBytes: BATCH_MAX_BYTES },
  { method: "GET", pattern: ["items", ":item"], scope: "items:read", handle: readItem },
  { method: "DELETE", pattern: ["items", ":item"], scope: "items:write", handle: deleteItem },
  { method: "POST", pattern: ["runs"], scope: "runs:execute", handle: startRun },
  { method: "GET", pattern: ["runs", ":run"], scope: "runs:read", handle: readRun },
  { method: "GET", pattern: ["runs", ":run", "diff"], scope: "runs:read", handle: runDiff },
  { method: "POST", pattern: ["runs", ":run", "apply"], scope: "runs:apply", handle: applyRun },
  { method: "GET", pattern: ["runs", ":run", "apply"], scope: "runs:read", handle: readJob },
  { method: "GET", pattern: ["generation"], scope: "runs:read", handle: readGeneration },
];

export function createChatbotHandler(deps: ChatbotDeps): EmulatorHandler {
  return async (request) => {
    deps.store.advance();
    const auth = authenticate(request.headers, deps.keys);
    if ("response" in auth) return auth.response;
    const limited = deps.limiter?.take(auth.key.key);
    if (limited) return limited;
    const segments = segmentsOf(request.path);
    if (segments === undefined) return notFound(request);
    if (segments.length === 0) return sourcesRoute(request, deps, auth.key);
    const [sourceId, ...rest] = segments;
    const matched = match(request.method, rest);
    if (matched === "no-route") return notFound(request);
    if (matched === "no-method") return fail(405, "method_not_allowed", `Method ${request.method} is not allowed on ${request.path}`);
    const refused = checkScope(auth.key, matched.route.scope);
    if (refused) return refused;
    const source = deps.store.sources.get(sourceId ?? "");
    if (!source || source.type !== "developer_api") return fail(404, "not_found", "Source not found (or not a developer_api source)");
    const run = () => matched.route.handle({ request, deps, source, params: matched.params });
    if (!isWriteMethod(request.method)) return run();
    if (source.status === "archived") return fail(409, "source_inactive", "The source is archived");
    return guardWrite(request, deps, matched.route.maxBytes ?? SINGLE_MAX_BYTES, run);
  };
}

/** `GET /v1/sources` (sources:read) and `POST /v1/sources {name, graceDays}` (sources:write). */
function sourcesRoute(request: EmulatorRequest, deps: ChatbotDeps, key: Parameters<typeof checkScope>[0]): EmulatorResponse | Promise<EmulatorResponse> {
  if (request.method === "GET") {
    const sources = [...deps.store.sources.values()].map((s) => sourceView(s, deps.reportLastRun));
    return checkScope(key, "sources:read") ?? { status: 200, body: { sources } };
  }
  if (request.method !== "POST") return fail(405, "method_not_allowed", `Method ${request.method} is not allowed on ${request.path}`);
  const refused = checkScope(key, "sources:write");
  if (refused) return refused;
  return guardWrite(request, deps, SINGLE_MAX_BYTES, () => {
    const body = request.body.json as { name?: unknown; graceDays?: unknown } | undefined;
    if (typeof body?.name !== "string" || body.name.trim() === "") return fail(400, "validation_error", "name: required string");
    const graceDays = body.graceDays ?? 7;
    if (!Number.isInteger(graceDays) || (graceDays as number) < 0) return fail(400, "validation_error", "graceDays: expected a whole number >= 0");
    const source = deps.store.addSource({ name: body.name, graceDays: graceDays as number });
    return { status: 201, body: { source: sourceView(source, deps.reportLastRun) } };
  });
}

/** `/api/v1/sources[/{id}[/…]]` → the decoded segments after `sources`, or undefined for any other path. */
function segmentsOf(path: string): string[] | undefined {
  const prefix = `${CHATBOT_API_PREFIX}/v1/sources`;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return undefined;
  const raw = path.slice(prefix.length).replace(/^\/|\/$/g, "");
  if (raw === "") return [];
  try {
    return raw.split("/").map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

type Matched = { route: Route; params: { itemId?: string; runId?: string } } | "no-route" | "no-method";

function match(method: string, segments: string[]): Matched {
  let pathMatched = false;
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    const params: { itemId?: string; runId?: string } = {};
    const fits = route.pattern.every((part, i) => {
      const segment = segments[i] ?? "";
      if (part === ":item") params.itemId = segment;
      if (part === ":run") params.runId = segment;
      return part.startsWith(":") ? segment !== "" : part === segment;
    });
    if (!fits) continue;
    pathMatched = true;
    if (route.method === method) return { route, params };
  }
  return pathMatched ? "no-method" : "no-route";
}

function notFound(request: EmulatorRequest): EmulatorResponse {
  return fail(404, "not_found", `Not found: ${request.method} ${request.path} is not a Chatbot Developer API route`);
}
