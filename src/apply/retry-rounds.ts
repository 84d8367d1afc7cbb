import type { ItemResult } from "../targets/target.js";
import { isRetryable, MISSING_RESULT } from "./retryable.js";

/**
 * How transient per-item failures are retried within a run. Defaults: 4 more rounds after the
 * first, 1 s before the first retry, doubling, at most 8 s, full jitter. With 10% of items
 * failing transiently per attempt, 5 attempts leave about 1 in 100,000 failed.
 */
export interface RetryRoundOptions {
  /** Rounds after the first; 0 turns retries off. Default 4. */
  rounds?: number;
  /** Upper bound of the pause before the first retry round, in ms. Default 1000. */
  baseDelayMs?: number;
  /** Upper bound of any pause, in ms. Default 8000. */
  maxDelayMs?: number;
  /** Default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Default Math.random. */
  random?: () => number;
}

export const DEFAULT_RETRY_ROUNDS = 4;

/** What retrying did, for the run's notes. */
export interface RetryStats {
  /** Items sent again at least once. */
  retried: number;
  /** Of those, items that succeeded in a later round. */
  recovered: number;
  /** Retry rounds run. */
  rounds: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends `items` with `send` (which batches them and returns one result per item; `round` 0 first), then sends the
 * items that failed transiently again, in fresh batches, a few rounds with a growing pause, so a
 * flaky API does not need another run. Returns one result per item, in input order: the last
 * outcome of each.
 */
export async function sendWithRetryRounds<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  send: (items: T[], round: number) => Promise<ItemResult[]>,
  options: RetryRoundOptions = {},
): Promise<{ results: ItemResult[]; stats: RetryStats }> {
  const rounds = Math.max(0, Math.floor(options.rounds ?? DEFAULT_RETRY_ROUNDS));
  const latest = new Map<string, ItemResult>();
  const remember = (results: ItemResult[]) => results.forEach((result) => latest.set(result.externalId, result));
  remember(await send([...items], 0));
  const retried = new Set<string>();
  let round = 0;
  for (; round < rounds; round++) {
    const again = items.filter((item) => isRetryableResult(latest.get(idOf(item))));
    if (again.length === 0) break;
    again.forEach((item) => retried.add(idOf(item)));
    await (options.sleep ?? realSleep)(pause(round, options));
    remember(await send(again, round + 1));
  }
  const results = items.map((item) => latest.get(idOf(item)) ?? { externalId: idOf(item), status: "failed" as const, error: MISSING_RESULT });
  const recovered = [...retried].filter((id) => latest.get(id)?.status !== "failed").length;
  return { results, stats: { retried: retried.size, recovered, rounds: round } };
}

function isRetryableResult(result: ItemResult | undefined): boolean {
  return result !== undefined && isRetryable(result);
}

/** Full jitter over a doubling bound: `random() * min(max, base * 2^round)`. */
function pause(round: number, options: RetryRoundOptions): number {
  const bound = Math.min(options.maxDelayMs ?? 8000, (options.baseDelayMs ?? 1000) * 2 ** round);
  return Math.floor((options.random ?? Math.random)() * bound);
}

/** `retried 469 items that failed transiently (3 rounds): 469 succeeded, 0 still failing`; empty when nothing was retried. */
export function retryNote(kind: "upserts" | "deletes", stats: RetryStats): string[] {
  if (stats.retried === 0) return [];
  const rounds = `${stats.rounds} ${stats.rounds === 1 ? "round" : "rounds"}`;
  return [
    `retried ${stats.retried} ${kind} that failed transiently (${rounds}): ${stats.recovered} succeeded, ${stats.retried - stats.recovered} still failing`,
  ];
}

/** Progress counts each document once: only the first round reports it. */
export function firstRoundOnly(progress: (n: number) => void, round: number): (n: number) => void {
  return round === 0 ? progress : () => undefined;
}
