import { STATE_VERSION, type ReadShard, type ShardProblem, type StateEntry } from "./state-format.js";
import { entriesV1 } from "./state-v1.js";
import { entriesV2 } from "./state-v2-read.js";

/** The reader of each format version this kb-publish knows; older ones are migrated on the next write. */
const READERS: Record<number, (shard: Record<string, unknown>) => Record<string, StateEntry> | undefined> = {
  1: entriesV1,
  2: entriesV2,
};

/**
 * The shard, or why it cannot be trusted (then the state counts as lost; nothing is deleted).
 * A shard of a newer format than STATE_VERSION is `newer`: a later kb-publish wrote it, and this
 * one must not overwrite it with a format that kb-publish would then read as older.
 */
export function parseShard(text: unknown, expected: { owner: string; shard: number }): ReadShard | ShardProblem {
  if (typeof text !== "string") return { problem: "the state entry has no text content" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "the state entry is not valid JSON" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { problem: "the state entry is not a JSON object" };
  const shard = value as Record<string, unknown>;
  const version = shard.version;
  if (typeof version === "number" && Number.isInteger(version) && version > STATE_VERSION) {
    return { problem: `the state entry has format version ${version}, written by a newer kb-publish (this one reads up to ${STATE_VERSION})`, newer: true };
  }
  const read = typeof version === "number" && Object.hasOwn(READERS, version) ? READERS[version] : undefined;
  if (!read) return { problem: `the state entry has version ${String(version)}, expected 1 to ${STATE_VERSION}` };
  if (shard.owner !== expected.owner || shard.shard !== expected.shard) return { problem: "the state entry names another owner or shard" };
  const shards = shard.shards;
  if (typeof shards !== "number" || !Number.isInteger(shards) || shards < 1) return { problem: "the state entry has no valid shard count" };
  const entries = read(shard);
  if (!entries) return { problem: "the state entry's entries are malformed" };
  return { version: version as number, shards, entries, text };
}
