import { canonicalJson } from "../../documents/hash.js";
import { entryPath, type HumindApi } from "./client.js";
import type { ListedEntry } from "./listing.js";
import { parseShard, shardPayload, stateEntryId, type StateEntry, type StateShard } from "./state-format.js";

/** The state as read at snapshot time. */
export interface LoadedState {
  entries: Record<string, StateEntry>;
  /** False when a shard was missing or unreadable: entries outside `entries` have unknown ownership. */
  trusted: boolean;
  /** Why the state is not trusted ("missing", "corrupt: ..."), for the run's notes. */
  problem?: string;
  /**
   * Each shard as read, by shard index, so unchanged shards are not rewritten. Kept parsed: its
   * canonical JSON is built only when a run writes state (every read would cost a full pass).
   */
  stored: Map<number, StateShard>;
  /** Indexes of this owner's shard entries present in the listing (stale ones are removed later). */
  listedShards: number[];
}

/** Reads this owner's state shards (one GET each). A missing or corrupt shard never throws. */
export async function readState(api: HumindApi, owner: string, listed: ListedEntry[]): Promise<LoadedState> {
  const listedShards = ownShards(owner, listed);
  const state: LoadedState = { entries: {}, trusted: false, stored: new Map(), listedShards };
  if (!listedShards.includes(0)) return { ...state, problem: "missing" };
  const first = await readShard(api, owner, 0);
  if (typeof first === "string") return { ...state, problem: first };
  state.trusted = true;
  addShard(state, first);
  for (let shard = 1; shard < first.shards; shard++) {
    const next = listedShards.includes(shard) ? await readShard(api, owner, shard) : "missing";
    if (typeof next === "string") {
      state.trusted = false;
      state.problem = `shard ${shard} ${next}`;
    } else {
      addShard(state, next);
    }
  }
  return state;
}

function addShard(state: LoadedState, shard: StateShard): void {
  Object.assign(state.entries, shard.entries);
  state.stored.set(shard.shard, shard);
}

/** Shard indexes of `owner` in the listing: `kb-publish-state--<owner>` is 0, `kb-publish-state.<n>--<owner>` is n. */
function ownShards(owner: string, listed: ListedEntry[]): number[] {
  const shards: number[] = [];
  for (const entry of listed) {
    if (entry.external_id === stateEntryId(owner, 0)) shards.push(0);
    const match = /^kb-publish-state\.(\d+)--(.*)$/s.exec(entry.external_id);
    if (match && match[2] === owner) shards.push(Number(match[1]));
  }
  return shards.sort((a, b) => a - b);
}

async function readShard(api: HumindApi, owner: string, shard: number): Promise<StateShard | string> {
  const response = await api.read<{ content?: unknown }>(entryPath(stateEntryId(owner, shard)), undefined, [404]);
  if (response.status === 404) return "missing";
  const parsed = parseShard(response.body?.content, { owner, shard });
  return typeof parsed === "string" ? `corrupt: ${parsed}` : parsed;
}

/**
 * Writes the shards whose content changed (the others first, shard 0 last, since it names the
 * count), then removes shards left over from a larger state. Returns how many requests it sent.
 */
export async function writeState(api: HumindApi, loaded: LoadedState, shards: StateShard[]): Promise<number> {
  let requests = 0;
  const ordered = [...shards.slice(1), ...shards.slice(0, 1)];
  for (const shard of ordered) {
    const stored = loaded.stored.get(shard.shard);
    if (stored && canonicalJson(stored) === canonicalJson(shard)) continue;
    await api.write({ method: "POST", path: "/knowledge", body: shardPayload(shard) });
    requests += 1;
  }
  const owner = shards[0]?.owner ?? "";
  for (const stale of loaded.listedShards.filter((index) => index >= shards.length)) {
    await api.write({ method: "DELETE", path: entryPath(stateEntryId(owner, stale)), query: { force: "true" } }, [404]);
    requests += 1;
  }
  return requests;
}
