/**
 * The request pipeline, in the order the emulated service applies it (INF where the docs are
 * silent): auth (401) → scope (403) → rate limit (429) → route (404/405) → body size (413) →
 * JSON content type (415) → Idempotency-Key (400/409, or a replay) → JSON parse (400) → handler.
 */
import type { EmulatorHandler, EmulatorRequest } from "./emulator-server.js";
import { authenticate, checkScope, type HumindKey } from "./humind-auth.js";
import { batch } from "./humind-batch.js";
import type { HumindDeps, RouteHandler } from "./humind-context.js";
import { list, patch, read, remove, replace, upsert } from "./humind-entry-routes.js";
import { guardWrite } from "./humind-write-guard.js";
import { deleteTranslation, putTranslation } from "./humind-translation-routes.js";
import type { EmulatorResponse } from "./http-util.js";
import { isWriteMethod } from "./ledger.js";

export const HUMIND_API_PREFIX = "/public/v1";

type Methods = Partial<Record<string, RouteHandler>>;

/** Route shapes by path pattern; `:id` and `:lang` are single, still-encoded segments. */
const ROUTES: { pattern: string[]; methods: Methods }[] = [
  { pattern: ["knowledge"], methods: { GET: list, POST: upsert } },
  { pattern: ["knowledge", "batch"], methods: { POST: batch } },
  { pattern: ["knowledge", ":id"], methods: { GET: read, PUT: replace, PATCH: patch, DELETE: remove } },
  { pattern: ["knowledge", ":id", "translations", ":lang"], methods: { PUT: putTranslation, DELETE: deleteTranslation } },
];

export function createHumindHandler(deps: HumindDeps): EmulatorHandler {
  return (request) => {
    const auth = authenticate(request.headers, deps.keys, deps.fail);
    if ("response" in auth) return auth.response;
    const refused = checkScope(auth.key, request.method, deps.fail) ?? rateLimit(auth.key, request.method, deps);
    if (refused) return refused;
    const matched = match(request);
    if (!matched) return deps.fail(404, "not_found", `Not found: ${request.method} ${request.path} is not a Humind API route`);
    const handler = matched.methods[request.method];
    if (!handler) return deps.fail(405, "method_not_allowed", `Method ${request.method} is not allowed on ${request.path}`);
    const run = () => handler({ request, deps, params: matched.params });
    return isWriteMethod(request.method) ? guardWrite(request, deps, run) : run();
  };
}

function match(request: EmulatorRequest): { methods: Methods; params: { id?: string; lang?: string } } | undefined {
  if (!request.path.startsWith(`${HUMIND_API_PREFIX}/`)) return undefined;
  const segments = request.path.slice(HUMIND_API_PREFIX.length + 1).replace(/\/$/, "").split("/");
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = route.pattern.every((part, i) => {
      const segment = segments[i] ?? "";
      if (part.startsWith(":")) params[part.slice(1)] = segment;
      return part.startsWith(":") ? segment !== "" : part === segment;
    });
    if (fits) return { methods: route.methods, params };
  }
  return undefined;
}

/** DOC HM-RL: independent read and write buckets per key; 429 `rate_limited` with Retry-After seconds. */
function rateLimit(key: HumindKey, method: string, deps: HumindDeps): EmulatorResponse | undefined {
  if (!deps.limits) return undefined;
  const buckets = isWriteMethod(method) ? deps.limits.writes : deps.limits.reads;
  const taken = buckets.take(key.key);
  if (taken.ok) return undefined;
  const response = deps.fail(429, "rate_limited", `Rate limit exceeded: retry after ${taken.retryAfterSeconds} s`);
  return {
    ...response,
    headers: { "retry-after": String(taken.retryAfterSeconds) },
    retryAfterUntil: deps.now() + taken.retryAfterSeconds * 1000,
  };
}
