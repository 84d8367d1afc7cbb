/**
 * Request validation for the Heppu emulator. Limits are DOC (H-SRC, H-BATCH); the exact
 * wording of messages beyond the documented ones is INF.
 */

/** Documented limits. `contentBytes`: "max 500KB", checked conservatively as 500,000 UTF-8 bytes (INF). */
export const HEPPU_LIMITS = {
  batchSources: 50,
  deleteIds: 100,
  externalIdChars: 255,
  titleChars: 500,
  contentBytes: 500_000,
  listMax: 100,
  listDefault: 50,
} as const;

export const SOURCE_STATUSES = ["pending", "processing", "completed", "failed"] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** One source as a client submits it. */
export interface SourceInput {
  externalId: string;
  title: string;
  content: string;
  /** Replaces the stored metadata on update (INF); `{}` when absent. */
  metadata: Record<string, unknown>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const invalid = (what: string): { ok: false; error: string } => ({ ok: false, error: `Validation error: ${what}` });

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Empty strings count as missing (INF: a `min(1)` schema). */
function requiredString(item: Record<string, unknown>, field: string): Checked<string> {
  const value = item[field];
  if (value === undefined || value === null || value === "") return invalid(`${field} is required`);
  if (typeof value !== "string") return invalid(`${field} must be a string`);
  return { ok: true, value };
}

export function validateSource(item: unknown): Checked<SourceInput> {
  if (!isPlainObject(item)) return invalid("source must be an object");
  const externalId = requiredString(item, "externalId");
  if (!externalId.ok) return externalId;
  if (externalId.value.length > HEPPU_LIMITS.externalIdChars) return invalid("externalId too long (max 255 characters)");
  const title = requiredString(item, "title");
  if (!title.ok) return title;
  if (title.value.length > HEPPU_LIMITS.titleChars) return invalid("title too long (max 500 characters)");
  const content = requiredString(item, "content");
  if (!content.ok) return content;
  if (Buffer.byteLength(content.value, "utf8") > HEPPU_LIMITS.contentBytes) return invalid("content too long (max 500KB)");
  if (item.metadata !== undefined && !isPlainObject(item.metadata)) return invalid("metadata must be an object");
  const metadata = (item.metadata ?? {}) as Record<string, unknown>;
  return { ok: true, value: { externalId: externalId.value, title: title.value, content: content.value, metadata } };
}

/** Batch-level checks (the per-item ones happen later, item by item). */
export function validateBatch(sources: unknown): Checked<unknown[]> {
  if (sources === undefined || sources === null) return invalid("sources is required");
  if (!Array.isArray(sources)) return invalid("sources must be an array");
  // UNK whether an empty batch is accepted; rejecting it keeps clients from sending no-op requests.
  if (sources.length === 0) return invalid("sources must contain at least 1 source");
  if (sources.length > HEPPU_LIMITS.batchSources) return invalid("Maximum 50 sources per batch");
  return { ok: true, value: sources };
}

export function validateDeleteIds(externalIds: unknown): Checked<string[]> {
  if (externalIds === undefined || externalIds === null) return invalid("externalIds is required");
  if (!Array.isArray(externalIds) || !externalIds.every((id) => typeof id === "string")) {
    return invalid("externalIds must be an array of strings");
  }
  if (externalIds.length === 0) return invalid("externalIds must contain at least 1 id");
  if (externalIds.length > HEPPU_LIMITS.deleteIds) return invalid("Maximum 100 externalIds per request");
  return { ok: true, value: externalIds as string[] };
}

/** Parsed `GET /kb/sources` query. */
export interface ListQuery {
  externalId?: string;
  status?: SourceStatus;
  limit: number;
  offset: number;
}

function integerParam(raw: string | undefined, fallback: number): number | undefined {
  if (raw === undefined) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

export function parseListQuery(query: Record<string, string>): Checked<ListQuery> {
  const limit = integerParam(query.limit, HEPPU_LIMITS.listDefault);
  if (limit === undefined || limit < 1) return invalid("limit must be a positive integer");
  if (limit > HEPPU_LIMITS.listMax) return invalid("limit must be at most 100");
  const offset = integerParam(query.offset, 0);
  if (offset === undefined) return invalid("offset must be a non-negative integer");
  const status = query.status;
  if (status !== undefined && !(SOURCE_STATUSES as readonly string[]).includes(status)) {
    return invalid(`status must be one of ${SOURCE_STATUSES.join(", ")}`);
  }
  const value: ListQuery = { limit, offset };
  if (query.externalId !== undefined) value.externalId = query.externalId;
  if (status !== undefined) value.status = status as SourceStatus;
  return { ok: true, value };
}
