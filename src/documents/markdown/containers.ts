import type { BlockRule } from "./block-rule.js";
import { matchingCloser } from "./fences.js";
import { dedentLine, indentWidth, leadingWhitespace } from "./indent.js";
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
  const end = closingLine(lines, start);
  const width = indentWidth(indent);
  const body = lines.slice(start + 1, end).map((line) => dedentLine(line, width));
  const cleaned = rewrite(body);
  const title = bracket ?? titleAttribute(attributes) ?? rest?.trim();
  const next = Math.min(end + 1, lines.length);
  const kind = type.toLowerCase();
  if (NOTE_KINDS.has(kind)) return { lines: blockquote(noteHeading(kind, title), cleaned, leadingWhitespace(indent)), next };
  const heading = kind === "details" ? boldLabel(title || "Details") : boldLabel(title);
  const content = trimBlankEdges(cleaned).map((line) => (line === "" ? line : indent + line));
  return { lines: heading ? [indent + heading, "", ...content, ""] : [...content, ""], next };
};

/** The line closing the container opened at `start`, or the end of the page when it never closes. */
function closingLine(lines: readonly string[], start: number): number {
  return matchingCloser(lines, start, { opener: OPENER, closer: CLOSER }) ?? lines.length;
}

function titleAttribute(attributes: string | undefined): string | undefined {
  if (!attributes) return undefined;
  return /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(attributes)?.slice(1).find((value) => value !== undefined);
}
