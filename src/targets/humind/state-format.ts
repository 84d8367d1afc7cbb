import type { Provenance } from "../target.js";

/**
 * kb-publish's state lives inside the knowledge base, because Humind entries have no metadata
 * field: hidden snippet entries (never available to the assistant, never published) whose
 * `content` is JSON. One owner's state may span several shards so each stays far below the 5 MB
 * request limit; shard 0 says how many there are. The layout of that JSON is versioned
 * (state-v2.ts writes it; state-v1.ts still reads the first one).
 */
export const STATE_ID_PREFIX = "kb-publish-state";
/** The state format this kb-publish writes; it reads this one and every older one. */
export const STATE_VERSION = 2;
export const STATE_TITLE = "kb-publish state (do not edit)";

/**
 * Escaped JSON bytes of one shard's content (as it travels inside the request body). With ~350
 * bytes per entry a shard holds about 11,000 entries, and 4 MB keeps the whole request (wrapper
 * included) under Humind's 5 MB.
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

/** One shard as read back: what it holds, and its text as stored (an unchanged shard is not rewritten). */
export interface ReadShard {
  version: number;
  /** How many shards the state has; meaningful in shard 0. */
  shards: number;
  entries: Record<string, StateEntry>;
  text: string;
}

/** Why a shard cannot be trusted; `newer` when a later kb-publish wrote it (then it is never overwritten). */
export interface ShardProblem {
  problem: string;
  newer?: boolean;
}

/** One shard ready to write: its index and its content. */
export interface ShardText {
  shard: number;
  text: string;
}

/** `kb-publish-state--<owner>` for shard 0, `kb-publish-state.<n>--<owner>` for the others. */
export function stateEntryId(owner: string, shard: number): string {
  return shard === 0 ? `${STATE_ID_PREFIX}--${owner}` : `${STATE_ID_PREFIX}.${shard}--${owner}`;
}

/** True for any owner's state entry: never a document, never touched as one. */
export function isStateEntryId(externalId: string): boolean {
  return externalId.startsWith(STATE_ID_PREFIX);
}

/** The body of the hidden snippet entry holding one shard. */
export function shardPayload(owner: string, shard: ShardText): Record<string, unknown> {
  return {
    external_id: stateEntryId(owner, shard.shard),
    type: "snippet",
    title: STATE_TITLE,
    content: shard.text,
    tags: [],
    translations: [],
    is_available_for_ai_agent: false,
    status: "draft",
  };
}
