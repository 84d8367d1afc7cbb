import type { SkippedSource } from "./discover.js";

/**
 * C0 and C1 controls (newline, tab, escape, …) and the Unicode line and paragraph separators:
 * characters that break a log line, a table row or a workflow command when a name is printed.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A name with every unprintable character as `\uXXXX`, so a newline cannot forge an output line. */
export function escapedName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar);
}

/** A name with every non-ASCII character as `\uXXXX`, so two names that look alike can be told apart. */
export function codePointsOf(name: string): string {
  return [...name].map((char) => (/^[\x20-\x7e]$/.test(char) ? char : escapeChar(char))).join("");
}

/**
 * Splits discovered paths into usable ones and per-file problems, so one bad name never blocks
 * the site: a name holding a control character (it would make an invalid id and break every
 * output it is printed in), and names that differ only by Unicode normalisation (macOS hands out
 * decomposed names; both would get one NFC id) — neither of such a pair is read.
 */
export function checkFileNames(files: readonly string[]): { files: string[]; skipped: SkippedSource[] } {
  const skipped: SkippedSource[] = [];
  const printable = files.filter((file) => {
    if (!UNPRINTABLE.test(file)) return true;
    skipped.push({ file: escapedName(file), message: controlMessage(file) });
    return false;
  });
  const byNfc = new Map<string, string[]>();
  for (const file of printable) byNfc.set(file.normalize("NFC"), [...(byNfc.get(file.normalize("NFC")) ?? []), file]);
  const twins = new Set([...byNfc.values()].filter((group) => group.length > 1).flat());
  for (const file of twins) skipped.push({ file, message: twinMessage(file, byNfc.get(file.normalize("NFC")) ?? []) });
  return { files: printable.filter((file) => !twins.has(file)), skipped };
}

function controlMessage(file: string): string {
  const char = [...file].find((c) => UNPRINTABLE.test(c)) ?? "";
  return (
    `the file name contains a control character (U+${hex(char).toUpperCase()}); ` +
    "expected a name of printable characters; the file is not read (rename it)"
  );
}

function twinMessage(file: string, group: readonly string[]): string {
  const others = group.filter((other) => other !== file).map((other) => `"${other}" (${codePointsOf(other)})`);
  return (
    `the file name (${codePointsOf(file)}) differs from ${others.join(", ")} only by Unicode normalisation; ` +
    "expected one file per name, since both would publish under one id; neither is read (rename or remove one)"
  );
}

/** `\u00e9`, or `\u{1f600}` beyond the Basic Multilingual Plane. */
function escapeChar(char: string): string {
  const code = hex(char);
  return code.length > 4 ? `\\u{${code}}` : `\\u${code}`;
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(4, "0");
}
