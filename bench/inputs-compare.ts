/** Side-by-side figures for `bench:inputs --against DIR`: this checkout and another, on the same sites. */
import type { CaseFigures } from "./inputs-case.js";

export interface Comparison {
  name: string;
  bytes: number;
  /** Best (lowest CPU) figures of each checkout over the rounds. */
  ours: CaseFigures;
  theirs: CaseFigures;
  rounds: number;
}

/** Alternates the two checkouts `rounds` times (theirs first) and keeps each one's best CPU time. */
export function compareRounds(run: (checkout: "ours" | "theirs") => CaseFigures, rounds: number): Omit<Comparison, "name" | "bytes"> {
  let ours: CaseFigures | undefined;
  let theirs: CaseFigures | undefined;
  for (let round = 0; round < rounds; round++) {
    const before = run("theirs");
    const after = run("ours");
    if (!theirs || before.cpuMs < theirs.cpuMs) theirs = before;
    if (!ours || after.cpuMs < ours.cpuMs) ours = after;
  }
  return { ours: ours!, theirs: theirs!, rounds };
}

export function renderComparison(rows: Comparison[], against: string): string {
  const MB = 1_000_000;
  const speed = (bytes: number, figures: CaseFigures) => bytes / MB / (figures.cpuMs / 1000);
  const lines = rows.map((r) => {
    const before = speed(r.bytes, r.theirs);
    const after = speed(r.bytes, r.ours);
    const residue = `${r.theirs.residue} → ${r.ours.residue}`;
    return `| ${r.name} | ${(r.bytes / MB).toFixed(1)} MB | ${(r.theirs.cpuMs / 1000).toFixed(2)} s | ${before.toFixed(1)} | ${(r.ours.cpuMs / 1000).toFixed(2)} s | ${after.toFixed(1)} | ${(after / before).toFixed(2)}× | ${residue} | ${r.rounds} |`;
  });
  return [
    `Before: ${against}; after: this checkout. CPU time (user + system, best of the rounds, the two alternating); MB/s = size / CPU time.`,
    "",
    "| Input | Size | CPU before | MB/s before | CPU after | MB/s after | Ratio | Residue | Rounds |",
    "|---|---|---|---|---|---|---|---|---|",
    ...lines,
  ].join("\n");
}
