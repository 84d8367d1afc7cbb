/**
 * A contract-faithful emulator of the Chatbot Developer API (contract:
 * /work/shared/specs/chatbot-developer-api.txt and /work/shared/specs/contracts/chatbot.md),
 * served over real HTTP on 127.0.0.1 under `/api`.
 *
 * Documented behaviour it enforces: Bearer `sk_live_<16 hex>_<48 hex>` keys and their scopes
 * (401 unauthorized / invalid_key / key_expired / key_revoked, 403 insufficient_scope); the flat
 * error body `{error, code}`; JSON only (415) and 1 MiB / 8 MiB bodies (413); atomic, rolling
 * batches of at most 1,000 items; Idempotency-Keys (replay, 409 idempotency_conflict, 409
 * idempotency_in_progress, 24 h); synchronous runs with `applyEligible`; apply as a 202 job
 * polled to succeeded/failed, or (`applyMode: "sync"`) the direct 200 `{status: "published"}`;
 * transient 409s; 502 build_failed with the previous generation kept; a build that would leave
 * zero chunks fails closed; tombstones for `graceDays`; 120 requests/min per key, 429 with
 * `Retry-After: 60`; 409 source_inactive for an archived source.
 *
 * Choices where the contract is silent (INF; the contract notes' working assumptions):
 * - paths: `GET/POST …/items`, `GET/DELETE …/items/{id}`, `POST …/items/batch`,
 *   `POST …/items/snapshot`, `GET …/runs/{id}`, `GET …/generation`, `GET /v1/sources/{id}`;
 * - listing ordered by externalItemId, `limit` 1..1000 (default 100), base64url cursors, no content;
 * - unknown item fields and `null` values → 400 validation_error; an id twice in one batch → 400;
 * - an upsert that changes nothing keeps `updatedAt`; event times strictly increase;
 * - change kinds new_page, changed_page, restored_page, removed_page, unchanged; a removed page is
 *   a tombstone until `graceDays` after the publish that removed it, re-staging it within the
 *   window restores it; `graceDays: 0` purges at once;
 * - one apply job per source at a time (409 apply_in_progress); a run whose base generation or
 *   staging set moved on is refused (409 stale_base / stale_plan); a re-POST of a run's apply
 *   returns its job (200) whatever its outcome;
 * - the source reports `lastRunId` (turn off with `reportLastRun: false`);
 * - idempotency responses below 500 are stored (409s included); keys are tenant-wide.
 */
import { assertWellFormedKeys, ALL_SCOPES, generateChatbotKey, type ChatbotKey } from "./chatbot-auth.js";
import { auditOf, type ChatbotAudit } from "./chatbot-audit.js";
import { ApplyControls } from "./chatbot-controls.js";
import { faultErrorBody } from "./chatbot-envelope.js";
import type { PublishedGeneration, Run, StagedItem } from "./chatbot-model.js";
import { SlidingWindow } from "./chatbot-rate.js";
import { CHATBOT_API_PREFIX, createChatbotHandler } from "./chatbot-routes.js";
import { ChatbotStore } from "./chatbot-state.js";
import { validateItem } from "./chatbot-items.js";
import { startEmulatorServer } from "./emulator-server.js";
import { FaultController } from "./faults.js";
import { IdempotencyStore } from "./humind-idempotency.js";
import { retryAfterViolations, type LedgerEntry } from "./ledger.js";
import { mulberry32 } from "./prng.js";

export type { ChatbotKey, Scope } from "./chatbot-auth.js";
export type { ChatbotAudit } from "./chatbot-audit.js";
export type { PublishedGeneration, PublishedPage, Run, StagedItem } from "./chatbot-model.js";
export { ALL_SCOPES } from "./chatbot-auth.js";

/** Options for {@link startChatbotEmulator}; all optional. */
export interface ChatbotEmulatorOptions {
  /** Accepted keys. Default: one generated key with every scope. */
  keys?: ChatbotKey[];
  /** Sources of the tenant. Default: one active developer_api source with graceDays 7. */
  sources?: { id?: string; name?: string; graceDays?: number; type?: string; status?: "active" | "archived" }[];
  /** Seed for ids, the default key, faults and conflict rolls. Default 1. */
  seed?: number;
  /** Requests per minute per key; `false` turns limiting off. Default 120 (DOC). */
  rateLimit?: false | number;
  /** Default "async" (202 + job). */
  applyMode?: "async" | "sync";
  /** How long an apply job takes. Default 20 ms. */
  applyDelayMs?: number;
  /** How long each write holds its Idempotency-Key in progress. Default 0. */
  writeDelayMs?: number;
  /** Whether a source reports `lastRunId`. Default true. */
  reportLastRun?: boolean;
  /** Clock for timestamps, jobs, tombstones, rate limits and the ledger. Default Date.now. */
  now?: () => number;
  /** Default 0 (ephemeral). */
  port?: number;
}

