import { parseFrontmatter } from "../../frontmatter.js";
import { closesFence, fenceOpenedBy, type Fence } from "../fences.js";
import { DIRECTIVE_HINT, DIRECTIVES, type IncludeDirective, type IncludeTarget } from "./directives.js";
import { includeCandidates } from "./resolve.js";

/**
 * Reads another file of the repository by its path relative to the docs root (it may start with
 * `../`); undefined when it is missing, outside the repository, or not readable text.
 */
export type IncludeReader = (path: string) => string | undefined;

/** A page with its includes expanded, the files they came from, and what could not be included. */
export interface Expanded {
  text: string;
  /** Paths (relative to the docs root) of every file included, directly or not; sorted, unique. */
  sources: string[];
  warnings: string[];
}

/** How deep includes may nest; deeper ones (and cycles) are left out with a warning. */
const MAX_DEPTH = 4;

/**
 * Replaces include directives outside code with the files they name (see directives.ts): Hugo
 * `include` / `readfile` shortcodes, MkDocs `--8<--` snippets and VitePress `@include`, each on
 * a line of its own. Included Markdown loses its frontmatter and is expanded in turn. Without a
 * reader (or for a file it cannot read) the directive is removed, with a warning when a reader
 * was given. Code blocks are never touched.
 */
export function expandIncludes(text: string, sourcePath: string, read: IncludeReader | undefined): Expanded {
  const result: Expanded = { text, sources: [], warnings: [] };
  if (!(text.includes("{{") || text.includes("8<") || text.includes("@include")) || !DIRECTIVE_HINT.test(text)) return result;
  const sources = new Set<string>();
  result.text = expand(text, { sourcePath, read, depth: 0, chain: [sourcePath], sources, warnings: result.warnings });
  result.sources = [...sources].sort();
  return result;
}

interface Expansion {
  sourcePath: string;
  read: IncludeReader | undefined;
  depth: number;
  chain: string[];
  sources: Set<string>;
  warnings: string[];
}

function expand(text: string, expansion: Expansion): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let fence: Fence | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      out.push(line);
      continue;
    }
    fence = fenceOpenedBy(line);
    const directive = fence || !DIRECTIVE_HINT.test(line) ? undefined : directiveAt(lines, i);
    if (!directive) {
      out.push(line.replace(/^([ \t]*);(-{1,2}8<-{1,2})/, "$1$2"));
      continue;
    }
    for (const target of directive.targets) out.push(...included(target, directive, expansion));
    i += directive.lines - 1;
  }
  return out.join("\n");
}

function directiveAt(lines: readonly string[], start: number): IncludeDirective | undefined {
  for (const read of DIRECTIVES) {
    const directive = read(lines, start);
    if (directive) return directive;
  }
  return undefined;
}

function included(target: IncludeTarget, directive: IncludeDirective, expansion: Expansion): string[] {
  if (!expansion.read || /^[a-z]+:\/\//i.test(target.path)) return [];
  const found = locate(target.path, expansion);
  if (!found) {
    expansion.warnings.push(`include "${target.path}" was not found (looked from ${expansion.sourcePath} up to the repository root); expected a file inside the repository; left out`);
    return [];
  }
  if (expansion.chain.includes(found.path) || expansion.depth >= MAX_DEPTH) {
    expansion.warnings.push(`include "${target.path}" (${found.path}) nests too deep or includes itself (${[...expansion.chain, found.path].join(" → ")}); expected at most ${MAX_DEPTH} levels without cycles; left out`);
    return [];
  }
  expansion.sources.add(found.path);
  const body = selected(withoutFrontmatter(found.path, found.text), target);
  const nested = expand(body, { ...expansion, sourcePath: found.path, depth: expansion.depth + 1, chain: [...expansion.chain, found.path] });
  return nested.split("\n").map((line) => (line === "" ? line : directive.indent + line));
}

function locate(target: string, expansion: Expansion): { path: string; text: string } | undefined {
  for (const path of includeCandidates(expansion.sourcePath, target)) {
    const text = expansion.read!(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

function withoutFrontmatter(path: string, text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  if (!/\.(?:md|mdx|markdown)$/i.test(path)) return normalized.replace(/\n$/, "");
  const front = parseFrontmatter(normalized);
  return (front.ok ? front.body : normalized).replace(/\n+$/, "");
}

const SECTION_MARK = /^[ \t]*-{1,2}8<-{1,2}[ \t]*\[(start|end):([\w-]+)\][ \t]*$/;

/** The lines a target asks for: a line range, a named section, or all; section markers never shown. */
function selected(text: string, target: IncludeTarget): string {
  let lines = text.split("\n");
  if (target.range) lines = lines.slice(target.range[0] - 1, target.range[1]);
  if (target.section) {
    const start = lines.findIndex((line) => SECTION_MARK.exec(line)?.slice(1).join(":") === `start:${target.section}`);
    const end = lines.findIndex((line, index) => index > start && SECTION_MARK.exec(line)?.slice(1).join(":") === `end:${target.section}`);
    lines = start === -1 ? [] : lines.slice(start + 1, end === -1 ? undefined : end);
  }
  return lines.filter((line) => !SECTION_MARK.test(line)).join("\n");
}
