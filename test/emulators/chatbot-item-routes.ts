/** Staging-set routes: list, read, single upsert, batch, snapshot, delete (see chatbot.ts for INF shapes). */
import type { RouteContext } from "./chatbot-context.js";
import { fail } from "./chatbot-envelope.js";
import { validateItem, validateItemList } from "./chatbot-items.js";
import type { ItemFields, StagedItem } from "./chatbot-model.js";
import type { UpsertOutcome } from "./chatbot-state.js";
import type { EmulatorResponse } from "./http-util.js";

const MAX_ITEMS = 1000;

/** `GET …/items?limit=1..1000 (default 100)&cursor=` → `{ items, nextCursor }`, ordered by id, no content. */
export function listItems({ request, source }: RouteContext): EmulatorResponse {
  const limit = request.query.limit === undefined ? 100 : Number(request.query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ITEMS) return fail(400, "validation_error", `limit: expected 1 to ${MAX_ITEMS}`);
  const after = request.query.cursor === undefined ? "" : cursorAfter(request.query.cursor);
  if (after === undefined) return fail(400, "validation_error", "cursor: not a cursor this API returned");
  const ids = [...source.staging.keys()].filter((id) => request.query.cursor === undefined || id > after).sort();
  const page = ids.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = ids.length > limit && last !== undefined ? Buffer.from(JSON.stringify({ after: last })).toString("base64url") : null;
  return { status: 200, body: { items: page.map((id) => summary(source.staging.get(id) as StagedItem)), nextCursor } };
}

export function readItem({ source, params }: RouteContext): EmulatorResponse {
  const item = source.staging.get(params.itemId ?? "");
  return item ? { status: 200, body: { item: structuredClone(item) } } : fail(404, "not_found", "Item not found");
}

/** DOC: 201 when created, 200 when updated. */
export function upsertOne({ request, deps, source }: RouteContext): EmulatorResponse {
  const checked = validateItem(request.body.json, "item");
  if (!checked.ok) return fail(400, "validation_error", checked.message);
  const rejection = deps.rejectionFor(checked.value.externalItemId);
  if (rejection !== undefined) return fail(400, "validation_error", `item: ${rejection}`);
  const outcome = deps.store.upsert(source, checked.value);
  return { status: outcome === "created" ? 201 : 200, body: { item: structuredClone(source.staging.get(checked.value.externalItemId)) } };
}

/** DOC: atomic (all validated before any is written) and rolling (unnamed items untouched). */
export function upsertBatch(context: RouteContext): EmulatorResponse {
  const items = checkedList(context);
  if (!Array.isArray(items)) return items;
  const counts = tally(items.map((item) => context.deps.store.upsert(context.source, item)));
  return { status: 200, body: { batch: { received: items.length, ...counts } } };
}

/** INF: replaces the whole staging set with exactly these items, foreign ones included. */
export function snapshot(context: RouteContext): EmulatorResponse {
  const items = checkedList(context);
  if (!Array.isArray(items)) return items;
  const { deps, source } = context;
  if ([...deps.audit.foreignIds].some((id) => source.staging.has(id))) deps.audit.snapshotsOverForeign += 1;
  const named = new Set(items.map((item) => item.externalItemId));
  const gone = [...source.staging.keys()].filter((id) => !named.has(id));
  for (const id of gone) deps.store.remove(source, id);
  const counts = tally(items.map((item) => deps.store.upsert(source, item)));
  return { status: 200, body: { snapshot: { received: items.length, ...counts, removed: gone.length } } };
}

export function deleteItem({ deps, source, params }: RouteContext): EmulatorResponse {
  const id = params.itemId ?? "";
  if (!deps.store.remove(source, id)) return fail(404, "not_found", "Item not found");
  return { status: 200, body: { item: { externalItemId: id, deleted: true } } };
}

function checkedList({ request, deps }: RouteContext): ItemFields[] | EmulatorResponse {
  const checked = validateItemList(request.body.json, MAX_ITEMS);
  if (!checked.ok) return fail(400, "validation_error", checked.message);
  const index = checked.value.findIndex((item) => deps.rejectionFor(item.externalItemId) !== undefined);
  const rejected = checked.value[index];
  if (rejected) return fail(400, "validation_error", `items[${index}]: ${deps.rejectionFor(rejected.externalItemId)}`);
  return checked.value;
}

function tally(outcomes: UpsertOutcome[]): Record<UpsertOutcome, number> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}

function summary(item: StagedItem): Omit<StagedItem, "content"> {
  const { content: _content, ...rest } = structuredClone(item);
  return rest;
}

function cursorAfter(cursor: string): string | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { after?: unknown };
    return typeof parsed.after === "string" ? parsed.after : undefined;
  } catch {
    return undefined;
  }
}
