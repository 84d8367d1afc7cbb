/**
 * `npm run bench [-- --write]`: 10,000 synthetic pages against the Heppu emulator (no faults).
 * Prints, for a first sync, a no-op re-sync and a re-sync with 1% changed: plan time, apply time,
 * requests sent versus the minimum, and peak RSS. `--write` also updates bench/README.md.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { settingsWithDefaults } from "../src/config/defaults.js";
import type { Settings } from "../src/config/settings.js";
import { editPages, renderMarkdown } from "./generate.js";
import { startEmulatorProcess } from "./emulator-process.js";
import { measurePhase, type PhaseFigures } from "./measure.js";
import { machine, renderTable, writeReadmeSection } from "./report.js";

const PAGES = 10_000;
const SEED = 1;

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "kbp-bench-"));
  const emulator = await startEmulatorProcess();
  try {
    const started = performance.now();
    const site = generate(root);
    const described = describeSite(site);
    console.log(`${described} (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const settings = benchSettings(root, emulator);
    const phases: PhaseFigures[] = [];
    phases.push(await measurePhase("first sync", settings, emulator));
    phases.push(await measurePhase("re-sync, nothing changed", settings, emulator));
    await changeOnePercent(root, site.files);
    phases.push(await measurePhase("re-sync, 1% changed (80 edited, 10 added, 10 removed)", settings, emulator));
    const table = renderTable(phases);
    const figures = `${machine()}\n\n${described}\n\n${table}`;
    console.log(`\n${figures}`);
    if (process.argv.includes("--write")) await writeReadmeSection("bench", figures);
    const missed = phases.slice(1).filter((p) => p.requests.total !== p.minimum);
    if (missed.length > 0) process.exitCode = 1;
  } finally {
    await emulator.close();
    await rm(root, { recursive: true, force: true });
  }
}

interface Site {
  bytes: number;
  files: string[];
  /** Body bytes per page. */
  sizes: number[];
}

function describeSite(site: Site): string {
  const sorted = [...site.sizes].sort((a, b) => a - b);
  const at = (q: number) => `${(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! / 1024).toFixed(1)} KiB`;
  return (
    `Site: ${site.files.length} pages, ${(site.bytes / 1024 / 1024).toFixed(1)} MiB; page body median ${at(0.5)}, ` +
    `p90 ${at(0.9)}, p99 ${at(0.99)}, max ${at(1)}`
  );
}

function generate(root: string): Site {
  const script = path.join(import.meta.dirname, "generate-cli.ts");
  const run = spawnSync(process.execPath, ["--import", "tsx", script, root, String(PAGES), String(SEED)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`generating the benchmark site failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Site;
}

/** 1% of the pages: 80 edited, 10 added, 10 removed. */
async function changeOnePercent(root: string, files: string[]): Promise<void> {
  await editPages(root, files.slice(10), 80 / (files.length - 10), SEED);
  for (const file of files.slice(0, 10)) await unlink(path.join(root, file));
  await mkdir(path.join(root, "added"), { recursive: true });
  for (let i = 0; i < 10; i++) {
    const body = `# Added page ${i}\n\nA page added between runs.\n`;
    await writeFile(path.join(root, "added", `page-${i}.md`), renderMarkdown({ file: "", title: `Added page ${i}`, description: "New", tags: ["new"], body }));
  }
}

function benchSettings(root: string, emulator: { url: string; apiKey: string; collectionId: string }): Settings {
  return settingsWithDefaults({
    root,
    target: "heppu",
    store: path.join(root, ".unused"),
    apiUrl: emulator.url,
    apiKey: emulator.apiKey,
    collectionId: emulator.collectionId,
    // Measure kb-publish, not the client-side limiter; report.ts shows what 120/min would add.
    rateLimit: 1_000_000,
  });
}

await main();
