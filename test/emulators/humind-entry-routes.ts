/** `/knowledge` and `/knowledge/{id}` (DOC HM-KN). */
import { entryOf, objectBody, rejectionResponse, type RouteContext, type RouteHandler } from "./humind-context.js";
import { parseForce, parseListQuery } from "./humind-params.js";
import { toApiEntry, toSummary, type EntryFields, type EntryType, type StoredEntry } from "./humind-model.js";
import { clientFields, defaultStatus } from "./humind-state.js";
import { typeChange, upsertEntry } from "./humind-upsert.js";
import { invalidPayload, validateEntry } from "./humind-validate.js";
import type { EmulatorResponse } from "./http-util.js";

/** `POST /knowledge`: 201 created, 200 updated, 202 when a webpage fetch was queued on create. */
export const upsert: RouteHandler = (context) => {
  const outcome = upsertEntry(context.deps.store, context.request.body.json, context.deps.rejectionFor);
  if (!outcome.ok) return rejectionResponse(context.deps.fail, outcome.rejection);
  const queued = outcome.entry.type === "webpage" && outcome.entry.status === "queued";
  const status = outcome.status === "updated" ? 200 : queued ? 202 : 201;
  return { status, body: toApiEntry(outcome.entry) };
};

/** `GET /knowledge`: summaries (no content), archived entries included (INF), ordered by humind_id. */
export const list: RouteHandler = (context) => {
  const query = parseListQuery(context.request.query);
  if (!query.ok) return context.deps.fail(400, "validation_failed", query.message, { field: query.field });
  const { limit, type, after } = query.value;
  const matching = context.deps.store
    .ordered()
    .filter((entry) => (type === undefined || entry.type === type) && (after === undefined || entry.humind_id > after));
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  const next_cursor = matching.length > limit && last ? encodeCursor(last.humind_id) : null;
  return { status: 200, body: { data: page.map(toSummary), next_cursor } };
};

export function encodeCursor(humindId: string): string {
  return Buffer.from(JSON.stringify({ id: humindId })).toString("base64url");
}

export const read: RouteHandler = (context) => {
  const found = entryOf(context);
  return "response" in found ? found.response : { status: 200, body: toApiEntry(found.entry) };
};

/** `PUT /knowledge/{id}`: full replace (DOC): omitted fields reset, including status → its default. */
export const replace: RouteHandler = (context) => {
  const found = entryOf(context);
  if ("response" in found) return found.response;
  const body = objectBody(context);
  if ("response" in body) return body.response;
  return writeChecked(context, found.entry, { type: found.entry.type, ...body.body }, (fields) => ({
    ...fields,
    status: fields.status ?? defaultStatus(fields),
  }));
};

/** `PATCH /knowledge/{id}`: only present fields change; `null` unsets; `status: "published"` restores. */
export const patch: RouteHandler = (context) => {
  const found = entryOf(context);
  if ("response" in found) return found.response;
  const body = objectBody(context);
  if ("response" in body) return body.response;
  const refetch = found.entry.type === "webpage" && body.body.url !== undefined && body.body.content_html === undefined;
  return writeChecked(context, found.entry, { ...clientFields(found.entry), ...body.body }, (fields) => ({
    ...fields,
    status: refetch ? "queued" : (fields.status ?? found.entry.status),
  }));
};

/** Validates a whole candidate entry, keeps type and external_id fixed, then stores it. */
function writeChecked(
  context: RouteContext,
  entry: StoredEntry,
  candidate: Record<string, unknown>,
  finish: (fields: Omit<EntryFields, "status"> & { status: EntryFields["status"] | undefined }) => EntryFields,
): EmulatorResponse {
  // Checked first: a new type would otherwise surface as confusing per-type field errors.
  const immutable = typeChange(entry, { type: candidate.type as EntryType });
  if (immutable) return rejectionResponse(context.deps.fail, immutable);
  const checked = validateEntry(candidate);
  if (!checked.ok) return rejectionResponse(context.deps.fail, checked.rejection);
  const { external_id, ...fields } = checked.value;
  if (external_id !== undefined && external_id !== entry.external_id) {
    const issue = { path: ["external_id"], message: "external_id does not match the entry in the path", code: "immutable_field" };
    return rejectionResponse(context.deps.fail, invalidPayload([issue]));
  }
  context.deps.store.write(entry, finish(fields));
  return { status: 200, body: toApiEntry(entry) };
}

/** `DELETE /knowledge/{id}?force=`: soft delete (archived) unless `force` is truthy; 204. */
export const remove: RouteHandler = (context) => {
  const force = parseForce(context.request.query.force);
  if (force === undefined) {
    const details = { field: "force", reason: "expected one of true, 1, yes, on, false, 0, no, off" };
    return context.deps.fail(400, "validation_failed", "Invalid value for query parameter force", details);
  }
  const found = entryOf(context);
  if ("response" in found) return found.response;
  if (force) context.deps.store.remove(found.entry);
  else context.deps.store.archive(found.entry);
  return { status: 204 };
};
