import { isWriteMethod } from "./ledger.js";
import { mulberry32, pick, type Random } from "./prng.js";

/**
 * What can go wrong with one request:
 * - `status5xxBefore`: a 500/502/503 and the write is NOT applied;
 * - `status5xxAfter`: the write is applied, then a 500 (committed, but the client saw an error);
 * - `resetBeforeHeaders`: the socket is destroyed before any response; the write is NOT applied;
 * - `resetMidBody`: the write is applied, status + headers + half the body are sent, then a reset;
 * - `rateLimitBurst`: 429 + Retry-After for this and the next `burstLength - 1` requests;
 * - `slow`: the request waits `slowMs` before being handled normally.
 */
export type FaultKind =
  | "status5xxBefore"
  | "status5xxAfter"
  | "resetBeforeHeaders"
  | "resetMidBody"
  | "rateLimitBurst"
  | "slow";

/** Roll order for rates; fixed so one seed always yields one sequence. */
export const FAULT_KINDS: readonly FaultKind[] = [
  "status5xxBefore",
  "status5xxAfter",
  "resetBeforeHeaders",
  "resetMidBody",
  "rateLimitBurst",
  "slow",
];

/** The part of a request a fault decision may look at. */
export interface FaultRequest {
  method: string;
  path: string;
}

/** Settings for {@link FaultController.configure}; every field is optional. */
export interface FaultConfig {
  /** PRNG seed for rate rolls and 5xx status picks. Default: the emulator's seed. */
  seed?: number;
  /** Per-request probability of each kind (their sum should stay ≤ 1). Default: all 0. */
  rates?: Partial<Record<FaultKind, number>>;
  /** Seconds announced in Retry-After during a burst. Default 1. */
  retryAfterSeconds?: number;
  /** Retry-After as delta seconds or as an HTTP-date. Default "seconds". */
  retryAfterFormat?: "seconds" | "http-date";
  /** Number of consecutive 429s in one burst, the triggering one included. Default 3. */
  burstLength?: number;
  /** Which requests faults may hit: writes only, or reads too. Default "all". */
  only?: "writes" | "all";
  /** How long a `slow` fault holds a request. Default 250 ms. */
  slowMs?: number;
  /** Added to every response, fault or not. Default 0 ms. */
  latencyMs?: number;
  /** Statuses `status5xxBefore` picks from. Default [500, 502, 503]. */
  serverErrorStatuses?: number[];
  /**
   * Per-item probability that an item of a batch write fails transiently (not applied; the
   * batch answers 207 with that item `failed`). Default 0.
   */
  itemFailureRate?: number;
  /** The failed item's error. Default "Service temporarily unavailable, please retry". */
  itemFailureMessage?: string;
}

/** Options for one scripted fault. */
export interface OnceOptions {
  /** Status for `status5xx*` faults. Default: picked from `serverErrorStatuses` (500 for "after"). */
  status?: number;
  /** Delay for a `slow` fault. Default `slowMs`. */
  delayMs?: number;
  /** Only a request matching this takes the fault; others pass it by. Default: the next eligible request. */
  when?: (request: FaultRequest) => boolean;
}

/** What the server must do to one request. */
export interface FaultDecision {
  kind: FaultKind;
  status?: number;
  delayMs?: number;
}

type Settings = Required<Omit<FaultConfig, "seed">>;

const DEFAULTS: Settings = {
  rates: {},
  retryAfterSeconds: 1,
  retryAfterFormat: "seconds",
  burstLength: 3,
  only: "all",
  slowMs: 250,
  latencyMs: 0,
  serverErrorStatuses: [500, 502, 503],
  itemFailureRate: 0,
  itemFailureMessage: "Service temporarily unavailable, please retry",
};

/** Decides, request by request, which fault (if any) to inject. Reproducible for a given seed. */
export class FaultController {
  private settings: Settings = DEFAULTS;
  private random: Random;
  private scripted: { kind: FaultKind; options: OnceOptions }[] = [];
  private burstRemaining = 0;
  private readonly processingFailures = new Map<string, string>();
  private readonly sourceRejections = new Map<string, string>();
  /** Batch items failed by `itemFailureRate` so far. */
  transientItemFailures = 0;

