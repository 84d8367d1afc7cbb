import { boldLabel, noteHeading } from "./note.js";
import { NOTE_SHORTCODES, noteOf } from "./notices.js";
import { argument } from "./shortcode-args.js";
import type { ShortcodeArgs } from "./shortcode-args.js";

/** What a Hugo shortcode tag is replaced with; closing tags of paired shortcodes disappear. */
type ShortcodeHandler = (args: ShortcodeArgs) => string;

const notes = new Set<string>(NOTE_SHORTCODES);
const pathArgument: ShortcodeHandler = (args) => argument(args, ["path"], 0) ?? "";
const label: ShortcodeHandler = (args) => `${boldLabel(argument(args, ["title", "summary", "header", "name", "label"], 0))}\n`;

/**
 * Shortcodes that leave something readable behind. Any other shortcode is removed, and the
 * content between a paired one's tags is kept as prose.
 */
const HANDLERS: Record<string, ShortcodeHandler> = {
  ref: pathArgument,
  relref: pathArgument,
  tab: label,
  details: label,
  expand: label,
  collapse: label,
  spoiler: label,
  // Hugo's own docs mark versions with badges that read "New in v0.120.0".
  "new-in": (args) => versionBadge("New in", args),
  "deprecated-in": (args) => versionBadge("Deprecated in", args),
  figure: (args) => {
    const src = argument(args, ["src", "link"], 0);
    if (!src) return "";
    const text = argument(args, ["alt", "caption", "title"]) ?? "";
    return `![${text.replace(/[[\]]/g, "")}](${src})`;
  },
};

function versionBadge(label: string, args: ShortcodeArgs): string {
  const version = argument(args, ["version"], 0)?.replace(/^v/, "");
  return version ? `${label} v${version}` : "";
}

/** The replacement for an opening (or standalone) shortcode tag `{{< name args >}}`. */
export function renderShortcode(name: string, args: ShortcodeArgs): string {
  const handler = HANDLERS[name];
  if (handler) return handler(args);
  if (notes.has(name)) {
    const { kind, title } = noteOf(name, args);
    return `${noteHeading(kind, title)} `;
  }
  return "";
}
