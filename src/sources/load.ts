import type { MarkdownSite } from "../documents/derive.js";
import type { FrontmatterKeys } from "../config/document-options.js";
import type { Diagnostic, Document } from "../documents/document.js";
import type { IdScope } from "../documents/id.js";
import { recordBuiltBy } from "../documents/html/built-by.js";
import { compareCodeUnits } from "../documents/order.js";
import type { ExcludedFile } from "../documents/textless.js";
import type { DeriveFileOptions, DerivedFile, FileToDerive } from "./derive-file.js";
import { deriveFiles } from "./derive-pool.js";
import { discoverSources, type Discovery } from "./discover.js";

export interface LoadOptions {
  root: string;
  include: string[];
  exclude: string[];
  idPrefix: string;
  idKey: string;
  /** How explicit frontmatter ids are read (Markdown pages). Default `global`. */
  idScope?: IdScope;
  maxFileBytes: number;
  /** Config-file `frontmatter:` mapping (Markdown pages). Default: built-in keys. */
  frontmatterKeys?: FrontmatterKeys;
  /** Built HTML only: locale folders taken off paths (`fr/…`) before ids are made. Default none. */
  locales?: readonly string[];
  /** Built HTML only: picks the translation key among hreflang alternates. Default none. */
  defaultLocale?: string;
  /** Site URL: relative links become absolute; source URL of pages (HTML: of pages without a canonical link). Default none. */
  baseUrl?: string;
  /** Built HTML only: also keep the cleaned HTML (`Document.html`) for targets that send HTML. Default true. */
  html?: boolean;
  /** Worker threads for deriving; 0 derives on the main thread. Default: one per core for many files (see deriveFiles). */
  workers?: number;
  /** Called as files are read and derived, with the files done and found. Default none. */
  onProgress?: (done: number, total: number) => void;
  /** Markdown pages only: what the site and the config file say about reading them (the include reader is made per thread). Default none. */
  markdown?: Omit<MarkdownSite, "readInclude">;
}

export interface LoadResult {
  /** Sorted by externalId. */
  documents: Document[];
  /** Errors (a file that produced no document) and warnings, sorted by file then line. */
  diagnostics: Diagnostic[];
  /** Pages left out on purpose (draft, unpublished, no text), sorted by file. */
  excluded: ExcludedFile[];
}

/**
 * Discovers, reads and derives every page under root. A broken file becomes an error
 * diagnostic naming it; only an unusable root or include pattern throws.
 */
export async function loadDocuments(options: LoadOptions): Promise<LoadResult> {
  const discovery = await discoverSources(options);
  const total = discovery.files.length;
  let done = 0;
  const onDerived = options.onProgress && ((files: readonly DerivedFile[]) => options.onProgress!((done += files.length), total));
  const derived = await deriveFiles(filesOf(discovery, discovery.files), deriveOptions(options, discovery.realRoot), { workers: options.workers, onDerived });
  return collectDerived(derived, discovery.skipped);
}

/** The per-file derivation options of a load. */
export function deriveOptions(options: LoadOptions, realRoot: string): DeriveFileOptions {
  const { maxFileBytes, idPrefix, idKey, idScope, frontmatterKeys, locales, defaultLocale, baseUrl, html, markdown } = options;
  return { realRoot, maxFileBytes, idPrefix, idKey, idScope, frontmatterKeys, locales, defaultLocale, baseUrl, html, markdown };
}

/** The discovered files among `paths`, with where to open each. */
export function filesOf(discovery: Pick<Discovery, "links">, paths: readonly string[]): FileToDerive[] {
  return paths.map((path) => {
    const realPath = discovery.links.get(path);
    return realPath === undefined ? { path } : { path, realPath };
  });
}

/** Documents, diagnostics and exclusions of derived files (in discovery order), sorted as LoadResult says. */
export function collectDerived(derived: readonly DerivedFile[], skipped: readonly { file: string; message: string }[] = []): LoadResult {
  const result: LoadResult = { documents: [], diagnostics: [], excluded: [] };
  for (const { file, message } of skipped) result.diagnostics.push({ severity: "error", file, message });
  for (const { path, outcome } of derived) {
    if (outcome.kind === "document") {
      if (outcome.builtBy !== undefined) recordBuiltBy(outcome.document, outcome.builtBy);
      result.documents.push(outcome.document);
      result.diagnostics.push(...outcome.diagnostics);
    } else if (outcome.kind === "excluded") {
      result.excluded.push({ file: path, reason: outcome.reason, ...(outcome.textless && { textless: true }) });
    } else {
      result.diagnostics.push(outcome.diagnostic);
    }
  }
  result.documents.sort((a, b) => compareCodeUnits(a.externalId, b.externalId));
  result.diagnostics.sort(byFileThenLine);
  return result;
}

export function byFileThenLine(a: Diagnostic, b: Diagnostic): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}