/** A running emulator. */
export interface ChatbotEmulator {
  /** Base URL ending in `/api`, e.g. `http://127.0.0.1:43123/api`. */
  url: string;
  /** The first key and the first source. */
  apiKey: string;
  sourceId: string;
  ledger: LedgerEntry[];
  faults: FaultController;
  /** Scripted apply conflicts, failed jobs, incomplete runs, and a chaos conflict rate. */
  controls: ApplyControls;
  /** The staging set, ordered by id. */
  items(sourceId?: string): StagedItem[];
  /** The active generation (null before the first publish), and all of them in order. */
  generation(sourceId?: string): PublishedGeneration | null;
  generations(sourceId?: string): PublishedGeneration[];
  runs(sourceId?: string): Run[];
  /** Stages an item without a request, as another connector would (foreign to kb-publish). */
  seedItem(item: Record<string, unknown>, sourceId?: string): StagedItem;
  /** Sets how long each write is in progress from now on. */
  setWriteDelay(ms: number): void;
  idempotencyReplays(): number;
  audit(): ChatbotAudit;
  retryAfterViolations(): LedgerEntry[];
  close(): Promise<void>;
}

export async function startChatbotEmulator(options: ChatbotEmulatorOptions = {}): Promise<ChatbotEmulator> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const random = mulberry32(seed ^ 0xc4a7);
  const keys = options.keys ?? [{ key: generateChatbotKey(random), scopes: ALL_SCOPES }];
  assertWellFormedKeys(keys);
  const store = new ChatbotStore({ random, now, applyDelayMs: options.applyDelayMs ?? 20 });
  const sources = (options.sources ?? [{}]).map((fields) => store.addSource(fields));
  const faults = new FaultController(seed);
  const controls = new ApplyControls(seed);
  const idempotency = new IdempotencyStore(now);
  const ledger: LedgerEntry[] = [];
  const seeded = new Map<string, { sourceId: string; item: StagedItem }>();
  const audit = { snapshotsOverForeign: 0, foreignIds: new Set<string>() };
  let writeDelayMs = options.writeDelayMs ?? 0;
  const server = await startEmulatorServer({
    handle: createChatbotHandler({
      store,
      keys: new Map(keys.map((k) => [k.key, structuredClone(k)])),
      controls,
      limiter: options.rateLimit === false ? undefined : new SlidingWindow(options.rateLimit ?? 120, now),
      applyMode: options.applyMode ?? "async",
      reportLastRun: options.reportLastRun ?? true,
      rejectionFor: (id) => faults.sourceRejection(id),
      audit,
      idempotency,
      inProgress: new Set(),
      writeDelayMs: () => writeDelayMs,
    }),
    faults,
    ledger,
    errorBody: (status, message, code) => faultErrorBody(status, message, code),
    now,
    port: options.port ?? 0,
  });
  const sourceOf = (id = sources[0]?.id ?? "") => {
    store.advance();
    const source = store.sources.get(id);
    if (!source) throw new Error(`Chatbot emulator: no source ${JSON.stringify(id)} (test/emulators/chatbot.ts)`);
    return source;
  };
  return {
    url: `${server.origin}${CHATBOT_API_PREFIX}`,
    apiKey: keys[0]?.key ?? "",
    sourceId: sources[0]?.id ?? "",
    ledger,
    faults,
    controls,
    items: (id) => [...sourceOf(id).staging.values()].sort((a, b) => (a.externalItemId < b.externalItemId ? -1 : 1)).map((i) => structuredClone(i)),
    generation: (id) => store.activeGeneration(sourceOf(id)) ?? null,
    generations: (id) => [...sourceOf(id).generations],
    runs: (id) => [...sourceOf(id).runs.values()],
    seedItem: (fields, id) => {
      const source = sourceOf(id);
      const checked = validateItem(fields, "seed");
      if (!checked.ok) throw new Error(`Chatbot emulator: cannot seed ${checked.message} (test/emulators/chatbot.ts)`);
      store.upsert(source, checked.value);
      const item = structuredClone(source.staging.get(checked.value.externalItemId) as StagedItem);
      seeded.set(item.externalItemId, { sourceId: source.id, item });
      audit.foreignIds.add(item.externalItemId);
      return item;
    },
    setWriteDelay: (ms) => {
      writeDelayMs = ms;
    },
    idempotencyReplays: () => idempotency.replays,
    audit: () =>
      auditOf({
        ledger,
        foreign: [...seeded.values()].map(({ sourceId, item }) => ({ seeded: item, now: sourceOf(sourceId).staging.get(item.externalItemId) })),
        snapshotsOverForeign: audit.snapshotsOverForeign,
      }),
    retryAfterViolations: () => retryAfterViolations(ledger),
    close: () => server.close(),
  };
}
