import type { RunInfo } from "./reads.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reason added to every planned delete (pure): the item becomes a tombstone at the next
 * publish and can be restored by bringing the file back within the source's grace window.
 */
export function deleteNote(graceDays: number | undefined, now: number): string {
  if (graceDays === undefined) return "tombstone for the source's grace window (graceDays unknown: the source could not be read)";
  if (graceDays === 0) return "tombstone purged when published (the source's grace window is 0 days)";
  return `tombstone for ${graceDays} day${graceDays === 1 ? "" : "s"}, purged after about ${purgeDate(graceDays, now)} unless the file returns`;
}

/** What a successful publish reports (pure). */
export interface PublishedReport {
  generationId: string;
  number?: number;
  run: RunInfo;
  graceDays?: number;
  now: number;
  /** Why the run published although it wrote nothing itself (changes staged by an earlier run). */
  recovered?: string;
}

export function publishedNotes(report: PublishedReport): string[] {
  const number = report.number === undefined ? "" : ` (#${report.number})`;
  const notes = [`published generation ${report.generationId}${number} from run ${report.run.id}: ${countsText(report.run.changeCounts)}`];
  if (report.recovered !== undefined) notes.push(`published changes an earlier run staged but never published (${report.recovered})`);
  const removed = report.run.changeCounts?.removed_page;
  if (typeof removed === "number" && removed > 0 && report.graceDays !== undefined && report.graceDays > 0) {
    notes.push(
      `${removed} removed page${removed === 1 ? " is a tombstone" : "s are tombstones"} until about ${purgeDate(report.graceDays, report.now)} ` +
        `(grace window ${report.graceDays} days): bring a file back before then to restore it`,
    );
  }
  return notes;
}

/** `{ new_page: 2, removed_page: 1, unchanged: 9 }` → "2 new, 1 removed, 9 unchanged". */
export function countsText(counts: Record<string, unknown> | undefined): string {
  const parts = Object.entries(counts ?? {})
    .filter(([, n]) => typeof n === "number")
    .map(([kind, n]) => `${String(n)} ${kind.replace(/_page$/, "").replace(/_/g, " ")}`);
  return parts.length > 0 ? parts.join(", ") : "no change counts reported";
}

function purgeDate(graceDays: number, now: number): string {
  return new Date(now + graceDays * DAY_MS).toISOString().slice(0, 10);
}
