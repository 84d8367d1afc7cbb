import { canonicalJson } from "../../documents/hash.js";
import { readProvenance } from "../provenance.js";
import type { Provenance } from "../target.js";

/**
 * kb-publish's state lives inside the knowledge base, because Humind entries have no metadata
 * field: hidden snippet entries (never available to the assistant, never published) whose
 * `content` is JSON. One owner's state may span several shards so each stays far below the 5 MB
 * request limit; shard 0 says how many there are.
 */
export const STATE_ID_PREFIX = "kb-publish-state";
export const STATE_VERSION = 1;
export const STATE_TITLE = "kb-publish state (do not edit)";

/**
 * Escaped JSON bytes of the entries in one shard. With ~600 bytes per entry a shard holds about
 * 6,000 entries, and 4 MB keeps the whole request (wrapper included) under Humind's 5 MB.
 */
export const STATE_SHARD_BYTES = 4_000_000;

/** What kb-publish remembers about one entry it owns. */
export interface StateEntry {
  /** The fingerprint of the payload last sent; absent when a write's outcome is unknown. */
  hash?: string;
  parts?: Record<string, string>;
  /** The entry's `updated_at` right after kb-publish wrote it; a different value later means drift. */
  updatedAt?: string;
  /** What the entry was derived from (see `Provenance`), when known. */
  provenance?: Provenance;
}

/** The JSON stored in one state entry. */
export interface StateShard {
  version: typeof STATE_VERSION;
  /** `kb-publish/<version>` that wrote it. */
  tool: string;
  owner: string;
  shard: number;
  /** How many shards the state has; meaningful in shard 0. */
  shards: number;
  entries: Record<string, StateEntry>;
}

/** `kb-publish-state--<owner>` for shard 0, `kb-publish-state.<n>--<owner>` for the others. */
export function stateEntryId(owner: string, shard: number): string {
  return shard === 0 ? `${STATE_ID_PREFIX}--${owner}` : `${STATE_ID_PREFIX}.${shard}--${owner}`;
}

/** True for any owner's state entry: never a document, never touched as one. */
export function isStateEntryId(externalId: string): boolean {
  return externalId.startsWith(STATE_ID_PREFIX);
}

/** The shard, or why it cannot be trusted (then the state counts as lost; nothing is deleted). */
export function parseShard(text: unknown, expected: { owner: string; shard: number }): StateShard | string {
  if (typeof text !== "string") return "the state entry has no text content";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "the state entry is not valid JSON";
  }
  const shard = value as Partial<StateShard> | null;
  if (!shard || typeof shard !== "object") return "the state entry is not a JSON object";
  if (shard.version !== STATE_VERSION) return `the state entry has version ${String(shard.version)}, expected ${STATE_VERSION}`;
  if (shard.owner !== expected.owner || shard.shard !== expected.shard) return "the state entry names another owner or shard";
  if (!Number.isInteger(shard.shards) || (shard.shards as number) < 1) return "the state entry has no valid shard count";
  if (!isEntries(shard.entries)) return "the state entry's entries are malformed";
  return shard as StateShard;
}

function isEntries(value: unknown): value is Record<string, StateEntry> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value).every(isStateEntry);
}

function isStateEntry(value: unknown): value is StateEntry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Record<string, unknown>;
  const optionalString = (v: unknown) => v === undefined || typeof v === "string";
  const parts = entry.parts;
  const partsOk =
    parts === undefined ||
    (typeof parts === "object" && parts !== null && Object.values(parts).every((p) => typeof p === "string"));
  const provenanceOk = entry.provenance === undefined || readProvenance(entry.provenance) !== undefined;
  return optionalString(entry.hash) && optionalString(entry.updatedAt) && partsOk && provenanceOk;
}

/** Splits entries (sorted by id) into shards of at most `maxBytes` escaped JSON bytes; always at least one. */
export function shardState(
  entries: Record<string, StateEntry>,
  meta: { owner: string; tool: string; maxBytes?: number },
): StateShard[] {
  const maxBytes = meta.maxBytes ?? STATE_SHARD_BYTES;
  const groups: Record<string, StateEntry>[] = [{}];
  let used = 0;
  for (const id of Object.keys(entries).sort()) {
    const bytes = Buffer.byteLength(JSON.stringify(canonicalJson({ [id]: entries[id] })), "utf8");
    if (used > 0 && used + bytes > maxBytes) {
      groups.push({});
      used = 0;
    }
    groups[groups.length - 1]![id] = entries[id]!;
    used += bytes;
  }
  return groups.map((group, shard) => ({
    version: STATE_VERSION,
    tool: meta.tool,
    owner: meta.owner,
    shard,
    shards: groups.length,
    entries: group,
  }));
}

/** The body of the hidden snippet entry holding one shard. */
export function shardPayload(shard: StateShard): Record<string, unknown> {
  return {
    external_id: stateEntryId(shard.owner, shard.shard),
    type: "snippet",
    title: STATE_TITLE,
    content: canonicalJson(shard),
    tags: [],
    translations: [],
    is_available_for_ai_agent: false,
    status: "draft",
  };
}
