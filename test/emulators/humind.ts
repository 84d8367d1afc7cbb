/**
 * A contract-faithful emulator of Humind's public Knowledge API (contract:
 * /work/shared/specs/humind-knowledge.txt and /work/shared/specs/contracts/humind.md), served
 * over real HTTP on 127.0.0.1 under `/public/v1`.
 *
 * Choices where the contract is silent (UNK/INF). A client must work with these; most are the
 * strict reading, so a client that passes here does not rely on lenient behaviour:
 * - UPSERT OF AN ARCHIVED ENTRY keeps it archived: `POST /knowledge` (and batch items) update
 *   the fields but keep the current `status` when the body omits it. To restore, send
 *   `status: "published"` (in the upsert, or `PATCH {status:"published"}`).
 * - UPSERT REPLACES: an update sets every client field to what is sent; omitted fields are
 *   unset, and an omitted `translations` REMOVES all translations (send the full array every
 *   time). Only `status` (above) and `type` (immutable → 400) are kept.
 * - PUT is a literal full replace: omitted fields reset to defaults, including `status`
 *   (→ published), so a PUT on an archived entry restores it.
 * - `updated_at` moves only when a write changes something (a no-op upsert keeps it; the batch
 *   result still says `updated`: there is no `unchanged`). It strictly increases per entry and
 *   has millisecond precision. `editByHand` always bumps it.
 * - Idempotency keys: required on every write (POST/PUT/PATCH/DELETE); company-wide; max 255
 *   chars; kept 24 h of emulator time; same method+path+query+body (canonical JSON) → replay of
 *   the stored response, otherwise 409 with `details.field` (`method`, `path`, the first differing
 *   top-level body field, or `body`). Handler outcomes < 500 are stored, 4xx included. No replay
 *   header is sent (UNK), so a client cannot depend on one.
 * - Bodies over 5,000,000 bytes → 413 `payload_too_large` (code UNK).
 * - Keys: `hmd_<live|test>_<22 alnum>_<8 hex>`. Test and live keys share one dataset (UNK);
 *   the webpage SSRF checks for live keys and the failed-auth limit (`too_many_failures`) are not
 *   emulated. `knowledge:write` does not imply `knowledge:read`.
 * - Listing: ordered by humind_id (creation order), archived entries included, cursor =
 *   base64url JSON; an unknown cursor → 400. Empty batches → 400. Dates are normalised to UTC
 *   (`YYYY-MM-DDTHH:MM:SSZ`); a date-time without offset is read as UTC.
 * - HTML: see humind-sanitize.ts (`HUMIND_ALLOWED_HTML`). Excerpts derive as the first 160 chars
 *   of the sanitized text, slugs from the title; both re-derive on each write unless sent.
 * - Webpage entries without `content_html` stay `queued` (no fetcher); file uploads are not emulated.
 */
import { startEmulatorServer } from "./emulator-server.js";
import { FaultController } from "./faults.js";
import { assertWellFormedKeys, generateHumindKey, KNOWLEDGE_READ, KNOWLEDGE_WRITE, type HumindKey } from "./humind-auth.js";
import { createErrorBody, createFail, createRequestIds } from "./humind-envelope.js";
import { IdempotencyStore } from "./humind-idempotency.js";
import { editByHand, seedEntry, type HandEdit } from "./humind-hand.js";
import type { EmulatedEntry } from "./humind-model.js";
import { createHumindHandler, HUMIND_API_PREFIX } from "./humind-routes.js";
import { HumindStore } from "./humind-state.js";
import { retryAfterViolations, type LedgerEntry, type RetryAfterCheckOptions } from "./ledger.js";
import { mulberry32 } from "./prng.js";
import { TokenBuckets, type BucketRate } from "./token-bucket.js";

export { HUMIND_ALLOWED_HTML, sanitizeHumindHtml } from "./humind-sanitize.js";
export type { EmulatedEntry, Translation } from "./humind-model.js";
export type { HumindKey } from "./humind-auth.js";
export type { HandEdit } from "./humind-hand.js";

