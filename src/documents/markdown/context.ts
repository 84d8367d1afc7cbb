import type { HandlerTable } from "./components/index.js";
import type { Flavor } from "./options.js";

/** What every cleanup pass of one page shares: how to read it, extra handlers, where warnings go. */
export interface CleanContext {
  flavor: Flavor;
  /** Component handlers from the config file; they win over the built-in ones. Default none. */
  handlers?: HandlerTable;
  /** Records a problem with the page that cleanup worked around (unparseable JavaScript). */
  warn: (message: string) => void;
}

/** A context for callers that only need the flavor (headings, tests); warnings are dropped. */
export const quietContext = (flavor: Flavor): CleanContext => ({ flavor, warn: () => {} });

/** Short, one-line excerpt of source text for a warning: from `at` to `end` (when known), at most 40 characters. */
export function excerpt(text: string, at: number, end = text.length): string {
  const stop = Math.min(end, at + 40);
  const shown = text.slice(at, stop).replace(/\s+/g, " ");
  return JSON.stringify(stop < end ? `${shown}…` : shown);
}
