/**
 * A contract-faithful emulator of the Totoy API's Sources and Knowledge Bases (contract:
 * /work/shared/specs/totoy-knowledge-base-sources.txt, contracts/totoy.md and the vendor's
 * OpenAPI 1.1.3 in contracts/totoy-openapi.yaml), served over real HTTP on 127.0.0.1 under `/v1`.
 *
 * Choices where the contract is silent (UNK/INF), taken from the contract notes' working
 * assumptions; most are the strict reading, so a client that passes here relies on nothing lenient:
 * - statuses: 400 validation (schemas with additionalProperties: false, lengths, formats, any
 *   query parameter, malformed path ids), 404 unknown ids, 409 conflicts (another project,
 *   already linked, deleting or moving a linked Source), 403 hard limits (1,500 sources per
 *   knowledge base, 10,000 per project, 50,000 text Sources), 415 non-JSON bodies; all problem+json;
 * - a link request is all or nothing; a repeated link is a 409, a repeated unlink or delete a 404;
 * - PATCH replaces `custom_metadata` as a whole; `title` and `backlink` cannot be cleared;
 * - custom_metadata values are strings, numbers or booleans of at most 512 characters (keys too);
 * - a new link, or a change to a linked Source, is `in_progress` for `indexingDelayMs`, then
 *   `completed` (or `failed`, see `failIndexing`);
 * - there is no idempotency, no pagination and no rate limit (the shared faults inject 429s);
 * - document Sources can only be seeded; `GET /sources/{id}/content` is not emulated.
 */
import { startEmulatorServer } from "./emulator-server.js";
import { FaultController } from "./faults.js";
import { retryAfterViolations, type LedgerEntry, type RetryAfterCheckOptions } from "./ledger.js";
import { mulberry32 } from "./prng.js";
import { toEmulated, type EmulatedSource, type StoredSource } from "./totoy-model.js";
import { injectedProblem, PROBLEM_HEADERS } from "./totoy-problem.js";
import { createTotoyHandler, TOTOY_API_PREFIX } from "./totoy-routes.js";
import { DEFAULT_LIMITS, TotoyStore, type AuditEntry, type TotoyLimits } from "./totoy-state.js";
import { seedSource, type SeedSourceInput } from "./totoy-seed.js";

export type { EmulatedSource } from "./totoy-model.js";
export type { AuditEntry, TotoyLimits } from "./totoy-state.js";
export type { SeedSourceInput } from "./totoy-seed.js";

/** The API key a default emulator accepts (Totoy documents no key format). */
export const TOTOY_DEFAULT_API_KEY = "totoy-test-key";

export interface TotoyEmulatorOptions {
  /** Accepted keys. Default [TOTOY_DEFAULT_API_KEY]. */
  apiKeys?: string[];
  /** Seed for ids and faults. Default 1. */
  seed?: number;
  /** Limits; default DEFAULT_LIMITS (the documented 1,500 per knowledge base and the INF others). */
  limits?: Partial<TotoyLimits>;
  /** Refuse the `{source_ids}` link form (documented in the OpenAPI, missing from the 1.1.5 docs page). Default false. */
  singleLinkOnly?: boolean;
  /** Time a link spends `in_progress`. Default 20 ms. */
  indexingDelayMs?: number;
  /** Clock for timestamps, indexing and the ledger. Default Date.now. */
  now?: () => number;
  /** Default 0 (ephemeral). */
  port?: number;
}

/** A running emulator. The organisation holds a default project, a docs project with one knowledge base, and another project with its own. */
export interface TotoyEmulator {
  /** Base URL including `/v1`. */
  url: string;
  apiKey: string;
  knowledgeBaseId: string;
  projectId: string;
  defaultProjectId: string;
  /** A knowledge base in another project, for project-rule tests. */
  other: { knowledgeBaseId: string; projectId: string };
  ledger: LedgerEntry[];
  /** Every committed change, in order (also those whose response was lost to a fault). */
  audit: AuditEntry[];
  faults: FaultController;
  /** Every Source of the organisation, with the knowledge bases it is linked to. */
  sources(): EmulatedSource[];
  /** Indexing status of each Source linked to a knowledge base (advanced to now). */
  indexing(knowledgeBaseId?: string): Map<string, string>;
  /** Creates a Source without a request (e.g. a foreign one); links it to `linkTo` knowledge bases. */
  seedSource(input: SeedSourceInput, linkTo?: string[]): EmulatedSource;
  /** A dashboard edit: sets fields on a Source and bumps updated_at. */
  editByHand(sourceId: string, change: Partial<Pick<StoredSource, "title" | "text_content" | "custom_metadata">>): void;
  /** Makes indexing of Sources with this title end in `failed`. */
  failIndexing(title: string): void;
  retryAfterViolations(options?: RetryAfterCheckOptions): LedgerEntry[];
  close(): Promise<void>;
}

export async function startTotoyEmulator(options: TotoyEmulatorOptions = {}): Promise<TotoyEmulator> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const failing = new Set<string>();
  const store = new TotoyStore({
    random: mulberry32(seed ^ 0x7070),
    now,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    indexingDelayMs: options.indexingDelayMs ?? 20,
    failsIndexing: (source) => source.title !== null && failing.has(source.title),
  });
  const defaultProjectId = store.addProject(true);
  const projectId = store.addProject(false);
  const knowledgeBaseId = store.addKnowledgeBase(projectId);
  const otherProjectId = store.addProject(false);
  const other = { knowledgeBaseId: store.addKnowledgeBase(otherProjectId, "Other assistant"), projectId: otherProjectId };
  const apiKeys = options.apiKeys ?? [TOTOY_DEFAULT_API_KEY];
  const faults = new FaultController(seed);
  const ledger: LedgerEntry[] = [];
  const server = await startEmulatorServer({
    handle: createTotoyHandler({ store, apiKeys: new Set(apiKeys), singleLinkOnly: options.singleLinkOnly ?? false }),
    faults,
    ledger,
    errorBody: (status, message) => injectedProblem(status, message),
    errorHeaders: PROBLEM_HEADERS,
    now,
    port: options.port ?? 0,
  });
  const emulated = (source: StoredSource) => toEmulated(source, store.knowledgeBasesOf(source.source_id));
  return {
    url: `${server.origin}${TOTOY_API_PREFIX}`,
    apiKey: apiKeys[0] ?? "",
    knowledgeBaseId,
    projectId,
    defaultProjectId,
    other,
    ledger,
    audit: store.audit,
    faults,
    sources: () => [...store.sources.values()].map(emulated),
    indexing: (kb = knowledgeBaseId) => new Map(store.linksOf(kb).map((link) => [link.source_id, link.status])),
    seedSource: (input, linkTo = []) => emulated(seedSource(store, { project_id: projectId, ...input }, linkTo)),
    editByHand: (sourceId, change) => {
      const source = store.sources.get(sourceId);
      if (!source) throw new Error(`editByHand failed: no Source ${sourceId}, expected an existing one (test/emulators/totoy.ts)`);
      const edited = store.modifySource(source, change, "test");
      if (!edited.ok) throw new Error(`editByHand failed: ${JSON.stringify(edited.response.body)} (test/emulators/totoy.ts)`);
    },
    failIndexing: (title) => void failing.add(title),
    retryAfterViolations: (check) => retryAfterViolations(ledger, check),
    close: () => server.close(),
  };
}
