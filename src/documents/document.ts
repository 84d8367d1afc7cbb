/**
 * A Document is one page as kb-publish will publish it: derived from a source file,
 * independent of any target. Targets turn it into their own payload (see `Target.payloadOf`).
 */
export interface Document {
  /** Stable key in the knowledge base: frontmatter `id`, else the path without extension (NFC), plus `idPrefix`. */
  externalId: string;
  /** Frontmatter `title`, else the first H1 outside code, else the file name. */
  title: string;
  /** Markdown body without frontmatter, line endings normalised to `\n`, BOM removed. */
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
  message: string;
}
