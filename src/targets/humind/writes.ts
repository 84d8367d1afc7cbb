import { ApiError } from "../../http/index.js";
import type { DeletionMode, ItemResult, RemoteRecord, Upsert } from "../target.js";
import { entryPath, type HumindApi } from "./client.js";

/** One `results[]` row of a 207 from `POST /knowledge/batch`. */
interface BatchResult {
  external_id?: string;
  status?: string;
  error?: { code?: string; message?: string; details?: unknown };
}

/** What the state remembers of one item sent. */
export type SentItem = Pick<Upsert, "fingerprint" | "provenance">;

/** What the writes need from the run: the entry types seen in the snapshot, and where to note what was sent. */
export interface WriteSession {
  /** Entry type by external id, from the listing. */
  types: Map<string, string>;
  /** Every item sent this run (its fingerprint and provenance), for the state written at the end. */
  sent: Map<string, SentItem>;
}

/**
 * Upserts one batch with `POST /knowledge/batch` (one request, one Idempotency-Key). An entry
 * whose type changed (article ↔ snippet) cannot be patched (HM-KN): it is hard-deleted first,
 * then created again by the batch. Per-item failures are data.
 */
export async function upsertEntries(api: HumindApi, session: WriteSession, items: Upsert[]): Promise<ItemResult[]> {
  const failed: ItemResult[] = [];
  const send: Upsert[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const id = item.doc.externalId;
    if (ids.has(id)) failed.push({ externalId: id, status: "failed", error: `id ${JSON.stringify(id)} appears twice in one batch` });
    else send.push(item);
    ids.add(id);
  }
  const { ready, replaced } = await replaceChangedTypes(api, session, send, failed);
  if (ready.length === 0) return failed;
  for (const item of ready) session.sent.set(item.doc.externalId, { fingerprint: item.fingerprint, provenance: item.provenance });
  const response = await api.write<{ results?: BatchResult[] }>({
    method: "POST",
    path: "/knowledge/batch",
    body: { items: ready.map((item) => item.payload) },
  });
  // A re-created entry is, for the user, the same page updated.
  const results = batchResults(response.body?.results).map((r) =>
    r.status === "created" && replaced.has(r.externalId) ? { ...r, status: "updated" as const } : r,
  );
  return [...failed, ...results];
}

async function replaceChangedTypes(api: HumindApi, session: WriteSession, items: Upsert[], failed: ItemResult[]) {
  const ready: Upsert[] = [];
  const replaced = new Set<string>();
  for (const item of items) {
    const id = item.doc.externalId;
    const before = session.types.get(id);
    if (before === undefined || before === item.payload.type) {
      ready.push(item);
      continue;
    }
    try {
      await api.write({ method: "DELETE", path: entryPath(id), query: { force: "true" } }, [404]);
      session.types.delete(id);
      replaced.add(id);
      ready.push(item);
    } catch (error) {
      const why = describe(error);
      const change = `${before} → ${String(item.payload.type)}`;
      failed.push({ externalId: id, status: "failed", error: `type change ${change} needs a delete first, which failed: ${why}` });
    }
  }
  return { ready, replaced };
}

function batchResults(rows: BatchResult[] | undefined): ItemResult[] {
  if (!Array.isArray(rows)) throw new Error("POST /knowledge/batch answered without a results array: expected a 207 with results[]");
  return rows
    .filter((row): row is BatchResult & { external_id: string } => typeof row.external_id === "string")
    .map((row) => {
      if (row.status === "created" || row.status === "updated") return { externalId: row.external_id, status: row.status };
      return { externalId: row.external_id, status: "failed", error: itemError(row) };
    });
}

function itemError(row: BatchResult): string {
  const code = row.error?.code ?? row.status ?? "unknown";
  const message = row.error?.message ?? "no message";
  const issues = (row.error?.details as { issues?: { path?: unknown[]; message?: string }[] } | undefined)?.issues;
  const detail = Array.isArray(issues)
    ? ` (${issues.map((issue) => `${(issue.path ?? []).join(".")}: ${issue.message ?? "?"}`).join("; ")})`
    : "";
  return `Humind refused the entry: ${code}: ${message}${detail}`;
}

/**
 * Soft delete (`DELETE /knowledge/api:<id>`: the entry is archived, restorable) or, with
 * `hard`, `?force=true`. One request per entry, each with its own Idempotency-Key; an entry
 * that is already gone (404) counts as deleted.
 */
export async function deleteEntries(api: HumindApi, records: RemoteRecord[], mode: DeletionMode): Promise<ItemResult[]> {
  const query = mode === "hard" ? { force: "true" } : undefined;
  return Promise.all(
    records.map(async (record): Promise<ItemResult> => {
      try {
        await api.write({ method: "DELETE", path: entryPath(record.externalId), query }, [404]);
        return { externalId: record.externalId, status: "deleted" };
      } catch (error) {
        return { externalId: record.externalId, status: "failed", error: describe(error) };
      }
    }),
  );
}

function describe(error: unknown): string {
  if (error instanceof ApiError || error instanceof Error) return error.message;
  return String(error);
}
