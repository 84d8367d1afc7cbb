import { describe, expect, it } from "vitest";
import { generateDocsSite } from "../../bench/generate.js";
import type { SyncOutcome } from "../../src/sync.js";
import { heppuSettings, runSync, startEmulator } from "../heppu/helpers.js";
import { tempDir } from "../helpers/workspace.js";

const SEED = 20_260_901;
const MAX_RUNS = 8;

const failedOf = (outcome: SyncOutcome | undefined) => outcome?.result?.counts.failed ?? Number.NaN;

/**
 * Syncs `count` pages into a Heppu emulator where every batch item fails transiently 10% of the
 * time, until a run ends with no failure; returns the failures left after each run.
 */
async function failuresPerRun(count: number, rounds?: number): Promise<{ failures: number[]; injected: number; notes: string[] }> {
  const emu = await startEmulator({ seed: SEED });
  const root = await tempDir("kbp-retry-");
  await generateDocsSite({ dir: root, count, seed: SEED, minBytes: 200, maxBytes: 800 });
  emu.faults.configure({ seed: SEED, itemFailureRate: 0.1 });
  const failures: number[] = [];
  const notes: string[] = [];
  for (let run = 0; run < MAX_RUNS; run++) {
    const outcome = await runSync(heppuSettings(emu, root), { retry: { baseDelayMs: 2, maxDelayMs: 20, ...(rounds === undefined ? {} : { rounds }) } });
    failures.push(failedOf(outcome));
    notes.push(...(outcome.result?.notes ?? []));
    if (failedOf(outcome) === 0) break;
  }
  const held = emu.sources().length;
  expect(held).toBe(count);
  return { failures, injected: emu.faults.transientItemFailures, notes };
}

describe("transient per-item failures are retried within the run (Heppu emulator, 10% of items fail per attempt)", () => {
  it.each([1000, 5000])("%i pages converge in at most 2 runs", { timeout: 240_000 }, async (count) => {
    const { failures, injected, notes } = await failuresPerRun(count);
    console.log(`retry rounds, ${count} pages: ${injected} transient item failures injected; failures left after each run: ${failures.join(" → ")}`);
    expect(injected).toBeGreaterThan(count / 20);
    expect(failures.length).toBeLessThanOrEqual(2);
    expect(failures.at(-1)).toBe(0);
    expect(notes[0]).toMatch(/^retried \d+ upserts that failed transiently \(\d rounds?\): \d+ succeeded/);
  });

  it("the control: without retry rounds, 1,000 pages need more runs", { timeout: 240_000 }, async () => {
    const { failures } = await failuresPerRun(1000, 0);
    console.log(`no retry rounds, 1000 pages: failures left after each run: ${failures.join(" → ")}`);
    expect(failures.length).toBeGreaterThan(2);
  });
});
