import type { BlockRule } from "./block-rule.js";
import { dedentLine, indentWidth, isBlank, leadingWhitespace } from "./indent.js";
import { blockquote, boldLabel, noteHeading, trimBlankEdges } from "./note.js";

/**
 * Python-Markdown blocks whose body is indented four spaces (MkDocs Material):
 * admonitions `!!! note "Title"`, collapsibles `??? tip` / `???+ tip`, and content tabs
 * `=== "Tab"`. Notes become blockquotes and tabs a bold label; the body is dedented.
 */
const ADMONITION = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)((?:[ \t]+[\w-]+)*)[ \t]*(?:"([^"]*)"|'([^']*)')?[ \t]*$/;
const TAB = /^([ \t]*)===[!+]?[ \t]+(?:"([^"]*)"|'([^']*)')[ \t]*$/;

export const mkdocsAdmonition: BlockRule = (lines, start, rewrite) => {
  const match = ADMONITION.exec(lines[start]!);
  if (!match) return undefined;
  const [, indent = "", kind, , doubleQuoted, singleQuoted] = match;
  const { body, next } = indentedBody(lines, start, indentWidth(indent));
  const title = doubleQuoted ?? singleQuoted;
  return { lines: blockquote(noteHeading(kind, title), rewrite(body), leadingWhitespace(indent)), next };
};

export const mkdocsTab: BlockRule = (lines, start, rewrite) => {
  const match = TAB.exec(lines[start]!);
  if (!match) return undefined;
  const [, indent = "", doubleQuoted, singleQuoted] = match;
  const { body, next } = indentedBody(lines, start, indentWidth(indent));
  const content = trimBlankEdges(rewrite(body)).map((line) => (line === "" ? line : indent + line));
  return { lines: [indent + boldLabel(doubleQuoted ?? singleQuoted), "", ...content, ""], next };
};

/** The lines indented at least four columns past the opener (blank lines included), dedented. */
function indentedBody(lines: readonly string[], start: number, openerWidth: number): { body: string[]; next: number } {
  const bodyWidth = openerWidth + 4;
  let last = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (indentWidth(line) < bodyWidth) break;
    last = i;
  }
  const body = lines.slice(start + 1, last + 1).map((line) => dedentLine(line, bodyWidth));
  return { body, next: last + 1 };
}
