import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editPages, generateDocsSite } from "../../bench/generate.js";
import { tempDir } from "../helpers/workspace.js";
import { page, requests, runSync, startEmulator, totoySettings } from "./helpers.js";

/** Requests per kind, e.g. `{ "GET /v1/sources": 1, "POST /v1/sources": 1000 }`. */
function tally(lines: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) counts[line] = (counts[line] ?? 0) + 1;
  return counts;
}

const KB = "/v1/knowledge-bases/kb_…";
const READS = { [`GET ${KB}`]: 1, "GET /v1/sources": 1, [`GET ${KB}/sources`]: 1 };

describe("totoy: what a run costs (1,000 pages, no faults)", () => {
  it("first sync: 3 reads + 1 create per page + 1 link per 100; no-op: 3 reads; 1% changed: 3 reads + what changed", { timeout: 120_000 }, async () => {
    const emu = await startEmulator();
    const root = await tempDir("kbp-totoy-cost-");
    const site = await generateDocsSite({ dir: root, count: 1000, seed: 5, minBytes: 200, maxBytes: 1500 });
    const settings = totoySettings(emu, root, { allowMassDelete: true });

    const phases: [string, Record<string, number>][] = [];
    const measure = async (name: string) => {
      const from = emu.ledger.length;
      const outcome = await runSync(settings);
      expect(outcome.result?.counts.failed).toBe(0);
      phases.push([name, tally(requests(emu, from))]);
    };
    await measure("first sync");
    await measure("no-op");
    await editPages(root, site.pages.slice(10).map((p) => p.file), 8 / 990, 5);
    await rm(path.join(root, site.pages[0]!.file));
    await mkdir(path.join(root, "added"), { recursive: true });
    await writeFile(path.join(root, "added/new.md"), page("New"));
    await measure("1% changed (8 edited, 1 added, 1 removed)");

    for (const [name, counts] of phases) console.log(`totoy cost, ${name}: ${Object.values(counts).reduce((a, b) => a + b, 0)} requests ${JSON.stringify(counts)}`);
    expect(phases.map(([, counts]) => counts)).toEqual([
      { ...READS, "POST /v1/sources": 1000, [`POST ${KB}/sources`]: 10 },
      READS,
      { ...READS, "PATCH /v1/sources/src_…": 8, "POST /v1/sources": 1, [`POST ${KB}/sources`]: 1, [`DELETE ${KB}/sources/src_…`]: 1 },
    ]);
  });
});