/** DOC HM-RL per-key limits. */
export const HUMIND_RATE_LIMITS: { reads: BucketRate; writes: BucketRate } = {
  reads: { perMinute: 600, burst: 100 },
  writes: { perMinute: 120, burst: 30 },
};

/** Options for {@link startHumindEmulator}; all optional. */
export interface HumindEmulatorOptions {
  /** Accepted keys. Default: one generated `hmd_test_…` key with read and write scopes. */
  keys?: HumindKey[];
  /** Seed for ids, request ids, the default key and faults. Default 1. */
  seed?: number;
  /** Rate limits; `false` turns them off (fast tests). Default {@link HUMIND_RATE_LIMITS}. */
  rateLimits?: false | Partial<typeof HUMIND_RATE_LIMITS>;
  /** Clock for timestamps, idempotency expiry, rate limits and the ledger. Default Date.now. */
  now?: () => number;
  /** Default 0 (ephemeral). */
  port?: number;
}

/** A running emulator. */
export interface HumindEmulator {
  /** Base URL including `/public/v1`, e.g. `http://127.0.0.1:43123/public/v1`. */
  url: string;
  /** The first configured key. */
  apiKey: string;
  /** Every request, in arrival order (credentials masked). */
  ledger: LedgerEntry[];
  faults: FaultController;
  /** Full state, archived entries and translations included, ordered by humind_id. */
  entries(): EmulatedEntry[];
  /** A dashboard edit: applies `change` and bumps updated_at. Throws for an unknown id. */
  editByHand(externalId: string, change: HandEdit): void;
  /** Creates an entry without a request (e.g. a foreign one); takes a `POST /knowledge` body. */
  seedEntry(entry: Record<string, unknown>): EmulatedEntry;
  /** How many requests were answered from the idempotency store. */
  idempotencyReplays(): number;
  /** Ledger entries that arrived while an earlier 429's Retry-After was running. */
  retryAfterViolations(options?: RetryAfterCheckOptions): LedgerEntry[];
  close(): Promise<void>;
}

export async function startHumindEmulator(options: HumindEmulatorOptions = {}): Promise<HumindEmulator> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now;
  const random = mulberry32(seed ^ 0x4d1d);
  const keys = options.keys ?? [{ key: generateHumindKey(random), scopes: [KNOWLEDGE_READ, KNOWLEDGE_WRITE] }];
  assertWellFormedKeys(keys);
  const requestIds = createRequestIds(random);
  const store = new HumindStore({ random, now });
  const idempotency = new IdempotencyStore(now);
  const faults = new FaultController(seed);
  const ledger: LedgerEntry[] = [];
  const errorBody = createErrorBody(requestIds);
  const server = await startEmulatorServer({
    handle: createHumindHandler({
      store,
      keys: new Map(keys.map((k) => [k.key, structuredClone(k)])),
      idempotency,
      fail: createFail(requestIds),
      now,
      limits: bucketsFor(options.rateLimits, now),
      rejectionFor: (externalId) => faults.sourceRejection(externalId),
    }),
    faults,
    ledger,
    errorBody: (_status, message, code) => errorBody(code, message),
    now,
    port: options.port ?? 0,
  });
  return {
    url: `${server.origin}${HUMIND_API_PREFIX}`,
    apiKey: keys[0]?.key ?? "",
    ledger,
    faults,
    entries: () => store.snapshot(),
    editByHand: (externalId, change) => editByHand(store, externalId, change),
    seedEntry: (entry) => seedEntry(store, entry),
    idempotencyReplays: () => idempotency.replays,
    retryAfterViolations: (check) => retryAfterViolations(ledger, check),
    close: () => server.close(),
  };
}

function bucketsFor(limits: HumindEmulatorOptions["rateLimits"], now: () => number) {
  if (limits === false) return undefined;
  const rates = { ...HUMIND_RATE_LIMITS, ...limits };
  return { reads: new TokenBuckets(rates.reads, now), writes: new TokenBuckets(rates.writes, now) };
}
