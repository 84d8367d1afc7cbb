/**
 * What the corpus harness counts as residue: source syntax a reader should never see, by kind,
 * looked for in a published page's text outside code (code blocks and code spans are skipped).
 */
import { segmentsOf } from "../src/documents/markdown/segments.js";

/** Residue kinds and the pattern that finds each in text outside code. */
export const RESIDUE_KINDS: Record<string, RegExp> = {
  imports: /^[ \t]*(?:import[ \t]+(?:[\w*{][^\n]*\bfrom[ \t]*["']|["'])|export[ \t]+(?:const|let|function|default|\{))/m,
  jsx: /<\/?[A-Z][\w.]*(?=[\s/>])|<>|<\/>/,
  expressions: /\{\s*(?:props|frontMatter|frontmatter|toc|metadata)\.|=\{|\{\s*\/\*|\{`|\{\s*\[|\{\s*\(|\{\.\.\./,
  shortcodes: /\{\{[<%]|[>%]\}\}/,
  liquid: /\{%|%\}|\{\{[^{}\n]*\}\}/,
  html: /<\/?[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\s[^<>\n]*)?\/?>/,
  comments: /<!--|-->|\{\/\*|\*\/\}/,
  fences: /^[ \t>]*(?::{3,}|!!!|\?\?\?\+?|===[!+]?[ \t]+["'])(?:[ \t]|$)/m,
  attributes: /\{:?[ \t]*(?:[.#][\w-]+|[\w-]+=["'\w])[^{}\n]*\}|\{open\}/,
  icons: /:(?:material|fontawesome|octicons|simple)-[\w-]+:/,
  entities: /&(?!(?:lt|gt|amp|quot);)(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i,
  snippets: /^[ \t]*-{1,2}8<-{1,2}/m,
};

export type ResidueKind = keyof typeof RESIDUE_KINDS;

/** A residue found in a page: its kind and a short excerpt around it. */
export interface Residue {
  kind: string;
  excerpt: string;
}

/** The text of a published page outside code: code blocks and code spans become a space. */
export function proseOf(markdown: string): string {
  const prose = segmentsOf(markdown, "md").parts.map((part) => (part.literal ? " " : part.text)).join("");
  // LaTeX math (`$$…$$`, `$…$`, `\[…\]`, `\begin{…}…\end{…}`) is full of braces that are neither expressions nor attribute lists.
  return prose.replace(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$|\\\[[\s\S]*?\\\]|\\begin\{(\w+\*?)\}[\s\S]*?\\end\{\1\}/g, " ");
}

/** Every residue kind present in a page's prose, with the first excerpt of each. */
export function residueIn(markdown: string): Residue[] {
  const prose = proseOf(markdown);
  const found: Residue[] = [];
  for (const [kind, pattern] of Object.entries(RESIDUE_KINDS)) {
    const match = pattern.exec(prose);
    if (!match) continue;
    const start = Math.max(0, match.index - 30);
    found.push({ kind, excerpt: prose.slice(start, match.index + match[0].length + 30).replace(/\s+/g, " ").trim() });
  }
  return found;
}
