/**
 * The request pipeline (order INF): auth (401) → route (404/405) → path id formats (400) → no
 * query parameters (400) → JSON content type on writes with a body (415) → JSON parse (400) →
 * handler. Every error is an RFC 9457 problem.
 */
import type { EmulatorHandler, EmulatorRequest } from "./emulator-server.js";
import type { EmulatorResponse } from "./http-util.js";
import { ID_PATTERNS } from "./totoy-ids.js";
import { fail } from "./totoy-problem.js";
import { SOURCE_ROUTES } from "./totoy-source-routes.js";
import { KNOWLEDGE_BASE_ROUTES } from "./totoy-kb-routes.js";
import type { RouteContext, TotoyDeps } from "./totoy-context.js";

export const TOTOY_API_PREFIX = "/v1";

type Methods = Partial<Record<string, (context: RouteContext) => EmulatorResponse>>;

const ROUTES: { pattern: string[]; methods: Methods }[] = [...SOURCE_ROUTES, ...KNOWLEDGE_BASE_ROUTES];

/** What a path parameter must look like (T-OAS `components.parameters`). */
const PARAM_PATTERNS: Record<string, RegExp> = { source_id: ID_PATTERNS.source, knowledge_base_id: ID_PATTERNS.knowledgeBase };

export function createTotoyHandler(deps: TotoyDeps): EmulatorHandler {
  return (request) => {
    const unauthorized = authenticate(request, deps);
    if (unauthorized) return unauthorized;
    const matched = match(request);
    if (!matched) return fail("not-found", 404, `${request.method} ${request.path} is not a Totoy API route`, request.path);
    const handler = matched.methods[request.method];
    if (!handler) return fail("method-not-allowed", 405, `${request.method} is not allowed on ${request.path}`, request.path);
    const refused = checkParams(matched.params, request) ?? checkQuery(request) ?? checkBodyType(request);
    return refused ?? handler({ request, deps, params: matched.params });
  };
}

/** `Authorization: Bearer <key>` (T-OAS ApiKeyAuth); messages never echo the key. */
function authenticate(request: EmulatorRequest, deps: TotoyDeps): EmulatorResponse | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization?.trim() ?? "")?.[1];
  if (token === undefined) return fail("unauthorized", 401, "send Authorization: Bearer <API key>", request.path);
  return deps.apiKeys.has(token) ? undefined : fail("unauthorized", 401, "the API key is not valid", request.path);
}

function match(request: EmulatorRequest): { methods: Methods; params: Record<string, string> } | undefined {
  if (!request.path.startsWith(`${TOTOY_API_PREFIX}/`)) return undefined;
  const segments = request.path.slice(TOTOY_API_PREFIX.length + 1).replace(/\/$/, "").split("/");
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = route.pattern.every((part, i) => {
      const segment = safeDecode(segments[i] ?? "");
      if (part.startsWith(":")) params[part.slice(1)] = segment;
      return part.startsWith(":") ? segment !== "" : part === segment;
    });
    if (fits) return { methods: route.methods, params };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function checkParams(params: Record<string, string>, request: EmulatorRequest): EmulatorResponse | undefined {
  for (const [name, value] of Object.entries(params)) {
    const pattern = PARAM_PATTERNS[name];
    if (pattern && !pattern.test(value)) return fail("validation-error", 400, `${name} ${JSON.stringify(value)} does not match ${pattern.source}`, request.path);
  }
  return undefined;
}

/** No Totoy operation takes query parameters (T-OAS): any is a 400 (INF). */
function checkQuery(request: EmulatorRequest): EmulatorResponse | undefined {
  const names = Object.keys(request.query);
  if (names.length === 0) return undefined;
  return fail("validation-error", 400, `unknown query parameter ${names.map((n) => JSON.stringify(n)).join(", ")}: ${request.method} ${request.path} takes none`, request.path);
}

/** Text Sources and links are JSON; documents (multipart/form-data) are not emulated. */
function checkBodyType(request: EmulatorRequest): EmulatorResponse | undefined {
  if (request.method !== "POST" && request.method !== "PATCH") return undefined;
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    const what = type === "multipart/form-data" ? "document Sources (multipart/form-data) are not emulated" : `expected application/json, got ${type || "no content type"}`;
    return fail("unsupported-media-type", 415, what, request.path);
  }
  if (request.body.invalidJson) return fail("validation-error", 400, "the body is not valid JSON", request.path);
  return undefined;
}
