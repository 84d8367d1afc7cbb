// Preloaded into every measured process (`node --import ./bench/rusage.mjs …`): on exit, writes
// the process's own resource usage — CPU of all its threads, workers included, and peak RSS —
// to the file named by KBP_BENCH_RUSAGE.
import { writeFileSync } from "node:fs";

const file = process.env.KBP_BENCH_RUSAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime, maxRssKiB: usage.maxRSS }));
  });
}
