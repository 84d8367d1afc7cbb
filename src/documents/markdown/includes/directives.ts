/** One include directive found on a line: where its text goes and what it names. */
export interface IncludeDirective {
  /** Written before every included line (MkDocs snippets keep the marker's indentation). */
  indent: string;
  targets: IncludeTarget[];
  /** Lines the directive takes (a snippet block takes its file list and closing marker). */
  lines: number;
}

export interface IncludeTarget {
  path: string;
  /** 1-based first and last line (VitePress `{3,10}`, snippets `file.md:3:10`). */
  range?: [number, number | undefined];
  /** A named section (snippets `file.md:name`, between `--8<-- [start:name]` and `--8<-- [end:name]`). */
  section?: string;
}

/** Recognises one include syntax at line `start`; undefined when the line is not one. */
type DirectiveReader = (lines: readonly string[], start: number) => IncludeDirective | undefined;

const HUGO = /^([ \t]*)\{\{([%<])-?\s*(?:include|readfile|readFile)\s+(?:file\s*=\s*)?(?:"([^"]+)"|'([^']+)'|`([^`]+)`)[^\n]*?-?[%>]\}\}[ \t]*$/;
const SNIPPET = /^([ \t]*)-{1,2}8<-{1,2}[ \t]+(["'])(.+?)\2[ \t]*$/;
const SNIPPET_BLOCK = /^([ \t]*)-{1,2}8<-{1,2}[ \t]*$/;
const VITEPRESS = /^([ \t]*)<!--\s*@include:\s*(\S+?)\s*-->[ \t]*$/;

/** Hugo `{{% include "/_common/x.md" %}}` and `{{< readfile file="x.md" >}}`. */
const hugo: DirectiveReader = (lines, start) => {
  const match = HUGO.exec(lines[start]!);
  if (!match) return undefined;
  return { indent: "", targets: [{ path: (match[3] ?? match[4] ?? match[5])! }], lines: 1 };
};

/** MkDocs (pymdownx.snippets) `--8<-- "file.md"`, with `:3:10` line ranges or `:name` sections, and the block form listing one file per line. */
const snippet: DirectiveReader = (lines, start) => {
  const single = SNIPPET.exec(lines[start]!);
  if (single) return { indent: single[1]!, targets: [snippetTarget(single[3]!)], lines: 1 };
  const block = SNIPPET_BLOCK.exec(lines[start]!);
  if (!block) return undefined;
  const end = lines.findIndex((line, index) => index > start && SNIPPET_BLOCK.test(line));
  if (end === -1) return undefined;
  const names = lines.slice(start + 1, end).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith(";"));
  return { indent: block[1]!, targets: names.map(snippetTarget), lines: end - start + 1 };
};

/** VitePress `<!--@include: ./parts/basics.md{3,10}-->` (`@/` is the source root). */
const vitepress: DirectiveReader = (lines, start) => {
  const match = VITEPRESS.exec(lines[start]!);
  if (!match) return undefined;
  const written = match[2]!;
  const range = /\{(\d*),(\d*)\}$/.exec(written);
  const path = range ? written.slice(0, range.index) : written.replace(/#[\w-]+$/, "");
  const target: IncludeTarget = { path };
  if (range) target.range = [Number(range[1] || 1), range[2] ? Number(range[2]) : undefined];
  return { indent: match[1]!, targets: [target], lines: 1 };
};

export const DIRECTIVES: readonly DirectiveReader[] = [hugo, snippet, vitepress];

/** Quick test for a line any directive could match. */
export const DIRECTIVE_HINT = /\{\{[%<]-?\s*(?:include|readfile|readFile)\b|-{1,2}8<-{1,2}|<!--\s*@include:/;

function snippetTarget(written: string): IncludeTarget {
  const lines = /^(.+?):(\d+):(\d*)$/.exec(written);
  if (lines) return { path: lines[1]!, range: [Number(lines[2]), lines[3] ? Number(lines[3]) : undefined] };
  const section = /^(.+?\.\w+):([\w-]+)$/.exec(written);
  if (section) return { path: section[1]!, section: section[2]! };
  return { path: written };
}
