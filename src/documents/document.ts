/**
 * A Document is one page as kb-publish will publish it: derived from a source file,
 * independent of any target. Targets turn it into their own payload (see `Target.payloadOf`).
 */
export interface Document {
  /**
   * Stable key in the knowledge base: frontmatter `id` (read as Settings `idScope` says), else the
   * path without extension and number prefixes, `index` folded into its folder (NFC), plus
   * `idPrefix`; the translation step takes locale folders and suffixes off.
   */
  externalId: string;
  /** Frontmatter `title`, else the first H1 outside code, else `sidebar_label` / `hero.name`, else the file name. */
  title: string;
  /**
   * The page as a reader sees it, in Markdown: the body without frontmatter (line endings
   * normalised to `\n`, BOM removed), cleaned of `import`/`export` lines, JSX and HTML
   * components, shortcodes, Liquid tags and comments (their prose kept; admonitions and tabs
   * made readable), with a home layout's hero text first and, with a base URL, absolute links.
   * Code blocks and inline code are kept byte for byte. For built HTML: the main content
   * converted to Markdown. Never empty: pages without text are left out.
   */
  content: string;
  /**
   * The cleaned main-content HTML, set only for pages read from built HTML (navigation,
   * scripts and heading anchors removed), for targets that take HTML. Absent for Markdown pages.
   */
  html?: string;
  /** Sorted, de-duplicated tags. Empty when none. */
  tags: string[];
  /** BCP 47-ish language code (`en`, `fr`, `pt-BR`) when known. */
  lang?: string;
  description?: string;
  /** ISO 8601 start/end of the period in which the document should be active. */
  activeFrom?: string;
  activeUntil?: string;
  /** Other-language variants of this page, for targets that group translations under one id. */
  translations?: Translation[];
  /** Repository-relative POSIX path of the file the document came from. */
  sourcePath: string;
  /** Public URL of the page when known. */
  sourceUrl?: string;
  /** Remaining frontmatter keys, kept as-is. */
  metadata: Record<string, unknown>;
}

export interface Translation {
  lang: string;
  title: string;
  content: string;
  sourcePath: string;
}

/** A problem with one input file. `severity: "error"` means the file produced no document. */
export interface Diagnostic {
  severity: "error" | "warning";
  /** Repository-relative POSIX path. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** What the problem is, without the file name (reports put the file in front of it). */
  message: string;
  /**
   * The problem in words shared by every file that has it, as a plural predicate
   * (`have no fr translation`): reports group such warnings into one line. Default: none.
   */
  group?: string;
}
