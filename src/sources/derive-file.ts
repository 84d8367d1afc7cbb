import type { FrontmatterKeys } from "../config/document-options.js";
import { deriveDocument, type DeriveOutcome, type MarkdownSite } from "../documents/derive.js";
import { deriveHtmlDocument, isHtmlPath } from "../documents/html/index.js";
import type { IdScope } from "../documents/id.js";
import type { IncludeReader } from "../documents/markdown/includes/index.js";
import { includeReader } from "./include-reader.js";
import { readSourceText } from "./read.js";

/** How every page of a run is derived: plain data, so a worker thread receives it as it is. */
export interface DeriveFileOptions {
  /** Real repository root (symlinks resolved). */
  realRoot: string;
  maxFileBytes: number;
  idPrefix: string;
  idKey: string;
  /** How explicit frontmatter ids are read (Markdown pages). Default `global`. */
  idScope?: IdScope;
  /** Config-file `frontmatter:` mapping (Markdown pages). Default: built-in keys. */
  frontmatterKeys?: FrontmatterKeys;
  /** Built HTML only: locale folders taken off paths. Default none. */
  locales?: readonly string[];
  /** Built HTML only: picks the translation key among hreflang alternates. Default none. */
  defaultLocale?: string;
  /** Site URL for links and source URLs. Default none. */
  baseUrl?: string;
  /** Built HTML only: keep the cleaned HTML for targets that send it. Default true. */
  html?: boolean;
  /** Markdown only: how the site reads its pages (flavor, versions, components, URL rules). Default none. */
  markdown?: Omit<MarkdownSite, "readInclude">;
}

/** One discovered file to derive. */
export interface FileToDerive {
  /** Repository-relative POSIX path. */
  path: string;
  /** Real absolute path when the file is a symlink (see Discovery.links). */
  realPath?: string;
}

/** What one file became, with the sha256 of the bytes it was derived from (absent when unreadable). */
export interface DerivedFile {
  path: string;
  sha256?: string;
  outcome: DeriveOutcome;
}

/** Reads, hashes and derives one file. Never throws: a broken file is an error outcome naming it. */
export function deriveFile(file: FileToDerive, options: DeriveFileOptions): DerivedFile {
  const { path } = file;
  const read = readSourceText({ realRoot: options.realRoot, path, realPath: file.realPath, maxBytes: options.maxFileBytes });
  if (!read.ok) return { path, outcome: { kind: "error", diagnostic: read.diagnostic } };
  try {
    const source = { path, text: read.text };
    if (isHtmlPath(path)) return { path, sha256: read.sha256, outcome: deriveHtmlDocument(source, options) };
    const { idPrefix, idKey, idScope, frontmatterKeys: keys, baseUrl } = options;
    const readInclude = includesFor(options);
    return { path, sha256: read.sha256, outcome: deriveDocument(source, { idPrefix, idKey, idScope, keys, baseUrl, ...options.markdown, readInclude }) };
  } catch (cause) {
    // Derivation is not expected to throw; if it ever does, one page must not sink the run.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { path, sha256: read.sha256, outcome: { kind: "error", diagnostic: { severity: "error", file: path, message: `document could not be derived: ${message}` } } };
  }
}

// One include reader per run (per options object: a worker gets its own copy once); it caches
// each included file, so a later run in the same process must not reuse it.
const readers = new WeakMap<DeriveFileOptions, IncludeReader>();

function includesFor(options: DeriveFileOptions): IncludeReader {
  let reader = readers.get(options);
  if (!reader) readers.set(options, (reader = includeReader(options.realRoot, options.maxFileBytes)));
  return reader;
}
