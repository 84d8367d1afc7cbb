/** The data the Chatbot emulator keeps (see chatbot.ts for the contract choices). */

/** An item as the client sent it, after validation (defaults applied). */
export interface ItemFields {
  externalItemId: string;
  title: string;
  content: string;
  externalParentId?: string;
  externalVersion?: string;
  contentType: string;
  sourceUrl?: string;
  metadata?: Record<string, unknown>;
  visibility: string;
  publishTarget: string;
}

/** One item of a staging set. Times are ISO strings with milliseconds. */
export interface StagedItem extends ItemFields {
  createdAt: string;
  updatedAt: string;
}

/** One page of a published generation: live, or a tombstone until `purgeAfter`. */
export interface PublishedPage {
  item: StagedItem;
  state: "live" | "tombstoned";
  tombstonedAt?: string;
  purgeAfter?: string;
}

export interface PublishedGeneration {
  id: string;
  number: number;
  runId: string;
  publishedAt: string;
  counts: Record<string, number>;
  pages: Map<string, PublishedPage>;
}

/** A run's change kinds (DOC names new_page, unchanged, removed_page; the others are INF). */
export type ChangeKind = "new_page" | "changed_page" | "restored_page" | "removed_page" | "unchanged";

export interface Run {
  id: string;
  status: "completed";
  discoveryComplete: boolean;
  changeCounts: Partial<Record<ChangeKind, number>>;
  changes: Record<ChangeKind, string[]>;
  createdAt: string;
  /** The generation the run diffed against (null before the first publish). */
  baseGenerationId: string | null;
  /** The staging set as the run read it, and its version then. */
  staged: Map<string, StagedItem>;
  stagingVersion: number;
}

export type JobStatus = "queued" | "running" | "succeeded" | "failed";

export interface ApplyJob {
  id: string;
  runId: string;
  status: JobStatus;
  resultStatus: string | null;
  attempts: number;
  createdAt: number;
  finishAt: number;
  generationId?: string;
  counts?: Record<string, number>;
  error?: { code: string; message: string };
  /** A failure a test scripted for this job, applied when it finishes. */
  scripted?: { code: string; message: string };
}

export interface Source {
  id: string;
  name: string;
  type: string;
  status: "active" | "archived";
  graceDays: number;
  createdAt: string;
  staging: Map<string, StagedItem>;
  /** Bumped by every change to the staging set (a run older than it is a stale plan). */
  stagingVersion: number;
  runs: Map<string, Run>;
  lastRunId?: string;
  jobs: Map<string, ApplyJob>;
  generations: PublishedGeneration[];
}

/** Fields compared to tell an update from a no-op upsert (everything the client sends). */
export function itemDigest(item: ItemFields): string {
  const { externalItemId, title, content, externalParentId, externalVersion, contentType, sourceUrl, metadata, visibility, publishTarget } = item;
  return JSON.stringify([externalItemId, title, content, externalParentId, externalVersion, contentType, sourceUrl, metadata, visibility, publishTarget]);
}

/** "Empty or whitespace/heading-only content contributes no searchable chunk" (DOC C-ITEMS). */
export function hasChunks(item: ItemFields): boolean {
  return item.content.split("\n").some((line) => line.trim() !== "" && !/^\s{0,3}#{1,6}(\s|$)/.test(line));
}
