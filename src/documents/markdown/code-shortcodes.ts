import type { BlockRule } from "./block-rule.js";
import { fenceFor } from "./fences.js";
import { leadingWhitespace } from "./indent.js";
import { boldLabel } from "./note.js";
import { argument, parseArgs, type ShortcodeArgs } from "./shortcode-args.js";

/**
 * Template tags whose content is code: Hugo `{{< highlight go >}}`, `{{< code lang="go" >}}`,
 * `{{< code-toggle file=hugo >}}` (configuration, shown in the format it is written in),
 * `{{< mermaid >}}`, Docsy `{{< tab header="JS" lang="js" >}}`, and Jekyll `{% highlight ruby %}`.
 * They become fenced code blocks with the content byte for byte, so no later pass touches it.
 */
const HUGO_OPENER = /^([ \t]*)\{\{([<%])-?\s*(highlight|code-toggle|code|mermaid|tab)(?![\w-])([^\n]*?)-?[>%]\}\}(.*)$/;
const LIQUID_OPENER = /^([ \t]*)\{%-?\s*(highlight)\b([^\n]*?)-?%\}(.*)$/;

interface Opening {
  indent: string;
  name: string;
  args: string;
  rest: string;
  closer: RegExp;
}

export const codeShortcode: BlockRule = (lines, start) => {
  const opening = openingAt(lines[start]!);
  if (!opening) return undefined;
  if (/\/\s*$/.test(opening.args)) return undefined;
  const args = parseArgs(opening.args);
  const found = findCloser([opening.rest, ...lines.slice(start + 1)], opening.closer);
  if (!found) return undefined;
  // The whitespace before a closer on its own line is indentation, not code.
  const code = found.content.replace(/^\n/, "").replace(/\n[ \t]*$/, "");
  const lang = languageOf(opening.name, args, code);
  // A Docsy tab is code only when it names a language and is not Markdown (`text=true`, or fenced code inside).
  if (opening.name === "tab" && (lang === undefined || /^true$/i.test(args.named.text ?? "") || /^[ \t]*(?:`{3,}|~{3,})/m.test(code))) return undefined;
  const fence = fenceFor(code);
  const label = opening.name === "tab" ? boldLabel(argument(args, ["header", "name", "title"], 0)) : "";
  // Only the fences take the opener's indentation: the code lines stay byte for byte.
  const block = [`${opening.indent}${fence}${lang ?? ""}`, ...code.split("\n"), `${opening.indent}${fence}`];
  const after = found.after.trim() === "" ? [] : [opening.indent + found.after.trim()];
  return { lines: [...(label ? [opening.indent + label, ""] : []), ...block, ...after], next: start + found.lines };
};

function languageOf(name: string, args: ShortcodeArgs, code: string): string | undefined {
  if (name === "mermaid") return "mermaid";
  if (name === "code-toggle") return configFormat(code);
  return argument(args, ["lang", "language"], name === "tab" ? undefined : 0);
}

/** The format `code-toggle` content is written in: JSON, TOML (`key = value`, `[table]`) or YAML. */
function configFormat(code: string): string {
  const first = code.trim();
  if (first.startsWith("{")) return "json";
  return /^\s*(?:\[[^\]\n]+\]|[\w."'-]+\s*=)/m.test(code) ? "toml" : "yaml";
}

function openingAt(line: string): Opening | undefined {
  const hugo = HUGO_OPENER.exec(line);
  if (hugo) {
    const [, indent = "", delimiter, name = "", args = "", rest = ""] = hugo;
    const close = delimiter === "<" ? ["<", ">"] : ["%", "%"];
    const closer = new RegExp(`\\{\\{${close[0]}-?\\s*/${name}\\s*-?${close[1]}\\}\\}`);
    return { indent: leadingWhitespace(indent), name, args, rest, closer };
  }
  const liquid = LIQUID_OPENER.exec(line);
  if (!liquid) return undefined;
  const [, indent = "", name = "", args = "", rest = ""] = liquid;
  return { indent: leadingWhitespace(indent), name, args, rest, closer: /\{%-?\s*endhighlight\s*-?%\}/ };
}

/** Joins lines until `closer`; `lines` is how many source lines that took, counting the opener's. */
function findCloser(candidates: string[], closer: RegExp): { content: string; after: string; lines: number } | undefined {
  const taken: string[] = [];
  for (const [index, line] of candidates.entries()) {
    const match = closer.exec(line);
    if (match) {
      taken.push(line.slice(0, match.index));
      return { content: taken.join("\n"), after: line.slice(match.index + match[0].length), lines: index + 1 };
    }
    taken.push(line);
  }
  return undefined;
}
