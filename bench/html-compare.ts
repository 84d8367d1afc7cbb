/**
 * `node --import tsx bench/html-compare.ts --baseline <dir> [--pages N] [--rounds N] [--site <built dir>]…`:
 * built-HTML derivation of this checkout and of a baseline checkout (`<dir>/src`, e.g. `main`
 * exported with `git archive main src | tar -x -C <dir>` and `node_modules` linked into it),
 * measured side by side in one process: the same pages, rounds alternating between the two,
 * CPU time per round. Pages are the input benchmark's synthetic Docusaurus and MkDocs Material
 * pages (bench/render-html.ts), plus every page of each `--site` given (real builds). Prints
 * MB/s of HTML for each side (median of the rounds) and the ratio.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fg from "fast-glob";
import type { DeriveOutcome, SourceFile } from "../src/documents/derive.js";
import { generateDocsSite } from "./generate.js";
import { renderDocusaurusHtml, renderMkdocsHtml } from "./render-html.js";

type Derive = (file: SourceFile, options: { idPrefix: string; html?: boolean }) => DeriveOutcome;

interface PageSet {
  name: string;
  files: SourceFile[];
  bytes: number;
}

async function main(): Promise<void> {
  const baselineDir = flag("--baseline");
  if (!baselineDir) throw new Error("Missing --baseline: expected a folder holding the baseline's src/ (bench/html-compare.ts)");
  const rounds = Number(flag("--rounds") ?? 5);
  const pages = Number(flag("--pages") ?? 300);
  const current = (await import("../src/documents/html/index.js")).deriveHtmlDocument as Derive;
  const baseline = (await import(path.resolve(baselineDir, "src/documents/html/index.ts"))).deriveHtmlDocument as Derive;
  const sets = [await synthetic("Docusaurus (synthetic)", renderDocusaurusHtml, pages), await synthetic("MkDocs Material (synthetic)", renderMkdocsHtml, pages)];
  for (const site of flags("--site")) sets.push(await builtSite(site));
  console.log(`| Pages | Files | MB | Baseline MB/s | This checkout MB/s | Ratio |\n|---|---|---|---|---|---|`);
  for (const set of sets) {
    const times = { baseline: [] as number[], current: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      times.baseline.push(cpuMs(() => set.files.forEach((file) => baseline(file, { idPrefix: "", html: false }))));
      times.current.push(cpuMs(() => set.files.forEach((file) => current(file, { idPrefix: "", html: false }))));
    }
    const rate = (ms: number[]) => set.bytes / 1e6 / (median(ms) / 1000);
    const [before, after] = [rate(times.baseline), rate(times.current)];
    console.log(`| ${set.name} | ${set.files.length} | ${(set.bytes / 1e6).toFixed(1)} | ${before.toFixed(1)} | ${after.toFixed(1)} | ${(after / before).toFixed(1)}× |`);
  }
}

async function synthetic(name: string, render: typeof renderDocusaurusHtml, count: number): Promise<PageSet> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kbp-html-compare-"));
  try {
    await generateDocsSite({ dir, count, seed: 1, extension: "/index.html", render });
    return await read(name, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function builtSite(dir: string): Promise<PageSet> {
  return read(path.basename(path.resolve(dir, "..")) + "/" + path.basename(dir), dir);
}

async function read(name: string, dir: string): Promise<PageSet> {
  const paths = fg.sync("**/*.{html,htm}", { cwd: dir, ignore: ["**/node_modules/**"] }).sort();
  const files = await Promise.all(paths.map(async (file) => ({ path: file, text: await readFile(path.join(dir, file), "utf8") })));
  return { name, files, bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) };
}

/** CPU time (user + system) of a synchronous run: steadier than wall time on a shared machine. */
function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function flags(name: string): string[] {
  return process.argv.flatMap((arg, index) => (arg === name && process.argv[index + 1] ? [process.argv[index + 1]!] : []));
}

await main();
