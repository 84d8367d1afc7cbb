/**
 * `npm run bench [-- --sizes 1000,10000] [--huge] [--reps 3] [--targets local,heppu,humind,chatbot,totoy] [--write]`
 *
 * Builds the current sources, generates a synthetic site per size, and measures — each in its
 * own process, the built CLI as a user runs it — a first sync, a no-op sync and a sync after a
 * 1% change, into the local store and into each remote target's emulator (in its own process;
 * a target is skipped at sizes past what it can hold, see MAX_PAGES). Every run is paired with
 * a floor run measured just before it (one process that walks, reads and sha256s every page:
 * bench/floor.mjs), so machine load hits both alike; the table shows medians over `--reps`
 * repetitions and the median of the per-pair ratios.
 * `--huge` adds 100,000 pages (local store, one repetition). `--write` updates bench/README.md
 * and the README's Performance section. Exits 1 when a run writes more or less than it must.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildBundle } from "../test/helpers/run-bundle.js";
import { changedCount, changeOnePercent, describeCorpus, generateCorpus, undoChange, type Corpus } from "./synthetic-site.js";
import { startEmulatorProcess } from "./emulator-process.js";
import { median } from "./measured.js";
import { goalLines, machine, renderTable, writeReadmeSection, type Row } from "./report.js";
import { measuredFloor, measuredSync, type Destination, type SyncFigures } from "./sync-runs.js";
import { MAX_PAGES, parseTargets, TARGETS, type TargetName } from "./targets.js";

const PHASES = ["first sync", "no-op", "1% edit"] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  sizes: number[];
  reps: number;
  targets: TargetName[];
  huge: boolean;
  write: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const sizes = (value("--sizes") ?? "1000,10000").split(",").map(Number);
  const targets = parseTargets(value("--targets") ?? TARGETS.join(","));
  return { sizes, reps: Number(value("--reps") ?? 3), targets, huge: argv.includes("--huge"), write: argv.includes("--write") };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = await mkdtemp(path.join(os.tmpdir(), "kbp-bench-"));
  const rows: Row[] = [];
  const failures: string[] = [];
  try {
    const dist = path.join(work, "dist");
    await buildBundle(dist);
    const plan = options.sizes.map((size) => ({ size, reps: options.reps, targets: options.targets }));
    if (options.huge) plan.push({ size: 100_000, reps: 1, targets: ["local"] });
    const sites: string[] = [];
    const skipped: string[] = [];
    for (const { size, reps, targets } of plan) {
      const corpus = generateCorpus(path.join(work, `site-${size}`), size);
      sites.push(describeCorpus(corpus));
      console.error(`${describeCorpus(corpus)}`);
      for (const target of targets) {
        const cap = MAX_PAGES[target] ?? Infinity;
        if (size > cap) skipped.push(`- ${target}: not measured at ${size} pages (one destination holds at most ${cap} pages)`);
        else rows.push(...(await measureTarget({ dist, work, corpus, target, reps, failures })));
      }
    }
    const writes = failures.length === 0 ? "met" : `MISSED (${failures.join("; ")})`;
    const writeGoal = `- Writes: every run wrote exactly its pages (first sync all, no-op none, 1% edit the edited, added and removed ones): ${writes}`;
    const figures = [machine(), `Sites: ${sites.join("; ")}.`, renderTable(rows), [...goalLines(rows), writeGoal, ...skipped].join("\n")].join("\n\n");
    console.log(`\n${figures}`);
    if (options.write) {
      await writeReadmeSection(path.join(import.meta.dirname, "README.md"), "bench", figures);
      await writeReadmeSection(path.join(import.meta.dirname, "..", "README.md"), "perf", figures);
    }
    for (const failure of failures) console.error(`FAILED: ${failure}`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    // Sites and stores are deleted only here, at the end. On ext4 without a journal each new
    // inode first steps past the inodes deleted in the last minute, so deleting one run's
    // 10,000 record files would slow the next run's first sync by the benchmark's own cleanup
    // (measured: creating 10,000 files took 0.75 s, and 1.3–2.0 s right after deleting as many).
    await rm(work, { recursive: true, force: true });
  }
}

interface TargetRun {
  dist: string;
  work: string;
  corpus: Corpus;
  target: TargetName;
  reps: number;
  failures: string[];
}

/** `reps` repetitions of the three phases from an empty target, each paired with a floor run. */
async function measureTarget(run: TargetRun): Promise<Row[]> {
  const samples = new Map<Phase, { sync: SyncFigures; floor: { cpu: number; wall: number; rss: number } }[]>(PHASES.map((p) => [p, []]));
  for (let rep = 0; rep < run.reps; rep++) {
    const emulator = run.target === "local" ? undefined : await startEmulatorProcess(run.target);
    const to: Destination = { target: run.target, store: path.join(run.work, `store-${run.target}-${run.corpus.files.length}-${rep}`), emulator };
    try {
      for (const phase of PHASES) {
        const floor = await measuredFloor(run.corpus.dir);
        const change = phase === "1% edit" ? await changeOnePercent(run.corpus, rep + 1) : undefined;
        const sync = await measuredSync(run.dist, run.corpus.dir, to);
        if (change) await undoChange(run.corpus, change);
        samples.get(phase)!.push({ sync, floor });
        const expected = phase === "first sync" ? run.corpus.files.length : change ? changedCount(change) : 0;
        if (sync.written !== expected) run.failures.push(`${run.target} ${phase} at ${run.corpus.files.length} pages wrote ${sync.written} records; expected ${expected}`);
        console.error(`  ${run.target} ${phase}: ${sync.cpu.toFixed(2)} s CPU (floor ${floor.cpu.toFixed(2)}), ${sync.wall.toFixed(2)} s wall, ${Math.round(sync.rss)} MiB`);
      }
    } finally {
      // The store stays until the benchmark ends (see main).
      await emulator?.close();
    }
  }
  return PHASES.map((phase) => rowOf(run, phase, samples.get(phase)!));
}

function rowOf(run: TargetRun, phase: Phase, pairs: { sync: SyncFigures; floor: { cpu: number; wall: number; rss: number } }[]): Row {
  const of = (pick: (pair: (typeof pairs)[number]) => number) => median(pairs.map(pick));
  return {
    pages: run.corpus.files.length,
    target: run.target,
    phase,
    cpu: of((p) => p.sync.cpu),
    wall: of((p) => p.sync.wall),
    rss: Math.max(...pairs.map((p) => p.sync.rss)),
    floorCpu: of((p) => p.floor.cpu),
    floorWall: of((p) => p.floor.wall),
    floorRss: of((p) => p.floor.rss),
    cpuRatio: of((p) => p.sync.cpu / p.floor.cpu),
    wallRatio: of((p) => p.sync.wall / p.floor.wall),
    written: of((p) => p.sync.written),
    requests: pairs[0]!.sync.requests === undefined ? undefined : of((p) => p.sync.requests!),
    workers: Math.max(...pairs.map((p) => p.sync.workers)),
  };
}

await main();
