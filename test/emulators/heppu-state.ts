import { createHash } from "node:crypto";
import { advanceProcessing, chunkCountOf, queueForProcessing, type ProcessingFields } from "./heppu-processing.js";
import type { ListQuery, SourceInput, SourceStatus } from "./heppu-validate.js";
import { seededUuid, type Random } from "./prng.js";

/** A source as the emulator holds it (a copy; changing it changes nothing). Times are ISO-8601. */
export interface EmulatedSource {
  id: string;
  externalId: string;
  title: string;
  content: string;
  metadata: Record<string, unknown>;
  status: SourceStatus;
  chunkCount: number;
  fileSize: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  /** sha256 hex of what the server compares for `unchanged`. */
  contentHash: string;
}

interface StoredSource extends ProcessingFields {
  id: string;
  title: string;
  metadata: Record<string, unknown>;
  createdAt: number;
  contentHash: string;
}

export type UpsertStatus = "created" | "updated" | "unchanged";

export interface StoreOptions {
  collections: string[];
  random: Random;
  now: () => number;
  processingDelayMs: number;
  hashTitleAndMetadata: boolean;
  failureFor: (externalId: string) => string | undefined;
}

/** Collections of sources keyed by externalId, with lazy background processing. */
export class HeppuStore {
  private readonly collections = new Map<string, Map<string, StoredSource>>();

  constructor(private readonly options: StoreOptions) {
    for (const id of options.collections) this.collections.set(id, new Map());
  }

  hasCollection(collectionId: string): boolean {
    return this.collections.has(collectionId);
  }

  /** Upsert on (collectionId, externalId). A hash match changes nothing at all (INF "no processing"). */
  upsert(collectionId: string, input: SourceInput): { status: UpsertStatus; id: string } {
    const sources = this.collection(collectionId);
    const now = this.options.now();
    const hash = this.hashOf(input);
    const existing = sources.get(input.externalId);
    if (existing?.contentHash === hash) return { status: "unchanged", id: existing.id };
    if (existing) {
      Object.assign(existing, { title: input.title, content: input.content, metadata: input.metadata, contentHash: hash });
      queueForProcessing(existing, now);
      return { status: "updated", id: existing.id };
    }
    const created = this.build(input, hash, now);
    queueForProcessing(created, now);
    sources.set(input.externalId, created);
    return { status: "created", id: created.id };
  }

  /** Adds a finished source directly (no request, no ledger entry), e.g. a foreign hand-made one. */
  seed(collectionId: string, input: SourceInput, status: SourceStatus = "completed"): EmulatedSource {
    const now = this.options.now();
    const source = this.build(input, this.hashOf(input), now);
    Object.assign(source, { status, chunkCount: status === "completed" ? chunkCountOf(input.content) : 0 });
    if (status === "failed") source.error = "Processing failed: seeded failure";
    this.collection(collectionId).set(input.externalId, source);
    return toPublic(source);
  }

  list(collectionId: string, query: ListQuery): { sources: EmulatedSource[]; total: number } {
    const matching = this.ordered(collectionId).filter(
      (s) =>
        (query.externalId === undefined || s.externalId === query.externalId) &&
        (query.status === undefined || s.status === query.status),
    );
    // Copy only the page: copying every source per page made large listings quadratic.
    return { sources: matching.slice(query.offset, query.offset + query.limit).map(toPublic), total: matching.length };
  }

  delete(collectionId: string, externalIds: string[]): { deleted: string[]; notFound: string[] } {
    const sources = this.collection(collectionId);
    const deleted: string[] = [];
    const notFound: string[] = [];
    for (const externalId of new Set(externalIds)) {
      (sources.delete(externalId) ? deleted : notFound).push(externalId);
    }
    return { deleted, notFound };
  }

  /** Current state, processing advanced to now, ordered by createdAt then id (stable). */
  snapshot(collectionId: string): EmulatedSource[] {
    return this.ordered(collectionId).map(toPublic);
  }

  /** The stored sources (not copies), processing advanced to now, in listing order. */
  private ordered(collectionId: string): StoredSource[] {
    const context = { now: this.options.now(), stepMs: this.options.processingDelayMs, failureFor: this.options.failureFor };
    const sources = [...this.collection(collectionId).values()];
    for (const source of sources) advanceProcessing(source, context);
    return sources.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private collection(collectionId: string): Map<string, StoredSource> {
    const sources = this.collections.get(collectionId);
    if (!sources) throw new Error(`Heppu emulator: collection "${collectionId}" is unknown; expected one of the configured collections`);
    return sources;
  }

  private build(input: SourceInput, contentHash: string, now: number): StoredSource {
    return {
      ...input,
      metadata: structuredClone(input.metadata),
      id: seededUuid(this.options.random),
      status: "pending",
      chunkCount: 0,
      fileSize: Buffer.byteLength(input.content, "utf8"),
      error: null,
      createdAt: now,
      updatedAt: now,
      stepStartedAt: now,
      contentHash,
    };
  }

  private hashOf(input: SourceInput): string {
    const hashed = this.options.hashTitleAndMetadata
      ? stableJson({ title: input.title, content: input.content, metadata: input.metadata })
      : input.content;
    return createHash("sha256").update(hashed).digest("hex");
  }
}

function toPublic(source: StoredSource): EmulatedSource {
  return {
    id: source.id,
    externalId: source.externalId,
    title: source.title,
    content: source.content,
    metadata: structuredClone(source.metadata),
    status: source.status,
    chunkCount: source.chunkCount,
    fileSize: source.fileSize,
    error: source.error,
    createdAt: new Date(source.createdAt).toISOString(),
    updatedAt: new Date(source.updatedAt).toISOString(),
    contentHash: source.contentHash,
  };
}

/** JSON with sorted keys, as a database storing JSONB would compare it. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
