import type { BlockRule } from "./block-rule.js";
import { matchingCloser } from "./fences.js";
import { dedentLine, indentWidth, leadingWhitespace } from "./indent.js";
import { blockquote, noteHeading } from "./note.js";
import { argument, parseArgs } from "./shortcode-args.js";
import type { ShortcodeArgs } from "./shortcode-args.js";

/**
 * Hugo note shortcodes on lines of their own, closed by a matching `{{< /name >}}` line:
 * `{{% notice warning "Title" %}}` (Relearn), Docsy `{{% alert title="T" color="warning" %}}`,
 * hugo-book `{{< hint info >}}`, Hextra `{{< callout type="info" >}}`, `{{< admonition tip >}}`.
 * They become blockquotes; the same tags inside a paragraph are handled by the template pass.
 */
export const NOTE_SHORTCODES = [
  "notice", "alert", "callout", "hint", "admonition",
  "note", "tip", "warning", "info", "caution", "danger", "important",
] as const;

/** Shortcodes named after their kind (`{{< warning >}}`), whose first argument is the title. */
const KIND_NAMED = new Set<string>(NOTE_SHORTCODES.slice(5));
const NAMES = NOTE_SHORTCODES.join("|");
const OPENER = new RegExp(`^([ \\t]*)\\{\\{([<%])-?\\s*(${NAMES})\\b(.*?)-?[>%]\\}\\}[ \\t]*$`);

export const noteShortcode: BlockRule = (lines, start, rewrite) => {
  const match = OPENER.exec(lines[start]!);
  if (!match) return undefined;
  const [, indent = "", , name = "", rawArgs = ""] = match;
  const end = closingLine(lines, start, name);
  if (end === undefined) return undefined;
  const width = indentWidth(indent);
  const body = rewrite(lines.slice(start + 1, end).map((line) => dedentLine(line, width)));
  const { kind, title } = noteOf(name, parseArgs(rawArgs));
  return { lines: blockquote(noteHeading(kind, title), body, leadingWhitespace(indent)), next: end + 1 };
};

/** Kind and title of a note shortcode, whichever convention its theme uses. */
export function noteOf(name: string, args: ShortcodeArgs): { kind?: string; title?: string } {
  const named = KIND_NAMED.has(name);
  const kind = argument(args, ["type", "color", "kind"]) ?? (named ? name : args.positional[0]);
  const title = argument(args, ["title", "header"]) ?? args.positional[named ? 0 : 1];
  return { kind, title };
}

function closingLine(lines: readonly string[], start: number, name: string): number | undefined {
  const opener = new RegExp(`^[ \\t]*\\{\\{[<%]-?\\s*${name}\\b`);
  const closer = new RegExp(`^[ \\t]*\\{\\{[<%]-?\\s*/${name}\\s*-?[>%]\\}\\}[ \\t]*$`);
  return matchingCloser(lines, start, { opener, closer });
}
