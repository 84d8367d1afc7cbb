/**
 * A contract-faithful emulator of the Heppu AI Knowledge Base API (see
 * /work/shared/specs/contracts/heppu.md), served over real HTTP on 127.0.0.1.
 *
 * Choices where the contract is silent (UNK/INF), so tests can rely on them:
 * - server hash = sha256(content) unless `hashTitleAndMetadata`; on `unchanged` nothing is stored;
 * - a hash match is `unchanged` even when the stored source had failed processing;
 * - duplicate externalIds in one batch are applied in order (last wins);
 * - single upsert answers 201 when created, 200 otherwise; delete answers 200 with a body;
 * - empty batches and empty delete lists are 400 validation errors;
 * - metadata is replaced on update; processing has no concurrency cap (docs mention 5).
 */
import { startEmulatorServer } from "./emulator-server.js";
import { FaultController } from "./faults.js";
import { errorBody } from "./heppu-envelope.js";
import { createHeppuHandler, HEPPU_API_PREFIX } from "./heppu-routes.js";
import { HeppuStore, type EmulatedSource } from "./heppu-state.js";
import type { SourceInput, SourceStatus } from "./heppu-validate.js";
import { retryAfterViolations, type LedgerEntry, type RetryAfterCheckOptions } from "./ledger.js";
import { mulberry32 } from "./prng.js";

export type { EmulatedSource } from "./heppu-state.js";
export type { LedgerEntry } from "./ledger.js";

/** The API key a default emulator accepts. */
export const HEPPU_DEFAULT_API_KEY = "heppu-test-key";
/** The collection a default emulator holds (the id used in Heppu's docs). */
export const HEPPU_DEFAULT_COLLECTION = "550e8400-e29b-41d4-a716-446655440000";

/** Options for {@link startHeppuEmulator}; all optional. */
export interface HeppuEmulatorOptions {
  /** Accepted keys. Default [HEPPU_DEFAULT_API_KEY]. */
  apiKeys?: string[];
  /** Collections the organisation owns. Default [HEPPU_DEFAULT_COLLECTION]. */
  collections?: string[];
  /** Seed for generated ids and for faults. Default 1. */
  seed?: number;
  /** Time spent in each of `pending` and `processing`. Default 20 ms. */
  processingDelayMs?: number;
  /** Hash title + metadata + content instead of content only (INF default). Default false. */
  hashTitleAndMetadata?: boolean;
  /** Port to listen on. Default 0 (ephemeral). */
  port?: number;
  /** Clock for timestamps, processing and the ledger (inject to use virtual time). Default Date.now. */
  now?: () => number;
}

/** What a hand-seeded source needs; `metadata` defaults to {} and `status` to "completed". */
export interface SeedSourceInput {
  externalId: string;
  title: string;
  content: string;
  metadata?: Record<string, unknown>;
  status?: SourceStatus;
}

/** A running emulator. */
export interface HeppuEmulator {
  /** Base URL including `/api/v1`, e.g. `http://127.0.0.1:43123/api/v1`. */
  url: string;
  /** The first accepted key and the first collection, for convenience. */
  apiKey: string;
  collectionId: string;
  /** Every request, in arrival order. */
  ledger: LedgerEntry[];
  faults: FaultController;
  /** Current state of a collection (processing advanced to now), ordered like the listing. */
  sources(collectionId?: string): EmulatedSource[];
  /** Creates a source directly, without a request: e.g. a foreign one with no kb-publish marker. */
  seedSource(collectionId: string, source: SeedSourceInput): EmulatedSource;
  /** Ledger entries that arrived while an earlier 429's Retry-After was running. */
  retryAfterViolations(options?: RetryAfterCheckOptions): LedgerEntry[];
  close(): Promise<void>;
}

export async function startHeppuEmulator(options: HeppuEmulatorOptions = {}): Promise<HeppuEmulator> {
  const apiKeys = options.apiKeys ?? [HEPPU_DEFAULT_API_KEY];
  const collections = options.collections ?? [HEPPU_DEFAULT_COLLECTION];
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const faults = new FaultController(seed);
  const store = new HeppuStore({
    collections,
    random: mulberry32(seed ^ 0x5eed),
    now,
    processingDelayMs: options.processingDelayMs ?? 20,
    hashTitleAndMetadata: options.hashTitleAndMetadata ?? false,
    failureFor: (externalId) => faults.processingFailure(externalId),
  });
  const ledger: LedgerEntry[] = [];
  const server = await startEmulatorServer({
    handle: createHeppuHandler({
      store,
      apiKeys: new Set(apiKeys),
      now,
      rejectionFor: (externalId) => faults.sourceRejection(externalId),
      transientFailure: () => faults.transientItemFailure(),
    }),
    faults,
    ledger,
    errorBody: (status, message, code) => errorBody(now(), status, message, code),
    now,
    port: options.port ?? 0,
  });
  return {
    url: `${server.origin}${HEPPU_API_PREFIX}`,
    apiKey: apiKeys[0] ?? "",
    collectionId: collections[0] ?? "",
    ledger,
    faults,
    sources: (collectionId = collections[0] ?? "") => store.snapshot(collectionId),
    seedSource: (collectionId, { status, metadata, ...rest }) =>
      store.seed(collectionId, { ...rest, metadata: metadata ?? {} } satisfies SourceInput, status),
    retryAfterViolations: (check) => retryAfterViolations(ledger, check),
    close: () => server.close(),
  };
}