  constructor(private readonly defaultSeed = 1) {
    this.random = mulberry32(defaultSeed);
  }

  /** Replaces the configuration, reseeds the PRNG and ends any running burst. */
  configure(config: FaultConfig): void {
    this.settings = { ...DEFAULTS, ...withoutUndefined(config) };
    this.random = mulberry32(config.seed ?? this.defaultSeed);
    this.burstRemaining = 0;
  }

  /** Queues one fault for the next eligible request (FIFO). */
  once(kind: FaultKind, options: OnceOptions = {}): void {
    this.scripted.push({ kind, options });
  }

  /** Back to no faults: rates, scripted faults, bursts and processing failures are dropped. */
  clear(): void {
    this.configure({});
    this.scripted = [];
    this.processingFailures.clear();
    this.sourceRejections.clear();
  }

  /**
   * Makes every upsert of this external id fail as a per-item `failed` result (batch 207/400),
   * with `message` as the item's error, until {@link clear}. For partial-failure tests.
   */
  rejectSource(externalId: string, message = "Validation error: emulated rejection"): void {
    this.sourceRejections.set(externalId, message);
  }

  /** The error an upsert of this id must fail with, if a test asked for one. */
  sourceRejection(externalId: string): string | undefined {
    return this.sourceRejections.get(externalId);
  }

  /** The transient error one batch item fails with, rolled at `itemFailureRate`; undefined for most items. */
  transientItemFailure(): string | undefined {
    const rate = this.settings.itemFailureRate;
    if (rate <= 0 || this.random() >= rate) return undefined;
    this.transientItemFailures += 1;
    return this.settings.itemFailureMessage;
  }

  /** Makes background processing of this external id end in `failed` (until {@link clear}). */
  failProcessing(externalId: string, message = "Processing failed: emulated embedding error"): void {
    this.processingFailures.set(externalId, message);
  }

  /** The error processing of this id must end with, if a test asked for one. */
  processingFailure(externalId: string): string | undefined {
    return this.processingFailures.get(externalId);
  }

  get latencyMs(): number {
    return this.settings.latencyMs;
  }

  /** The Retry-After header for a 429 sent at `now`, and the instant it expires. */
  retryAfter(now: number): { header: string; until: number } {
    const until = now + this.settings.retryAfterSeconds * 1000;
    if (this.settings.retryAfterFormat === "seconds") {
      return { header: String(this.settings.retryAfterSeconds), until };
    }
    // An HTTP-date has whole seconds; round up so the announced instant never precedes `until`.
    const date = new Date(Math.ceil(until / 1000) * 1000);
    return { header: date.toUTCString(), until: date.getTime() };
  }

  /** The fault for this request, or undefined. Consumes PRNG draws only for eligible requests. */
  decide(request: FaultRequest): FaultDecision | undefined {
    if (this.settings.only === "writes" && !isWriteMethod(request.method)) return undefined;
    if (this.burstRemaining > 0) {
      this.burstRemaining -= 1;
      return { kind: "rateLimitBurst" };
    }
    const decision = this.fromScript(request) ?? this.fromRates();
    if (decision?.kind === "rateLimitBurst") this.burstRemaining = this.settings.burstLength - 1;
    return decision;
  }

  private fromScript(request: FaultRequest): FaultDecision | undefined {
    const index = this.scripted.findIndex((s) => !s.options.when || s.options.when(request));
    const found = this.scripted[index];
    if (!found) return undefined;
    this.scripted.splice(index, 1);
    const { kind, options } = found;
    return this.shape(kind, options);
  }

  private fromRates(): FaultDecision | undefined {
    const roll = this.random();
    let cumulative = 0;
    for (const kind of FAULT_KINDS) {
      cumulative += this.settings.rates[kind] ?? 0;
      if (roll < cumulative) return this.shape(kind, {});
    }
    return undefined;
  }

  private shape(kind: FaultKind, options: OnceOptions): FaultDecision {
    if (kind === "status5xxBefore") {
      return { kind, status: options.status ?? pick(this.random, this.settings.serverErrorStatuses) };
    }
    if (kind === "status5xxAfter") return { kind, status: options.status ?? 500 };
    if (kind === "slow") return { kind, delayMs: options.delayMs ?? this.settings.slowMs };
    return { kind };
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
