import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Diagnostic, Document } from "./document.js";
import { exclusionReason, extractFields } from "./fields.js";
import type { FieldProblem, PageFields } from "./fields.js";
import { lineOfKey, parseFrontmatter } from "./frontmatter.js";
import { externalIdOf } from "./id.js";
import { normalizeText } from "./normalize.js";
import { firstHeadingText, titleFromPath } from "./title.js";

/** What one source file became: a document (with warnings), a deliberate exclusion, or an error. */
export type DeriveOutcome =
  | { kind: "document"; document: Document; diagnostics: Diagnostic[] }
  | { kind: "excluded"; reason: string }
  | { kind: "error"; diagnostic: Diagnostic };

export interface DeriveOptions {
  /** Prepended to every id, derived or explicit. Default in Settings: empty. */
  idPrefix: string;
  /** Frontmatter key holding an explicit id. Default in Settings: `id`. */
  idKey: string;
}

export interface SourceFile {
  /** Repository-relative POSIX path. */
  path: string;
  /** Decoded file text, as read. */
  text: string;
}

// Created once: building a processor is far costlier than parsing one page.
const markdown = unified().use(remarkParse).freeze();

/** Derives the Document for one page. Pure: never throws for bad input, never touches I/O. */
export function deriveDocument(file: SourceFile, options: DeriveOptions): DeriveOutcome {
  const front = parseFrontmatter(normalizeText(file.text));
  if (!front.ok) return { kind: "error", diagnostic: diagnostic(file.path, "error", front.message, front.line) };

  const reason = exclusionReason(front.data);
  if (reason) return { kind: "excluded", reason };

  const extracted = extractFields(front.data, options.idKey);
  const atLine = (problem: FieldProblem) => lineOfKey(front.block, problem.key);
  if (!extracted.ok) {
    const { problem } = extracted;
    return { kind: "error", diagnostic: diagnostic(file.path, "error", problem.message, atLine(problem)) };
  }
  const diagnostics = extracted.warnings.map((w) => diagnostic(file.path, "warning", w.message, atLine(w)));
  const document = buildDocument(file.path, front.body, extracted.fields, options.idPrefix);
  return { kind: "document", document, diagnostics };
}

function buildDocument(sourcePath: string, content: string, fields: PageFields, idPrefix: string): Document {
  const document: Document = {
    externalId: externalIdOf({ sourcePath, explicitId: fields.explicitId, idPrefix }),
    title: fields.title ?? titleFromBody(content) ?? titleFromPath(sourcePath),
    content,
    tags: fields.tags,
    sourcePath,
    metadata: fields.metadata,
  };
  if (fields.description !== undefined) document.description = fields.description;
  if (fields.lang !== undefined) document.lang = fields.lang;
  return document;
}

/** Parses the body only when the frontmatter has no title, and then exactly once. */
function titleFromBody(content: string): string | undefined {
  return firstHeadingText(markdown.parse(content));
}

function diagnostic(file: string, severity: Diagnostic["severity"], message: string, line?: number): Diagnostic {
  return line === undefined ? { severity, file, message } : { severity, file, line, message };
}
