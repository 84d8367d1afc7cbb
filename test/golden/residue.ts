/**
 * Template residue that must never reach a knowledge base, looked for outside code (fenced
 * blocks and inline code spans are removed first: there, such text is content).
 */
export const RESIDUE_RULES: [name: string, pattern: RegExp][] = [
  ["MDX import/export line", /^\s*(?:import|export)\s[^\n]*(?:from\s|=|\{)/m],
  ["Hugo shortcode", /\{\{[<%]/],
  ["Liquid tag", /\{%/],
  ["template expression", /\{\{/],
  ["JSX component tag", /<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/],
  ["HTML comment", /<!--/],
  ["admonition fence", /^\s*:::/m],
  ["MkDocs admonition", /^\s*(?:!!!|\?\?\?\+?)\s/m],
];

/** The content with fenced code blocks and inline code spans removed. */
export function outsideCode(content: string): string {
  const withoutFences = content.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[ \t]*$/gm, "");
  return withoutFences.replace(/(`+)[^`\n]*?\1/g, "");
}

/** Names of the residue rules the content breaks. */
export function residueIn(content: string): string[] {
  const prose = outsideCode(content);
  return RESIDUE_RULES.filter(([, pattern]) => pattern.test(prose)).map(([name]) => name);
}

/** Column-0 fenced code blocks of a source file, each exactly as written. */
export function fencedBlocks(source: string): string[] {
  return [...source.matchAll(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm)].map((match) => match[0]);
}
