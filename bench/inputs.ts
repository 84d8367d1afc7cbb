/**
 * `npm run bench:inputs [-- --pages N] [--only NAME] [--keep-html] [--write]`: the input
 * benchmark. Generates one synthetic site per input kind (plain Markdown, MDX, Hugo Markdown,
 * built Docusaurus and MkDocs HTML), with the pages and sizes of bench/generate.ts: 2,000 source
 * pages, and the first 1,000 of them as built HTML (HTML costs far more per page). Reads each
 * with `readDocuments` in its own process and prints time, pages/s, MB/s and peak RSS.
 * `--only` runs the cases whose name contains NAME; `--keep-html` reads built HTML as for a target
 * that sends HTML (`Document.html` kept); `--write` also updates the figures in bench/README.md.
 * `--baseline DIR` also reads each site with another checkout's code (`DIR/bench/inputs-case.ts`,
 * e.g. `main` exported with `git archive main src bench | tar -x -C DIR` and `node_modules`
 * linked), alternating with this one three times, and prints both CPU rates side by side.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateDocsSite, renderMarkdown, type SyntheticPage } from "./generate.js";
import type { CaseFigures, CaseRequest } from "./inputs-case.js";
import { renderDocusaurusHtml, renderMkdocsHtml } from "./render-html.js";
import { renderHugo, renderMdx } from "./render-sources.js";
import { machine, writeReadmeSection } from "./report.js";

interface InputCase {
  name: string;
  /** Site root, under the work folder. */
  root: string;
  /** Folder under the root that pages are written to. Default: the root. */
  under?: string;
  extension: string;
  render: (page: SyntheticPage) => string;
  include: string[];
  html?: boolean;
}

const HTML = ["**/*.{html,htm}"];
/** Built HTML pages timed stage by stage after the run (see inputs-case.ts). */
const SPLIT_SAMPLE = 100;
const CASES: InputCase[] = [
  { name: "Markdown", root: "markdown", extension: ".md", render: renderMarkdown, include: ["**/*.md"] },
  { name: "MDX (Docusaurus components)", root: "mdx", under: "docs", extension: ".mdx", render: renderMdx, include: ["**/*.mdx"] },
  { name: "Hugo Markdown (TOML, shortcodes)", root: "hugo", under: "content", extension: ".md", render: renderHugo, include: ["**/*.md"] },
  { name: "built HTML (Docusaurus)", root: "docusaurus-build", under: "docs", extension: "/index.html", render: renderDocusaurusHtml, include: HTML, html: true },
  { name: "built HTML (MkDocs Material)", root: "site", extension: "/index.html", render: renderMkdocsHtml, include: HTML, html: true },
];

interface Row extends CaseFigures {
  name: string;
  pages: number;
  bytes: number;
}

