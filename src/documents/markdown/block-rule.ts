import type { CleanContext } from "./context.js";

/** Lines a block rule produced and the index of the first line it did not consume. */
export interface BlockRewrite {
  lines: string[];
  next: number;
}

/** Cleans nested lines with every block rule (containers hold containers). */
export type RewriteLines = (lines: string[]) => string[];

/** Recognises one block construct starting at line `start`, or returns undefined. */
export type BlockRule = (lines: readonly string[], start: number, rewrite: RewriteLines, context: CleanContext) => BlockRewrite | undefined;
