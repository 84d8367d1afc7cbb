import type { Part } from "./parts.js";

/** One line of the page as the parts that make it up, for passes that work line by line. */
export interface Line {
  segments: Part[];
  /** The part kind of the line break after this line; none after the last line. */
  newline?: Part;
  /** Blockquote depth the line is written at (layout pass). */
  quote: number;
}

export function splitLines(parts: Part[]): Line[] {
  const lines: Line[] = [{ segments: [], quote: 0 }];
  for (const part of parts) {
    part.text.split("\n").forEach((piece, index) => {
      if (index > 0) {
        lines.at(-1)!.newline = { ...part, text: "\n" };
        lines.push({ segments: [], quote: 0 });
      }
      if (piece) lines.at(-1)!.segments.push({ ...part, text: piece });
    });
  }
  return lines;
}

/** The lines back as parts, neighbours of one kind merged. A plain loop: this runs over every line of large pages. */
export function joinLines(lines: Line[]): Part[] {
  const out: Part[] = [];
  const push = (part: Part): void => {
    if (part.text === "") return;
    const last = out[out.length - 1];
    if (last && last.literal === part.literal && last.indented === part.indented) last.text += part.text;
    else out.push({ ...part });
  };
  for (const line of lines) {
    for (const segment of line.segments) push(segment);
    if (line.newline) push(line.newline);
  }
  return out;
}

/** True when no part of the line is code. */
export const isAllText = (line: Line): boolean => line.segments.every((segment) => !segment.literal);
