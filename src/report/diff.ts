import { structuredPatch } from "diff";

/** Lines of context around each change in a content diff. */
export const DIFF_CONTEXT_LINES = 3;
/** A diff longer than this is cut, so one rewritten page cannot crowd out every other diff. */
export const MAX_DIFF_CHARS = 12_000;
/** jsdiff gives up after this long on a pathological input instead of stalling the run. */
const DIFF_TIMEOUT_MS = 250;

export interface UnifiedDiff {
  /** `--- a/…`, `+++ b/…` and the hunks; empty when the texts are equal. */
  text: string;
  added: number;
  removed: number;
  /** True when the diff was cut at `maxChars` or could not be computed in time. */
  truncated: boolean;
}

export interface DiffOptions {
  /** Shown in the `---`/`+++` header lines. */
  name: string;
  /** Default {@link MAX_DIFF_CHARS}. */
  maxChars?: number;
}

/** A unified diff of two texts (line based, 3 lines of context). Pure. */
export function unifiedDiff(before: string, after: string, options: DiffOptions): UnifiedDiff {
  if (before === after) return { text: "", added: 0, removed: 0, truncated: false };
  const patch = structuredPatch(`a/${options.name}`, `b/${options.name}`, before, after, "", "", {
    context: DIFF_CONTEXT_LINES,
    timeout: DIFF_TIMEOUT_MS,
  });
  if (!patch) return { text: "(the diff took too long to compute)", added: 0, removed: 0, truncated: true };
  const lines = [`--- a/${options.name}`, `+++ b/${options.name}`];
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) {
      if (line.startsWith("+")) added += 1;
      if (line.startsWith("-")) removed += 1;
      lines.push(line);
    }
  }
  const cut = cutLines(lines, options.maxChars ?? MAX_DIFF_CHARS);
  return { text: cut.text, added, removed, truncated: cut.truncated };
}

/** Whole lines up to `maxChars`, then a marker line saying the rest was cut. */
function cutLines(lines: string[], maxChars: number): { text: string; truncated: boolean } {
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > maxChars) {
      kept.push(`… diff cut here (${lines.length - kept.length} more lines)`);
      return { text: kept.join("\n"), truncated: true };
    }
    kept.push(line);
    size += line.length + 1;
  }
  return { text: kept.join("\n"), truncated: false };
}

/**
 * A fenced code block that `text` cannot close early: the fence is one backtick longer than
 * the longest backtick run inside (at least three), so a page's own ``` blocks stay inside.
 */
export function fencedBlock(text: string, language = ""): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}
