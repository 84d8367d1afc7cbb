import type { ItemResult, Provenance } from "../target.js";
import { entryPath, type HumindApi } from "./client.js";
import { listEntries, type ListedEntry } from "./listing.js";
import type { StateEntry } from "./state-format.js";
import { writeState, type LoadedState } from "./state-io.js";
import { encodeState } from "./state-v2.js";
import type { SentItem } from "./writes.js";

/** Everything the run learnt that the new state is built from. */
export interface FinishSession {
  owner: string;
  tool: string;
  listed: ListedEntry[];
  /** Listing pages at snapshot time: the cost of a re-list. */
  pages: number;
  state: LoadedState;
  sent: Map<string, SentItem>;
  /** Provenance of entries the run left unchanged, to record in the state (see Target.recordProvenance). */
  recorded?: Map<string, Provenance>;
  /** Bytes per state shard. Default STATE_SHARD_BYTES (tests use less to exercise sharding). */
  shardBytes?: number;
}

/** An entry's `updated_at` after the run's writes; null when the entry no longer exists. */
type Fresh = Map<string, string | undefined | null>;

/**
 * Writes the new state after all writes: the hash, parts and server `updated_at` of each entry
 * written successfully, the old values of unchanged entries, tombstones kept (so a restore is
 * recognised), hard-deleted entries dropped. A failed write keeps the old hash but no `updated_at`,
 * so the next run re-sends it without calling it drift. Nothing is written when the state is unchanged,
 * nor over a state of a newer format (a later kb-publish's; see runNotes).
 * A crash before this step is safe: the next run sees `updated_at` moved on what this run wrote
 * and re-sends those entries (reported as drift); nothing is lost.
 */
export async function finishState(api: HumindApi, session: FinishSession, results: ItemResult[]): Promise<number> {
  if (session.state.newer === true || stateUnchanged(session, results)) return 0;
  const fresh = await freshUpdatedAt(api, session, results);
  const entries = nextEntries(session, results, fresh);
  const shards = encodeState(entries, { owner: session.owner, tool: session.tool, maxBytes: session.shardBytes });
  return writeState(api, session.owner, session.state, shards);
}

/**
 * Nothing to write: the run sent nothing and recorded nothing, and the state it read was whole
 * and names only entries that still exist. Rebuilding and comparing every shard would cost a
 * no-op run a pass over the whole state.
 */
export function stateUnchanged(session: Pick<FinishSession, "listed" | "state" | "recorded">, results: ItemResult[]): boolean {
  if (results.length > 0 || (session.recorded?.size ?? 0) > 0 || !session.state.trusted) return false;
  const exists = new Set(session.listed.map((entry) => entry.external_id));
  for (const id in session.state.entries) if (!exists.has(id)) return false;
  return true;
}

/** The new state's entries (pure). */
export function nextEntries(session: Pick<FinishSession, "listed" | "state" | "sent" | "recorded">, results: ItemResult[], fresh: Fresh) {
  const exists = new Set(session.listed.map((entry) => entry.external_id));
  const entries: Record<string, StateEntry> = {};
  for (const [id, entry] of Object.entries(session.state.entries)) if (exists.has(id)) entries[id] = entry;
  for (const [id, provenance] of session.recorded ?? []) if (entries[id]) entries[id] = { ...entries[id], provenance };
  for (const result of results) {
    const id = result.externalId;
    const now = fresh.get(id);
    if (now === null) {
      delete entries[id];
      continue;
    }
    const sent = session.sent.get(id);
    if ((result.status === "created" || result.status === "updated") && sent) {
      const { fingerprint, provenance } = sent;
      const entry: StateEntry = { hash: fingerprint.hash, parts: fingerprint.parts };
      if (provenance !== undefined) entry.provenance = provenance;
      entries[id] = withUpdatedAt(entry, now);
    } else if (result.status === "deleted") {
      entries[id] = withUpdatedAt({ ...entries[id] }, now);
    } else if (result.status === "failed" && sent) {
      // Sent but maybe not applied: keep what was known before, minus the timestamp.
      const old = entries[id];
      entries[id] = old?.hash === undefined ? {} : { hash: old.hash, parts: old.parts ?? {} };
    }
  }
  return entries;
}

function withUpdatedAt(entry: StateEntry, updatedAt: string | undefined): StateEntry {
  return updatedAt === undefined ? entry : { ...entry, updatedAt };
}

/**
 * `updated_at` of every entry the run wrote. The 207 batch results carry none, so they are read
 * back: one `GET /knowledge/api:<id>` each, or one re-list when that takes fewer requests
 * (a re-list costs one request per 100 entries).
 */
async function freshUpdatedAt(api: HumindApi, session: FinishSession, results: ItemResult[]): Promise<Fresh> {
  const ids = [...new Set(results.map((r) => r.externalId))];
  const fresh: Fresh = new Map();
  if (ids.length === 0) return fresh;
  if (ids.length > session.pages) {
    const { entries } = await listEntries(api);
    const byId = new Map(entries.map((entry) => [entry.external_id, entry.updated_at]));
    for (const id of ids) fresh.set(id, byId.has(id) ? byId.get(id) : null);
    return fresh;
  }
  await Promise.all(
    ids.map(async (id) => {
      const response = await api.read<{ updated_at?: string }>(entryPath(id), undefined, [404]);
      fresh.set(id, response.status === 404 ? null : response.body?.updated_at);
    }),
  );
  return fresh;
}
