/**
 * `npm run bench:inputs [-- --pages N] [--only NAME] [--keep-html] [--write] [--against DIR] [--rounds N]`: the input
 * benchmark. Generates one synthetic site per input kind (plain Markdown, MDX, Hugo Markdown,
 * built Docusaurus and MkDocs HTML), with the pages and sizes of bench/generate.ts: 2,000 source
 * pages, and the first 1,000 of them as built HTML (HTML costs far more per page). Reads each
 * with `readDocuments` in its own process and prints time, pages/s, MB/s and peak RSS.
 * `--only` runs the cases whose name contains NAME; `--keep-html` reads built HTML as for a target
 * that sends HTML (`Document.html` kept); `--write` also updates the figures in bench/README.md.
 * `--against DIR` measures another checkout of kb-publish (DIR holds its `bench/inputs-case.ts`,
 * e.g. the main branch) on the same generated sites, the two alternating `--rounds` times
 * (default 3) in one run, and prints both figures (best CPU time of each) and their ratio:
 * before/after figures taken side by side on a shared machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateDocsSite, renderMarkdown, type SyntheticPage } from "./generate.js";
import type { CaseFigures, CaseRequest } from "./inputs-case.js";
import { compareRounds, renderComparison, type Comparison } from "./inputs-compare.js";
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
  const against = stringFlag("--against");
  const comparisons: Comparison[] = [];
  try {
    const only = stringFlag("--only")?.toLowerCase();
    for (const input of CASES.filter((c) => !only || c.name.toLowerCase().includes(only))) {
      const root = path.join(work, input.root);
      const dir = path.join(root, input.under ?? "");
      const count = input.html ? Math.ceil(pages / 2) : pages;
      const site = await generateDocsSite({ dir, count, seed: 1, extension: input.extension, render: input.render });
      const request: CaseRequest = { root, include: input.include, splitSample: input.html ? SPLIT_SAMPLE : 0, html: process.argv.includes("--keep-html") };
      if (against) {
        comparisons.push({ name: input.name, bytes: site.bytes, ...compare(request, against, numberFlag("--rounds") ?? 3) });
        await rm(root, { recursive: true, force: true });
        continue;
      }
      const figures = measure(request);
      rows.push({ name: input.name, pages: count, bytes: site.bytes, ...figures });
      console.log(`${input.name}: ${(figures.ms / 1000).toFixed(2)} s`);
      await rm(root, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  if (against) {
    console.log(`\n${machine()}\n\n${renderComparison(comparisons, against)}`);
    return;
  }
  const figures = `${machine()}\n\n${renderInputsTable(rows)}\n\n${renderSplit(rows)}`;
  console.log(`\n${figures}`);
  if (process.argv.includes("--write")) await writeReadmeSection(path.join(import.meta.dirname, "README.md"), "inputs", figures);
  if (rows.some((r) => r.errors > 0 || r.documents === 0)) process.exitCode = 1;
}

function measure(request: CaseRequest, checkout = path.join(import.meta.dirname, "..")): CaseFigures {
  const script = path.join(checkout, "bench", "inputs-case.ts");
  const run = spawnSync(process.execPath, ["--import", "tsx", script, JSON.stringify(request)], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024, cwd: checkout });
  if (run.status !== 0) throw new Error(`measuring ${request.root} failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as CaseFigures;
}

/** This checkout and `against` on one generated site, alternating. */
function compare(request: CaseRequest, against: string, rounds: number): Omit<Comparison, "name" | "bytes"> {
  const theirs = path.resolve(against);
  return compareRounds((checkout) => (checkout === "ours" ? measure(request) : measure(request, theirs)), rounds);
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
