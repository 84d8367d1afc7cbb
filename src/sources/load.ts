import pLimit from "p-limit";
import { deriveDocument } from "../documents/derive.js";
import type { DeriveOutcome } from "../documents/derive.js";
import type { Diagnostic, Document } from "../documents/document.js";
import type { FrontmatterKeys } from "../config/document-options.js";
import { deriveHtmlDocument, isHtmlPath } from "../documents/html/index.js";
import type { IdScope } from "../documents/id.js";
import type { SiteUrlRules } from "../documents/urls/index.js";
import { compareCodeUnits } from "../documents/order.js";
import type { ExcludedFile } from "../documents/textless.js";
import { discoverSources } from "./discover.js";
import { readSourceFile } from "./read.js";

export interface LoadOptions {
  root: string;
  include: string[];
  exclude: string[];
  idPrefix: string;
  idKey: string;
  /** How explicit frontmatter ids are read (Markdown pages). Default `global`. */
  idScope?: IdScope;
  maxFileBytes: number;
  /** Files read at once. Default 16. */
  concurrency?: number;
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
  /** Called after each file is read and derived, with the files done and found. Default none. */
  onProgress?: (done: number, total: number) => void;
  /** Markdown only: the site generator's URL rules, so pages get the ids of their URLs. Default none (ids from paths). */
  urlRules?: SiteUrlRules;
}

export interface LoadResult {
  /** Sorted by externalId. */
  documents: Document[];
  /** Errors (a file that produced no document) and warnings, sorted by file then line. */
  diagnostics: Diagnostic[];
  /** Pages left out on purpose (draft, unpublished, no text), sorted by file. */
  excluded: ExcludedFile[];
}

export const DEFAULT_LOAD_CONCURRENCY = 16;

/**
 * Discovers, reads and derives every page under root. A broken file becomes an error
 * diagnostic naming it; only an unusable root or include pattern throws.
 */
export async function loadDocuments(options: LoadOptions): Promise<LoadResult> {
  const discovery = await discoverSources(options);
  const limit = pLimit(options.concurrency ?? DEFAULT_LOAD_CONCURRENCY);
  let done = 0;
  const outcomes = await Promise.all(
    discovery.files.map((path) =>
      limit(async () => {
        const outcome = await loadOne(path, options);
        options.onProgress?.(++done, discovery.files.length);
        return { path, outcome };
      }),
    ),
  );
  const result: LoadResult = { documents: [], diagnostics: [], excluded: [] };
  for (const skipped of discovery.skipped) {
    result.diagnostics.push({ severity: "error", file: skipped.file, message: skipped.message });
  }
  for (const { path, outcome } of outcomes) collect(result, path, outcome);
  result.documents.sort((a, b) => compareCodeUnits(a.externalId, b.externalId));
  result.diagnostics.sort(byFileThenLine);
  return result;
}

async function loadOne(path: string, options: LoadOptions): Promise<DeriveOutcome> {
  const read = await readSourceFile({ root: options.root, path, maxBytes: options.maxFileBytes });
  if (!read.ok) return { kind: "error", diagnostic: read.diagnostic };
  try {
    const file = { path, text: read.text };
    if (isHtmlPath(path)) return deriveHtmlDocument(file, options);
    const { idPrefix, idKey, idScope, frontmatterKeys: keys, baseUrl, urlRules } = options;
    return deriveDocument(file, { idPrefix, idKey, idScope, keys, baseUrl, urlRules });
  } catch (cause) {
    // deriveDocument is not expected to throw; if it ever does, one page must not sink the run.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { kind: "error", diagnostic: { severity: "error", file: path, message: `document could not be derived: ${message}` } };
  }
}

function collect(result: LoadResult, path: string, outcome: DeriveOutcome): void {
  if (outcome.kind === "document") {
    result.documents.push(outcome.document);
    result.diagnostics.push(...outcome.diagnostics);
  } else if (outcome.kind === "excluded") {
    result.excluded.push({ file: path, reason: outcome.reason, ...(outcome.textless && { textless: true }) });
  } else {
    result.diagnostics.push(outcome.diagnostic);
  }
}

function byFileThenLine(a: Diagnostic, b: Diagnostic): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}
