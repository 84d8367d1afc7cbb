import type { Diagnostic } from "../documents/document.js";
import { locationOf, plural } from "./wording.js";

/** Warnings of one kind on at least this many files are shown as one line. */
export const GROUP_AT = 3;
/** Files named on a grouped line before "…" (unless every one is asked for). */
export const FILES_SHOWN = 5;

/** One warning, or one problem shared by several files. */
export type WarningGroup =
  | { kind: "one"; diagnostic: Diagnostic }
  | {
      kind: "many";
      /** `13 pages have no fr translation`, or `title is empty (4 files)`. */
      summary: string;
      diagnostics: Diagnostic[];
    };

/**
 * Groups warnings that say the same thing about different files: by their `group` wording, or
 * else by an identical message. Groups smaller than {@link GROUP_AT} stay one line per file.
 * Order: the first file of each group, as given.
 */
export function groupWarnings(warnings: readonly Diagnostic[]): WarningGroup[] {
  const byKey = new Map<string, Diagnostic[]>();
  for (const d of warnings) {
    const key = d.group === undefined ? `message:${d.message}` : `group:${d.group}`;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  return [...byKey.values()].flatMap((members): WarningGroup[] => {
    if (members.length < GROUP_AT) return members.map((diagnostic) => ({ kind: "one", diagnostic }));
    const first = members[0]!;
    const summary = first.group === undefined ? `${first.message} (${plural(members.length, "file")})` : `${members.length} pages ${first.group}`;
    return [{ kind: "many", summary, diagnostics: members }];
  });
}

/** `a.md, b.md, c.md, d.md, e.md, … (8 more)`; every location with `all`. */
export function locationList(diagnostics: readonly Diagnostic[], all: boolean, format: (text: string) => string = (t) => t): string {
  const shown = all ? diagnostics : diagnostics.slice(0, FILES_SHOWN);
  const rest = diagnostics.length - shown.length;
  const names = shown.map((d) => format(locationOf(d)));
  return rest > 0 ? `${names.join(", ")}, … (${rest} more)` : names.join(", ");
}