async function main(): Promise<void> {
  const pages = numberFlag("--pages") ?? 2_000;
  if (process.argv.includes("--write") && process.argv.includes("--only")) throw new Error("Invalid flags: got --write with --only; expected --write only for a run of every case (bench/inputs.ts)");
  const work = await mkdtemp(path.join(os.tmpdir(), "kbp-bench-inputs-"));
  const rows: Row[] = [];
  const comparisons: Comparison[] = [];
  try {
    const only = stringFlag("--only")?.toLowerCase();
    for (const input of CASES.filter((c) => !only || c.name.toLowerCase().includes(only))) {
      const root = path.join(work, input.root);
      const dir = path.join(root, input.under ?? "");
      const count = input.html ? Math.ceil(pages / 2) : pages;
      const site = await generateDocsSite({ dir, count, seed: 1, extension: input.extension, render: input.render });
      const request = { root, include: input.include, splitSample: input.html ? SPLIT_SAMPLE : 0, html: process.argv.includes("--keep-html") };
      const baseline = stringFlag("--baseline");
      if (baseline) comparisons.push({ name: input.name, bytes: site.bytes, ...compare(request, path.resolve(baseline, "bench/inputs-case.ts")) });
      const figures = measure(request);
      rows.push({ name: input.name, pages: count, bytes: site.bytes, ...figures });
      console.log(`${input.name}: ${(figures.ms / 1000).toFixed(2)} s`);
      await rm(root, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const figures = `${machine()}\n\n${renderInputsTable(rows)}\n\n${renderSplit(rows)}${renderComparisons(comparisons)}`;
  console.log(`\n${figures}`);
  if (process.argv.includes("--write")) await writeReadmeSection("inputs", figures);
  if (rows.some((r) => r.errors > 0 || r.documents === 0)) process.exitCode = 1;
}

interface Comparison {
  name: string;
  bytes: number;
  baselineCpuMs: number;
  cpuMs: number;
}

/** Median CPU time of the baseline's and this checkout's reading, alternating three times. */
function compare(request: CaseRequest, baselineScript: string): { baselineCpuMs: number; cpuMs: number } {
  const times = { baseline: [] as number[], current: [] as number[] };
  for (let round = 0; round < 3; round++) {
    times.baseline.push(measure({ ...request, splitSample: 0 }, baselineScript).cpuMs);
    times.current.push(measure({ ...request, splitSample: 0 }).cpuMs);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  return { baselineCpuMs: median(times.baseline), cpuMs: median(times.current) };
}

function renderComparisons(comparisons: Comparison[]): string {
  if (comparisons.length === 0) return "";
  const rate = (bytes: number, ms: number) => (bytes / 1_000_000 / (ms / 1000)).toFixed(1);
  const lines = comparisons.map((c) =>
    `| ${c.name} | ${(c.baselineCpuMs / 1000).toFixed(2)} s | ${rate(c.bytes, c.baselineCpuMs)} | ${(c.cpuMs / 1000).toFixed(2)} s | ${rate(c.bytes, c.cpuMs)} | ${(c.baselineCpuMs / c.cpuMs).toFixed(1)}× |`);
  return `\n\n| Side by side (median CPU of 3 alternating runs) | Baseline CPU | Baseline MB/s (CPU) | This CPU | This MB/s (CPU) | Speed-up |\n|---|---|---|---|---|---|\n${lines.join("\n")}`;
}

function measure(request: CaseRequest, script = path.join(import.meta.dirname, "inputs-case.ts")): CaseFigures {
  const run = spawnSync(process.execPath, ["--import", "tsx", script, JSON.stringify(request)], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`measuring ${request.root} failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as CaseFigures;
}

function renderInputsTable(rows: Row[]): string {
  const MB = 1_000_000;
  const lines = rows.map((r) => {
    const seconds = r.ms / 1000;
    const docs = `${r.documents}${r.errors ? `, ${r.errors} errors` : ""}${r.warnings ? `, ${r.warnings} warnings` : ""}`;
    const cpu = `${(r.cpuMs / 1000).toFixed(2)} s`;
    return `| ${r.name} | ${r.pages} | ${(r.bytes / MB).toFixed(1)} MB | ${docs} | ${r.residue} | ${seconds.toFixed(2)} s | ${cpu} | ${Math.round(r.pages / seconds)} | ${(r.bytes / MB / seconds).toFixed(1)} | ${r.peakRssMiB} MiB |`;
  });
  const header = "| Input | Pages | Size | Documents | Residue | Time | CPU | Pages/s | MB/s | Peak RSS |";
  return [header, "|---|---|---|---|---|---|---|---|---|---|", ...lines].join("\n");
}

function renderSplit(rows: Row[]): string {
  const split = rows.filter((r) => r.split);
  if (split.length === 0) return "";
  const stages = Object.keys(split[0]!.split!);
  const lines = split.map((r) => `| ${r.name} | ${stages.map((s) => `${r.split![s]}%`).join(" | ")} |`);
  return [`| Built HTML: share of time per stage (${SPLIT_SAMPLE} pages) | ${stages.join(" | ")} |`, `|---|${stages.map(() => "---|").join("")}`, ...lines].join("\n");
}

function stringFlag(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
}

function numberFlag(flag: string): number | undefined {
  const text = stringFlag(flag);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`Invalid ${flag}: got ${JSON.stringify(text)}, expected a positive integer (bench/inputs.ts)`);
  return value;
}

await main();
