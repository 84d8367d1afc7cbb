import { existsSync, readdirSync, readlinkSync } from "node:fs";

/** Whether this OS shows a process's open files (Linux: /proc); elsewhere {@link openFilesUnder} sees none. */
export const SEES_OPEN_FILES = existsSync("/proc/self/fd");

/** Files under `dir` this process still holds open, deleted or not: a spool unlinked while open shows here only. */
export function openFilesUnder(dir: string): string[] {
  if (!SEES_OPEN_FILES) return [];
  return readdirSync("/proc/self/fd").flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });
}
