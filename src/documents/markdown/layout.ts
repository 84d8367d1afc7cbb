import { closesFence, fenceOpenedBy, type Fence } from "./fences.js";
import { dedentLine, indentWidth } from "./indent.js";
import { hasMarks, LABEL_MARK, takeMarkEvents } from "./marks.js";
import { joinLines, splitLines } from "./lines.js";
import type { Line } from "./lines.js";
import { textPart } from "./parts.js";
import type { Part } from "./parts.js";

/**
 * Lays out what the markup pass left: a line that held only container tags becomes a blank
 * line, label lines are written unindented, a container's children (JSX indents them) are
 * dedented together so four spaces of nesting never turn prose into a code block, and note
 * components become blockquotes. Indented code blocks are never re-indented.
 */
export function layoutContainers(parts: Part[]): Part[] {
  if (!parts.some((part) => !part.literal && hasMarks(part.text))) return parts;
  const lines = splitLines(parts);
  let depth = 0;
  let quote = 0;
  let run: Line[] = [];
  let runDepth = 0;
  for (const line of lines) {
    const startQuote = quote;
    const events = takeEvents(line);
    for (const event of events) {
      if (event === "open") quote++;
      else if (event === "close") quote = Math.max(0, quote - 1);
      else depth = event.depth;
    }
    line.quote = startQuote;
    if (events.length === 0 || !isBlankText(line)) {
      run.push(line);
      continue;
    }
    if (runDepth > 0) dedent(run);
    line.segments = [];
    line.quote = Math.min(startQuote, quote);
    run = [];
    runDepth = depth;
  }
  if (runDepth > 0) dedent(run);
  for (const line of lines) finishLine(line);
  return joinLines(lines);
}

function takeEvents(line: Line) {
  return line.segments.flatMap((segment) => {
    if (segment.literal) return [];
    const taken = takeMarkEvents(segment.text);
    segment.text = taken.text;
    return taken.events;
  });
}

const isBlankText = (line: Line): boolean => line.segments.every((segment) => !segment.literal && segment.text.trim() === "");
const isLabel = (line: Line): boolean => !line.segments[0]?.literal && (line.segments[0]?.text.trimStart().startsWith(LABEL_MARK) ?? false);
const movable = (line: Line): boolean => !isLabel(line) && !line.segments[0]?.indented && !isBlankText(line);

/**
 * The lines whose indentation says how deep the run is: prose and code fences' opening lines.
 * The lines inside a fence, and its closing line, keep their own indentation (MDX code may start
 * at column 0 under an indented fence); they move with the fence by up to the same amount, which
 * CommonMark takes off code lines anyway.
 */
function shapingLines(run: Line[]): Line[] {
  const shaping: Line[] = [];
  let fence: Fence | undefined;
  for (const line of run) {
    const first = line.segments[0];
    if (!first?.literal) shaping.push(line);
    else if (fence) {
      if (closesFence(first.text, fence)) fence = undefined;
    } else {
      fence = fenceOpenedBy(first.text);
      if (fence) shaping.push(line);
    }
  }
  return shaping;
}

function dedent(run: Line[]): void {
  const widths = shapingLines(run).filter(movable).map((line) => indentWidth(line.segments.map((segment) => segment.text).join("")));
  const columns = Math.min(...widths);
  if (!Number.isFinite(columns) || columns === 0) return;
  for (const line of run.filter(movable)) stripLeading(line, columns);
}

/** Removes up to `columns` columns of indentation (a tab counts to the next multiple of four, as in CommonMark). */
function stripLeading(line: Line, columns: number): void {
  let remaining = columns;
  for (const segment of line.segments) {
    const width = indentWidth(segment.text);
    segment.text = dedentLine(segment.text, remaining);
    remaining -= Math.min(width, remaining);
    if (remaining === 0 || segment.text !== "") return;
  }
}

/** Writes a label line unindented and without its mark, and quotes the line when inside a note. */
function finishLine(line: Line): void {
  const first = line.segments[0];
  if (first && isLabel(line)) first.text = first.text.trimStart().slice(LABEL_MARK.length);
  for (const segment of line.segments) if (!segment.literal) segment.text = segment.text.replaceAll(LABEL_MARK, "");
  if (line.quote === 0) return;
  const blank = isBlankText(line);
  const prefix = blank ? ">".repeat(line.quote).split("").join(" ") : "> ".repeat(line.quote);
  line.segments = blank ? [textPart(prefix)] : [textPart(prefix), ...line.segments];
}
