/** An open fenced code block: its marker character and length (CommonMark rules). */
export interface Fence {
  char: "`" | "~";
  length: number;
}

// Any indentation and blockquote markers are accepted: inside JSX children or admonitions a fence
// may sit deeper than CommonMark's three spaces and still be code to the reader.
const OPENING = /^[ \t>]*(`{3,}|~{3,})(.*)$/;
const CLOSING = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;

/** The fence a line opens, or undefined. A backtick fence's info string may not contain a backtick. */
export function fenceOpenedBy(line: string): Fence | undefined {
  const match = OPENING.exec(line);
  if (!match) return undefined;
  const marker = match[1]!;
  const char = marker[0] as Fence["char"];
  if (char === "`" && match[2]!.includes("`")) return undefined;
  return { char, length: marker.length };
}

/** Whether a line closes `fence`: the same character, at least as many, nothing else. */
export function closesFence(line: string, fence: Fence): boolean {
  const match = CLOSING.exec(line);
  return match !== null && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}

/** The index of the line that closes the fence opened at `start`, or the last line when it never closes. */
export function fenceEnd(lines: readonly string[], start: number): number {
  const fence = fenceOpenedBy(lines[start]!);
  if (!fence) return start;
  for (let i = start + 1; i < lines.length; i++) if (closesFence(lines[i]!, fence)) return i;
  return lines.length - 1;
}

/** A fence for `code` that no line of it can close: one backtick longer than its longest run. */
export function fenceFor(code: string): string {
  const runs = code.match(/^[ \t]*`{3,}/gm) ?? [];
  const longest = Math.max(2, ...runs.map((run) => run.trim().length));
  return "`".repeat(longest + 1);
}

/**
 * The line that closes a block opened at `start` (an admonition, a paired shortcode), skipping
 * fenced code and counting nested openers, each of which needs its own closer. Undefined when
 * the block never closes.
 */
export function matchingCloser(lines: readonly string[], start: number, markers: { opener: RegExp; closer: RegExp }): number | undefined {
  let depth = 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenceOpenedBy(line)) {
      i = fenceEnd(lines, i);
      continue;
    }
    if (markers.closer.test(line)) depth--;
    else if (markers.opener.test(line)) depth++;
    if (depth === 0) return i;
  }
  return undefined;
}
