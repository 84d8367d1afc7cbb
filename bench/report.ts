import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";

/** One line of the benchmark table: medians over the repetitions of one phase. */
export interface Row {
  pages: number;
  target: string;
  phase: "first sync" | "no-op" | "1% edit";
  /** Seconds of CPU (all threads), seconds of wall time, peak RSS in MiB. */
  cpu: number;
  wall: number;
  rss: number;
  floorCpu: number;
  floorWall: number;
  floorRss: number;
  /** Median of the per-pair ratios run ÷ floor. */
  cpuRatio: number;
  wallRatio: number;
  /** Records created + updated + deleted. */
  written: number;
  requests?: number;
  /** Worker threads used to derive (0: the main thread alone). */
  workers: number;
}

/** One line naming the machine: CPU model, cores, memory, Node version, OS. */
export function machine(): string {
  const memory = `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`;
  return `Machine: ${cpuModel()}, ${nproc()} cores (nproc, shared with other work), ${memory}, Node ${process.version}, ${os.type()} ${os.release()}; ${new Date().toISOString().slice(0, 10)}`;
}

/** The table: for each size, the floor, then each target's three phases. */
export function renderTable(rows: Row[]): string {
  const lines = [
    "| Pages | Target | Run | CPU | Wall | Peak RSS | CPU ÷ floor | Wall ÷ floor | Written | Requests |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  let lastPages = 0;
  for (const row of rows) {
    if (row.pages !== lastPages) {
      const floors = rows.filter((r) => r.pages === row.pages);
      const floor = (pick: (r: Row) => number) => median(floors.map(pick));
      lines.push(`| ${row.pages} | — | floor (walk, read, sha256) | ${s(floor((r) => r.floorCpu))} | ${s(floor((r) => r.floorWall))} | ${mib(floor((r) => r.floorRss))} | 1 | 1 | | |`);
      lastPages = row.pages;
    }
    const run = row.workers > 0 ? `${row.phase} (${row.workers} workers)` : row.phase;
    lines.push(
      `| ${row.pages} | ${row.target} | ${run} | ${s(row.cpu)} | ${s(row.wall)} | ${mib(row.rss)} | ${row.cpuRatio.toFixed(2)} | ${row.wallRatio.toFixed(2)} | ${row.written} | ${row.requests ?? ""} |`,
    );
  }
  return lines.join("\n");
}

/** The goals, each with the figure that meets or misses it. */
export function goalLines(rows: Row[]): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  for (const row of rows.filter((r) => r.phase === "no-op" && (r.pages === 10_000 || r.pages === 100_000))) {
    const [maxRatio, maxRss] = row.pages === 10_000 ? [2, 250] : [2.5, 1024];
    const ok = row.cpuRatio <= maxRatio && row.rss <= maxRss;
    lines.push(`- No-op, ${row.pages} pages, ${row.target}: ${row.cpuRatio.toFixed(2)}× floor CPU (goal ≤ ${maxRatio}×), ${mib(row.rss)} (goal ≤ ${maxRss} MiB): ${mark(ok)}`);
  }
  for (const row of rows.filter((r) => r.phase === "first sync" && r.target === "local" && r.pages === 10_000)) {
    lines.push(`- First sync, ${row.pages} pages, local store: ${row.wallRatio.toFixed(2)}× floor wall (goal ≤ 8×): ${mark(row.wallRatio <= 8)}`);
  }
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function s(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}

function mib(value: number): string {
  return `${Math.round(value)} MiB`;
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]!.trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return os.cpus()[0]?.model ?? "unknown CPU";
}

function nproc(): string {
  try {
    return execSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    return String(os.availableParallelism());
  }
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`. */
export async function writeReadmeSection(file: string, name: string, figures: string): Promise<void> {
  const text = await readFile(file, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start) || !text.includes(end)) throw new Error(`${file} has no ${start} … ${end} section to update`);
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  await writeFile(file, `${before}\n${figures}\n${after}`);
}
