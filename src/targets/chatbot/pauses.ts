import { backoffDelay } from "../../http/index.js";
import type { TargetContext } from "../context.js";

/**
 * The pauses of the publish step (apply conflicts, in-progress idempotency keys, job polling),
 * on the context's clock. `context.http.baseBackoffMs`/`maxBackoffMs` (tests, chaos runs) scale
 * them down like the HTTP client's own backoff.
 */
export interface Pauses {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  /** First retry pause (full jitter, doubling). Default 1000. */
  retryBaseMs: number;
  /** Default 30000. */
  retryMaxMs: number;
  /** First pause between job polls (growing by half each poll). Default 500. */
  pollFirstMs: number;
  /** Default 5000. */
  pollMaxMs: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function pausesFor(context: TargetContext): Pauses {
  const http = context.http ?? {};
  const cap = http.maxBackoffMs;
  return {
    sleep: context.sleep ?? realSleep,
    now: context.now ?? Date.now,
    random: http.random ?? Math.random,
    retryBaseMs: http.baseBackoffMs ?? 1000,
    retryMaxMs: cap ?? 30_000,
    pollFirstMs: Math.min(500, cap ?? 500),
    pollMaxMs: Math.min(5000, cap ?? 5000),
  };
}

/** The pause before retry `attempt` (1-based): capped exponential backoff with full jitter. */
export function retryPause(pauses: Pauses, attempt: number): number {
  return backoffDelay(attempt - 1, { baseBackoffMs: pauses.retryBaseMs, maxBackoffMs: pauses.retryMaxMs }, pauses.random);
}

/** The pause before poll `poll` (1-based): 500 ms, growing by half each time, up to 5 s. */
export function pollPause(pauses: Pauses, poll: number): number {
  return Math.min(pauses.pollMaxMs, Math.round(pauses.pollFirstMs * 1.5 ** (poll - 1)));
}
