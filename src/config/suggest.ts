/**
 * The candidate closest to `value`, for a "did you mean" hint, or undefined when none is close:
 * at most one edit for short words, about a third of the word's length for longer ones, or the
 * one candidate that starts with `value`.
 * Hand-written: fifteen lines of edit distance do not justify a dependency.
 */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const wanted = value.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance === 0) return candidate;
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  // A short start of exactly one candidate (`tomb` for tombstone) is as good as a typo.
  const starts = wanted.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(wanted)) : [];
  if (starts.length === 1) return starts[0];
  const allowed = Math.max(1, Math.floor(Math.max(wanted.length, best.candidate.length) / 3));
  return best.distance <= allowed ? best.candidate : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** `; did you mean "heppu"?`, or empty. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const match = closest(value, candidates);
  return match === undefined || match === value ? "" : `; did you mean "${match}"?`;
}
