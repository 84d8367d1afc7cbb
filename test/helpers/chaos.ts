import type { Settings } from "../../src/config/settings.js";
import type { LedgerEntry } from "../emulators/ledger.js";
import { runSync } from "./remote.js";

/**
 * The fault mix every chaos test runs under: 10% 5xx (a third of them after the write
 * committed), 5% resets (half before headers, half mid-body), and short 429 bursts.
 */
export function chaosFaults(seed: number, rateLimitBurst: number) {
  return {
    seed,
    rates: { status5xxBefore: 0.0667, status5xxAfter: 0.0333, resetBeforeHeaders: 0.025, resetMidBody: 0.025, rateLimitBurst },
    retryAfterSeconds: 1,
    burstLength: 2,
  };
}

/** Syncs until a run plans nothing to write; returns how many runs that took and where the last began. */
export async function converge(
  emu: { ledger: LedgerEntry[] },
  settings: Settings,
  options: { seed: number; maxRuns: number },
): Promise<{ runs: number; lastRunFrom: number }> {
  for (let runs = 1; runs <= options.maxRuns; runs++) {
    const from = emu.ledger.length;
    const outcome = await runSync(settings).catch(() => undefined);
    const summary = outcome?.plan.summary;
    if (summary && summary.create + summary.update + summary.delete === 0) return { runs, lastRunFrom: from };
  }
  throw new Error(`chaos seed ${options.seed}: no clean plan after ${options.maxRuns} runs`);
}

/**
 * Requests that arrived while an earlier 429's Retry-After was running, more than `graceMs` after
 * that 429 was sent (a request already on its way when the 429 left could not have known), in
 * the same bucket as the 429 when the API limits kinds of request separately (`bucketOf`).
 */
export function retryAfterIgnored(
  ledger: LedgerEntry[],
  options: { graceMs: number; bucketOf?: (method: string) => string },
): string[] {
  const bucket = options.bucketOf ?? (() => "all");
  const limits = ledger.filter((e) => e.retryAfterUntil !== undefined && e.respondedAt !== undefined);
  return ledger
    .filter((entry) =>
      limits.some(
        (limit) =>
          limit !== entry &&
          bucket(limit.method) === bucket(entry.method) &&
          limit.respondedAt! + options.graceMs <= entry.at &&
          entry.at < limit.retryAfterUntil! - 10,
      ),
    )
    .map((entry) => `${entry.seq} ${entry.method} ${entry.path}`);
}
