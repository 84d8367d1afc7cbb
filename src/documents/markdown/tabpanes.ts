import type { BlockRule, RewriteLines } from "./block-rule.js";
import { fenceFor } from "./fences.js";
import { dedentLine, indentWidth, isBlank, leadingWhitespace } from "./indent.js";
import { boldLabel } from "./note.js";
import { argument, parseArgs, type ShortcodeArgs } from "./shortcode-args.js";

// Docsy's `{{< tabpane >}}`: its tabs hold code unless the pane (or the tab) says `text=true`,
// so `{{< tab "C" >}}#include <stdio.h>{{< /tab >}}` is a C listing, not prose with a tag in it.
const PANE_OPENER = /^[ \t]*\{\{[<%]-?\s*tabpane\b([^\n]*?)-?[>%]\}\}[ \t]*$/;
const PANE_CLOSER = /^[ \t]*\{\{[<%]-?\s*\/tabpane\s*-?[>%]\}\}[ \t]*$/;
const TAB_OPENER = /^[ \t]*\{\{[<%]-?\s*tab\b([^\n]*?)(\/)?\s*-?[>%]\}\}[ \t]*$/;
const TAB_CLOSER = /^[ \t]*\{\{[<%]-?\s*\/tab\s*-?[>%]\}\}[ \t]*$/;

interface Tab {
  args: ShortcodeArgs;
  /** Undefined for a self-closing tab: a header only (Docsy's `disabled=true` labels). */
  body?: string[];
}

/**
 * A whole Docsy tab pane: each tab becomes its header as a bold line, then its content — a
 * fenced code block (language from the tab's `lang`, the pane's `lang`, or with
 * `langEqualsHeader=true` the header) whose lines are kept byte for byte, or, for text tabs,
 * cleaned Markdown. Undefined when the pane does not close or holds anything but tabs.
 */
export const docsyTabpane: BlockRule = (lines, start, rewrite) => {
  const opener = PANE_OPENER.exec(lines[start]!);
  if (!opener) return undefined;
  const end = lines.findIndex((line, index) => index > start && PANE_CLOSER.test(line));
  const tabs = end === -1 ? undefined : tabsIn(lines.slice(start + 1, end));
  if (!tabs) return undefined;
  const pane = parseArgs(opener[1]!);
  const indent = leadingWhitespace(lines[start]!);
  return { lines: tabs.flatMap((tab) => renderTab(tab, { pane, rewrite, indent })), next: end + 1 };
};

function tabsIn(lines: readonly string[]): Tab[] | undefined {
  const tabs: Tab[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isBlank(line) || /^[ \t]*<!--.*-->[ \t]*$/.test(line)) continue;
    const opener = TAB_OPENER.exec(line);
    if (!opener) return undefined;
    const args = parseArgs(opener[1]!);
    if (opener[2]) {
      tabs.push({ args });
      continue;
    }
    const close = lines.findIndex((candidate, at) => at > index && TAB_CLOSER.test(candidate));
    if (close === -1) return undefined;
    tabs.push({ args, body: lines.slice(index + 1, close) });
    index = close;
  }
  return tabs;
}

interface PaneContext {
  pane: ShortcodeArgs;
  rewrite: RewriteLines;
  /** The pane's indentation, given to every line written (code lines keep their own). */
  indent: string;
}

function renderTab(tab: Tab, { pane, rewrite, indent }: PaneContext): string[] {
  const indented = (line: string) => (line === "" ? line : indent + line);
  const header = argument(tab.args, ["header"], 0);
  const label = boldLabel(header?.replaceAll("**", ""));
  const heading = label ? [indented(label), ""] : [];
  if (tab.body === undefined) return heading;
  const body = trimBlankEnds(tab.body);
  if (isText(tab.args, pane)) return [...heading, ...rewrite(dedent(body)).map(indented), ""];
  const lang = argument(tab.args, ["lang"]) ?? argument(pane, ["lang"]) ?? (isTrue(pane.named.langequalsheader) ? header?.toLowerCase() : undefined);
  const fence = fenceFor(body.join("\n"));
  return [...heading, indented(`${fence}${lang ?? ""}`), ...body, indented(fence), ""];
}

function isText(tab: ShortcodeArgs, pane: ShortcodeArgs): boolean {
  return isTrue(tab.named.text ?? pane.named.text);
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === "true";
}

function trimBlankEnds(lines: readonly string[]): string[] {
  let first = 0;
  let last = lines.length;
  while (first < last && isBlank(lines[first]!)) first++;
  while (last > first && isBlank(lines[last - 1]!)) last--;
  return lines.slice(first, last);
}

/** Text tabs are often indented under the pane; Markdown must not read them as indented code. */
function dedent(lines: readonly string[]): string[] {
  const widths = lines.filter((line) => !isBlank(line)).map(indentWidth);
  const common = widths.length > 0 ? Math.min(...widths) : 0;
  return lines.map((line) => dedentLine(line, common));
}
