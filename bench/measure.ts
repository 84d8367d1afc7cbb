import { applyPlan } from "../src/apply/apply.js";
import type { Settings } from "../src/config/settings.js";
import { silentLogger } from "../src/log.js";
import type { PlanSummary } from "../src/plan/types.js";
import { planRun } from "../src/sync.js";
import type { EmulatorProcess } from "./emulator-process.js";

/** The figures of one benchmark phase. */
export interface PhaseFigures {
  name: string;
  documents: number;
  plan: PlanSummary;
  failed: number;
  planMs: number;
  applyMs: number;
  /** Requests the emulator received during the phase, by kind. */
  requests: { list: number; upsert: number; delete: number; total: number };
  /** list pages + ⌈(creates + updates)/50⌉ + ⌈deletes/100⌉. */
  minimum: number;
  /** Highest RSS sampled during the phase, MiB. */
  peakRssMiB: number;
}

const MiB = 1024 * 1024;

/**
 * One sync, measured in two halves the way `sync()` runs it: plan (read the docs, list the
 * collection, diff — `planRun`, the first half of `sync()`) and apply (batches).
 */
export async function measurePhase(name: string, settings: Settings, emulator: EmulatorProcess): Promise<PhaseFigures> {
  const from = (await emulator.requests(Number.MAX_SAFE_INTEGER)).length;
  const sampler = rssSampler();

  const started = performance.now();
  const { target, snapshot, plan } = await planRun(settings, { log: silentLogger, userAgent: "kb-publish/bench (cli; node)" });
  const planned = performance.now();
  const result = await applyPlan(plan, target, { deletions: settings.deletions });
  const applied = performance.now();
  const peakRssMiB = sampler.stop();

  const { entries } = await emulator.requests(from);
  const count = (method: string) => entries.filter((e) => e.method === method).length;
  const listPages = Math.max(1, Math.ceil(snapshot.records.length / 100));
  const changed = plan.summary.create + plan.summary.update;
  return {
    name,
    documents: plan.summary.create + plan.summary.update + plan.summary.unchanged + plan.rejected.length,
    plan: plan.summary,
    failed: result.counts.failed,
    planMs: planned - started,
    applyMs: applied - planned,
    requests: { list: count("GET"), upsert: count("POST"), delete: count("DELETE"), total: entries.length },
    minimum: listPages + Math.ceil(changed / 50) + Math.ceil(plan.summary.delete / 100),
    peakRssMiB,
  };
}

/** Samples RSS every 10 ms (and at start and stop, in case CPU-bound work starves the timer). */
export function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / MiB);
    },
  };
}
