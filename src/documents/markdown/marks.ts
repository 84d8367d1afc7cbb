/**
 * Control characters the markup pass leaves in text for the layout pass. Markdown never
 * contains them (input text is stripped of them first), so they cannot collide with content.
 */

/** Starts a label line (tab name, note heading): written unindented, on its own. */
export const LABEL_MARK = "\u0001";
/** A note component opens / closes here: the lines between are written as a blockquote. */
export const QUOTE_OPEN = "\u0002";
export const QUOTE_CLOSE = "\u0003";
/** A container tag stood here; the nesting depth after it. */
export const depthMark = (depth: number): string => `\u0000${depth}\u0000`;

// eslint-disable-next-line no-control-regex
const ANY_MARK = /\u0000\d*\u0000|[\u0000-\u0003]/g;
// eslint-disable-next-line no-control-regex
const HAS_MARK = /[\u0000-\u0003]/;

export const hasMarks = (text: string): boolean => HAS_MARK.test(text);
export const stripMarks = (text: string): string => text.replace(ANY_MARK, "");

/** A layout event: a container's depth, or a quote opening or closing. */
export type MarkEvent = { depth: number } | "open" | "close";

// eslint-disable-next-line no-control-regex
const EVENTS = /\u0000(\d+)\u0000|\u0002|\u0003/g;

/** Removes depth and quote marks from `text`, returning them in order. Label marks stay. */
export function takeMarkEvents(text: string): { text: string; events: MarkEvent[] } {
  const events: MarkEvent[] = [];
  const rest = text.replace(EVENTS, (mark, depth: string | undefined) => {
    events.push(depth !== undefined ? { depth: Number(depth) } : mark === QUOTE_OPEN ? "open" : "close");
    return "";
  });
  return { text: rest, events };
}
