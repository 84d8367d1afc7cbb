import { entryPath, type HumindApi } from "./client.js";
import type { ListedEntry } from "./listing.js";
import { isStateEntryId, shardPayload, stateEntryId, type ReadShard, type ShardProblem, type ShardText, type StateEntry } from "./state-format.js";
import { parseShard } from "./state-parse.js";

/** The state as read at snapshot time. */
export interface LoadedState {
  entries: Record<string, StateEntry>;
  /** False when a shard was missing or unreadable: entries outside `entries` have unknown ownership. */
  trusted: boolean;
  /** Why the state is not trusted ("missing", "corrupt: ..."), for the run's notes. */
  problem?: string;
  /** A shard is of a newer format than this kb-publish writes: the state is then never overwritten. */
  newer?: boolean;
  /** Each shard's text as read, by shard index, so an unchanged shard is not rewritten. */
  stored: Map<number, string>;
  /** Indexes of this owner's shard entries present in the listing (stale ones are removed later). */
  listedShards: number[];
}

/** Reads this owner's state shards (one GET each). A missing or corrupt shard never throws. */
export async function readState(api: HumindApi, owner: string, listed: ListedEntry[]): Promise<LoadedState> {
  const listedShards = ownShards(owner, listed);
  const state: LoadedState = { entries: {}, trusted: false, stored: new Map(), listedShards };
  if (!listedShards.includes(0)) return { ...state, problem: "missing" };
  const first = await readShard(api, owner, 0);
  if ("problem" in first) return { ...state, problem: first.problem, newer: first.newer };
  state.trusted = true;
  addShard(state, 0, first);
  for (let shard = 1; shard < first.shards; shard++) {
    const next: ReadShard | ShardProblem = listedShards.includes(shard) ? await readShard(api, owner, shard) : { problem: "missing" };
    if ("problem" in next) {
      state.trusted = false;
      state.problem = `shard ${shard} ${next.problem}`;
      if (next.newer) state.newer = true;
    } else {
      addShard(state, shard, next);
    }
  }
  return state;
}

function addShard(state: LoadedState, index: number, shard: ReadShard): void {
  // Shard 0 is taken as it is (the usual single shard is not copied entry by entry); later ones are merged in.
  if (index === 0) state.entries = shard.entries;
  else Object.assign(state.entries, shard.entries);
  state.stored.set(index, shard.text);
}

/** Shard indexes of `owner` in the listing: `kb-publish-state--<owner>` is 0, `kb-publish-state.<n>--<owner>` is n. */
function ownShards(owner: string, listed: ListedEntry[]): number[] {
  const shards: number[] = [];
  for (const entry of listed) {
    if (!isStateEntryId(entry.external_id)) continue;
    if (entry.external_id === stateEntryId(owner, 0)) shards.push(0);
    const match = /^kb-publish-state\.(\d+)--(.*)$/s.exec(entry.external_id);
    if (match && match[2] === owner) shards.push(Number(match[1]));
  }
  return shards.sort((a, b) => a - b);
}

async function readShard(api: HumindApi, owner: string, shard: number): Promise<ReadShard | ShardProblem> {
  const response = await api.read<{ content?: unknown }>(entryPath(stateEntryId(owner, shard)), undefined, [404]);
  if (response.status === 404) return { problem: "missing" };
  const parsed = parseShard(response.body?.content, { owner, shard });
  return "problem" in parsed && !parsed.newer ? { problem: `corrupt: ${parsed.problem}` } : parsed;
}

/**
 * Writes the shards whose text changed (the others first, shard 0 last, since it names the
 * count), then removes shards left over from a larger state. Returns how many requests it sent.
 */
export async function writeState(api: HumindApi, owner: string, loaded: LoadedState, shards: ShardText[]): Promise<number> {
  let requests = 0;
  const ordered = [...shards.slice(1), ...shards.slice(0, 1)];
  for (const shard of ordered) {
    if (loaded.stored.get(shard.shard) === shard.text) continue;
    await api.write({ method: "POST", path: "/knowledge", body: shardPayload(owner, shard) });
    requests += 1;
  }
  for (const stale of loaded.listedShards.filter((index) => index >= shards.length)) {
    await api.write({ method: "DELETE", path: entryPath(stateEntryId(owner, stale)), query: { force: "true" } }, [404]);
    requests += 1;
  }
  return requests;
}
