import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PhaseFigures } from "./measure.js";

/** One line naming the machine: CPU model, cores, memory, Node version, OS. */
export function machine(): string {
  const cpu = cpuModel();
  const cores = nproc();
  const memory = `${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM`;
  return `Machine: ${cpu}, ${cores} cores (nproc), ${memory}, Node ${process.version}, ${os.type()} ${os.release()}; ${new Date().toISOString().slice(0, 10)}`;
}

/** A Markdown table of the phases. */
export function renderTable(phases: PhaseFigures[]): string {
  const rows = phases.map((p) => {
    const plan = `${p.plan.create} create, ${p.plan.update} update, ${p.plan.delete} delete, ${p.plan.unchanged} unchanged`;
    const requests = `${p.requests.total} (${p.requests.list} list, ${p.requests.upsert} batch, ${p.requests.delete} delete)`;
    const atDefault = `${Math.max(0, (p.requests.total - 10) / 2).toFixed(0)} s`;
    const verdict = p.requests.total === p.minimum ? "= minimum" : `+${p.requests.total - p.minimum}`;
    return `| ${p.name} | ${plan} | ${ms(p.planMs)} | ${ms(p.applyMs)} | ${requests} | ${p.minimum} (${verdict}) | ${atDefault} | ${p.peakRssMiB} MiB | ${p.failed} |`;
  });
  return [
    "| Phase | Plan | Plan time | Apply time | Requests sent | Minimum | At 120/min | Peak RSS | Failed |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
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

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in bench/README.md. */
export async function writeReadmeSection(name: string, figures: string): Promise<void> {
  const file = path.join(import.meta.dirname, "README.md");
  const text = await readFile(file, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start) || !text.includes(end)) throw new Error(`bench/README.md has no ${start} … ${end} section to update`);
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  await writeFile(file, `${before}\n${figures}\n${after}`);
}
