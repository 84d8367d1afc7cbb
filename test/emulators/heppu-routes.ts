import type { EmulatorHandler, EmulatorRequest } from "./emulator-server.js";
import { upsertBatch } from "./heppu-batch.js";
import { failure, success } from "./heppu-envelope.js";
import { checkAuth, collectionOf, jsonObjectBody, UPSERT_MESSAGES, type HeppuRouteDeps } from "./heppu-request.js";
import { parseListQuery, validateDeleteIds, validateSource } from "./heppu-validate.js";
import type { EmulatorResponse } from "./http-util.js";

export const HEPPU_API_PREFIX = "/api/v1";

type Route = (request: EmulatorRequest, deps: HeppuRouteDeps) => EmulatorResponse;

const ROUTES: Record<string, Route> = {
  "POST /kb/sources": upsertOne,
  "POST /kb/sources/batch": upsertBatch,
  "GET /kb/sources": listSources,
  "DELETE /kb/sources": deleteSources,
};

/** Auth first (like a middleware), then the route table; unknown routes get a 404 envelope. */
export function createHeppuHandler(deps: HeppuRouteDeps): EmulatorHandler {
  return (request) => {
    const authError = checkAuth(request.headers, deps);
    if (authError) return authError;
    const path = request.path.startsWith(HEPPU_API_PREFIX) ? request.path.slice(HEPPU_API_PREFIX.length) : "";
    const route = ROUTES[`${request.method} ${path.replace(/\/$/, "")}`];
    if (!route) return failure(deps.now(), 404, `Not found: ${request.method} ${request.path} is not a Heppu API route`);
    return route(request, deps);
  };
}

/** `POST /kb/sources`. Success status is UNK: 201 when created, 200 for update/unchanged (INF). */
function upsertOne(request: EmulatorRequest, deps: HeppuRouteDeps): EmulatorResponse {
  const body = jsonObjectBody(request, deps);
  if ("response" in body) return body.response;
  const collection = collectionOf(body.value.collectionId, deps);
  if ("response" in collection) return collection.response;
  const source = validateSource(body.value);
  if (!source.ok) return failure(deps.now(), 400, source.error);
  const result = deps.store.upsert(collection.value, source.value);
  const data = {
    documentId: result.id,
    externalId: source.value.externalId,
    status: result.status === "unchanged" ? "unchanged" : "processing",
    message: UPSERT_MESSAGES[result.status === "created" ? "queued" : result.status],
  };
  return success(deps.now(), data, result.status === "created" ? 201 : 200);
}

/** `GET /kb/sources`: no content and no hash in the listing (DOC, absent). */
function listSources(request: EmulatorRequest, deps: HeppuRouteDeps): EmulatorResponse {
  const collection = collectionOf(request.query.collectionId, deps);
  if ("response" in collection) return collection.response;
  const query = parseListQuery(request.query);
  if (!query.ok) return failure(deps.now(), 400, query.error);
  const { sources, total } = deps.store.list(collection.value, query.value);
  const listed = sources.map(({ id, externalId, title, status, chunkCount, fileSize, error, createdAt, updatedAt, metadata }) => ({
    id, externalId, title, status, chunkCount, fileSize, error, createdAt, updatedAt, metadata,
  }));
  const { limit, offset } = query.value;
  const pagination = { total, limit, offset, hasMore: offset + sources.length < total };
  return success(deps.now(), { sources: listed, pagination });
}

/** `DELETE /kb/sources` with a JSON body; success status UNK, 200 with a body (INF). */
function deleteSources(request: EmulatorRequest, deps: HeppuRouteDeps): EmulatorResponse {
  const body = jsonObjectBody(request, deps);
  if ("response" in body) return body.response;
  const collection = collectionOf(body.value.collectionId, deps);
  if ("response" in collection) return collection.response;
  const ids = validateDeleteIds(body.value.externalIds);
  if (!ids.ok) return failure(deps.now(), 400, ids.error);
  const { deleted, notFound } = deps.store.delete(collection.value, ids.value);
  const message = `Deleted ${deleted.length} source(s); ${notFound.length} not found`;
  return success(deps.now(), { deleted: deleted.length, deletedExternalIds: deleted, notFound, message });
}
