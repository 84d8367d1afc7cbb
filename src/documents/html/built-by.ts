import type { Document } from "../document.js";

/**
 * Which generator built each derived document. Its own module, so steps that only ask (fallback
 * pages, declared languages) do not load the HTML parsers: a run that derives nothing never does.
 */
const GENERATORS = new WeakMap<Document, string>();

/**
 * The generator that built a page, lower-case: from `<meta name="generator">` when it names one
 * kb-publish knows (`docusaurus`, `starlight`, `vitepress`, `hugo`, `mkdocs`, `jekyll`), else
 * the layout its content was read from (`docusaurus`, `mkdocs-material`, …, `generic`). For steps
 * that depend on what the generator builds (fallback pages). Undefined for documents not
 * derived from built HTML (see derive-html.ts).
 */
export function builtBy(document: Document): string | undefined {
  return GENERATORS.get(document);
}

/** Records the generator of a document derived from built HTML, here or on another thread (a WeakMap does not cross threads). */
export function recordBuiltBy(document: Document, generator: string): void {
  GENERATORS.set(document, generator);
}
