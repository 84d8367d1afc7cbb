import { mergeParts } from "./parts.js";
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

export function joinLines(lines: Line[]): Part[] {
  return mergeParts(lines.flatMap((line) => (line.newline ? [...line.segments, line.newline] : line.segments)));
}

/** True when no part of the line is code. */
export const isAllText = (line: Line): boolean => line.segments.every((segment) => !segment.literal);
