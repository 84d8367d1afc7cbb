import path from "node:path";
import type { EmulatorProcess } from "./emulator-process.js";
import { runMeasured, type Cost } from "./measured.js";
import type { TargetName } from "./targets.js";

/** Where one benchmark run publishes: a fresh store, or a fresh emulator. */
export interface Destination {
  target: TargetName;
  store: string;
  emulator?: EmulatorProcess;
}

/** What one measured sync did. */
export interface SyncFigures extends Cost {
  /** Created + updated + deleted, from the run's own summary line. */
  written: number;
  /** Requests the emulator received (remote targets). */
  requests?: number;
  /** Worker threads the run derived on (from its verbose log). */
  workers: number;
}

/** `kb-publish sync` with the bundle in `dist`, measured in its own process. */
export async function measuredSync(dist: string, docs: string, to: Destination): Promise<SyncFigures> {
  const from = to.emulator ? (await to.emulator.requests(Number.MAX_SAFE_INTEGER)).length : 0;
  const run = await runMeasured([path.join(dist, "cli.js"), "sync", docs, "-v", ...targetArgs(to)]);
  const summary = /Synced: (\d+) created, (\d+) updated, (\d+) deleted, \d+ unchanged, (\d+) failed/.exec(run.stdout);
  if (run.code !== 0 || !summary || summary[4] !== "0") {
    throw new Error(`kb-publish sync into ${to.target} failed (exit ${run.code}): ${run.stderr.slice(-2000)}${run.stdout.slice(-2000)}`);
  }
  const written = Number(summary[1]) + Number(summary[2]) + Number(summary[3]);
  const workers = Number(/derived on (\d+) worker threads/.exec(run.stderr)?.[1] ?? 0);
  const figures: SyncFigures = { cpu: run.cpu, wall: run.wall, rss: run.rss, written, workers };
  if (to.emulator) figures.requests = (await to.emulator.requests(from)).entries.length;
  return figures;
}

/** The floor, measured the same way: walk, read and sha256 every page file. */
export async function measuredFloor(docs: string): Promise<Cost> {
  const run = await runMeasured([path.join(import.meta.dirname, "floor.mjs"), docs]);
  if (run.code !== 0) throw new Error(`the floor run failed (exit ${run.code}): ${run.stderr}`);
  return { cpu: run.cpu, wall: run.wall, rss: run.rss };
}

function targetArgs(to: Destination): string[] {
  if (to.target === "local" || !to.emulator) return ["--store", to.store];
  // The client-side rate limit is lifted to measure kb-publish, not the limiter.
  return ["--target", to.target, "--api-url", to.emulator.url, "--api-key", to.emulator.apiKey, "--rate-limit", "1000000", ...to.emulator.args];
}
