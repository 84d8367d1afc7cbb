import type { BlockRule } from "./block-rule.js";
import { matchingCloser } from "./fences.js";
import { dedentLine, indentWidth, isBlank, leadingWhitespace } from "./indent.js";
import { blockquote, boldLabel, NOTE_KINDS, noteHeading, trimBlankEdges } from "./note.js";

/**
 * Directive containers: Docusaurus and Starlight `:::note[Title]`, Docusaurus 2 `:::tip Title`,
 * remark-directive `:::note{title="Title"}`, VitePress `::: warning Title` and `::: details`.
 * Notes become blockquotes, `details` a bold title, other containers (tabs, code groups) just
 * lose their fences.
 */
const OPENER = /^([ \t]*)(:{3,})[ \t]*([A-Za-z][\w-]*)[ \t]*(?:\[([^\]\n]*)\])?[ \t]*(?:\{([^}\n]*)\})?[ \t]*(.*)$/;
const CLOSER = /^[ \t]*:{3,}[ \t]*$/;

export const directiveContainer: BlockRule = (lines, start, rewrite) => {
  const match = OPENER.exec(lines[start]!);
  if (!match) return undefined;
  const [, indent = "", , type = "", bracket, attributes, rest] = match;
  const { end, next } = closingLine(lines, start);
  const width = indentWidth(indent);
  const body = lines.slice(start + 1, end).map((line) => dedentLine(line, width));
  const cleaned = rewrite(body);
  // VitePress writes attributes after the title too: `::: details Click me {open}`.
  const title = bracket ?? titleAttribute(attributes) ?? rest?.replace(/\s*\{[^{}]*\}\s*$/, "").trim();
  const kind = type.toLowerCase();
  if (NOTE_KINDS.has(kind)) return { lines: blockquote(noteHeading(kind, title), cleaned, leadingWhitespace(indent)), next };
  const heading = kind === "details" ? boldLabel(title || "Details") : boldLabel(title);
  const content = trimBlankEdges(cleaned).map((line) => (line === "" ? line : indent + line));
  return { lines: heading ? [indent + heading, "", ...content, ""] : [...content, ""], next };
};

/**
 * The line closing the container opened at `start`. One that never closes ends where its parent
 * does, as remark-directive reads it: at the first line indented less than the opener (the end
 * of the list item it sits in), else at the end of the page.
 */
function closingLine(lines: readonly string[], start: number): { end: number; next: number } {
  const closer = matchingCloser(lines, start, { opener: OPENER, closer: CLOSER });
  if (closer !== undefined) return { end: closer, next: closer + 1 };
  const width = indentWidth(lines[start]!);
  const outdented = width === 0 ? -1 : lines.findIndex((line, index) => index > start && !isBlank(line) && indentWidth(line) < width);
  const end = outdented === -1 ? lines.length : outdented;
  return { end, next: end };
}

function titleAttribute(attributes: string | undefined): string | undefined {
  if (!attributes) return undefined;
  return /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(attributes)?.slice(1).find((value) => value !== undefined);
}
