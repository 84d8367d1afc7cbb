import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** What one measured process cost. */
export interface Cost {
  /** User + system CPU of every thread, seconds. */
  cpu: number;
  /** Wall time from spawn to exit, seconds. */
  wall: number;
  /** Peak resident set size, MiB. */
  rss: number;
}

export interface MeasuredRun extends Cost {
  code: number;
  stdout: string;
  stderr: string;
}

const RUSAGE = path.join(import.meta.dirname, "rusage.mjs");
let runs = 0;

/** Runs `node <args>` in its own process and measures it (see rusage.mjs). */
export async function runMeasured(args: string[], options: { cwd?: string } = {}): Promise<MeasuredRun> {
  const file = path.join(os.tmpdir(), `kbp-bench-rusage-${process.pid}-${runs++}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", RUSAGE, ...args], {
    cwd: options.cwd,
    env: { ...process.env, KBP_BENCH_RUSAGE: file, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exit) => resolve(exit ?? 1));
  });
  const wall = (performance.now() - started) / 1000;
  const usage = JSON.parse(await readFile(file, "utf8")) as { userMicros: number; systemMicros: number; maxRssKiB: number };
  await rm(file, { force: true });
  return { code, stdout, stderr, wall, cpu: (usage.userMicros + usage.systemMicros) / 1e6, rss: usage.maxRssKiB / 1024 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
