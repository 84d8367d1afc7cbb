import type { FrontmatterKeys } from "../config/document-options.js";
import type { Diagnostic, Document } from "./document.js";
import { exclusionReason, partialReason } from "./exclusions.js";
import { extractFields } from "./fields.js";
import { heroText } from "./home-page.js";
import type { FieldProblem, PageFields } from "./fields.js";
import { remapFrontmatter } from "./frontmatter-keys.js";
import { lineOfKey, parseFrontmatter } from "./frontmatter.js";
import { externalIdOf, type IdScope } from "./id.js";
import { linkResolver, sourceUrlOf } from "./links.js";
import { cleanMarkdownPage } from "./markdown/index.js";
import { pageIdentity, type PageIdentity, type SiteUrlRules } from "./urls/index.js";
import { normalizeText } from "./normalize.js";
import { textlessOutcome } from "./textless.js";
import { titleFromPath } from "./title.js";

/**
 * What one source file became: a document (with warnings), a deliberate exclusion (`textless`
 * when it was left out for having no text), or an error.
 */
export type DeriveOutcome =
  | { kind: "document"; document: Document; diagnostics: Diagnostic[] }
  | { kind: "excluded"; reason: string; textless?: boolean }
  | { kind: "error"; diagnostic: Diagnostic };

export interface DeriveOptions {
  /** Prepended to every id, derived or explicit. Default in Settings: empty. */
  idPrefix: string;
  /** Frontmatter key holding an explicit id. Default in Settings: `id`. */
  idKey: string;
  /** How an explicit id is read (see {@link IdScope}). Default `global`. */
  idScope?: IdScope;
  /** Site URL: relative links become absolute and pages get a source URL. Default: none. */
  baseUrl?: string;
  /** Config-file `frontmatter:` mapping, applied before any key is read. Default: built-in keys. */
  keys?: FrontmatterKeys;
  /** The site generator's URL rules: pages get the id of their URL (see `pageIdentity`). Default: none, ids from paths. */
  urlRules?: SiteUrlRules;
}

export interface SourceFile {
  /** Repository-relative POSIX path. */
  path: string;
  /** Decoded file text, as read. */
  text: string;
}

/** Derives the Document for one page. Pure: never throws for bad input, never touches I/O. */
export function deriveDocument(file: SourceFile, options: DeriveOptions): DeriveOutcome {
  const front = parseFrontmatter(normalizeText(file.text));
  if (!front.ok) return { kind: "error", diagnostic: diagnostic(file.path, "error", front.message, front.line) };

  const data = remapFrontmatter(front.data, options.keys);
  const reason = exclusionReason(data) ?? partialReason(file.path, front.language !== undefined);
  if (reason) return { kind: "excluded", reason };

  const extracted = extractFields(data, options.idKey);
  const atLine = (problem: FieldProblem) => lineOfKey(front.block, problem.key);
  if (!extracted.ok) {
    const { problem } = extracted;
    return { kind: "error", diagnostic: diagnostic(file.path, "error", problem.message, atLine(problem)) };
  }
  const diagnostics = extracted.warnings.map((w) => diagnostic(file.path, "warning", w.message, atLine(w)));
  const hero = heroText(data);
  const body = hero ? `${hero}\n${front.body.trim() ? `\n${front.body}` : ""}` : front.body;
  const { idKey, idScope } = options;
  const identity = pageIdentity(options.urlRules, { sourcePath: file.path, data, idKey, idScope, explicitId: extracted.fields.explicitId });
  const document = buildDocument(file.path, body, extracted.fields, identity, options);
  // Some targets reject empty content: a listing page is left out, an emptied page is an error.
  if (document.content.trim() === "") return textlessOutcome(file.path, front.body, data);
  return { kind: "document", document, diagnostics };
}

function buildDocument(sourcePath: string, body: string, fields: PageFields, identity: PageIdentity, options: DeriveOptions): Document {
  // One parse serves the cleanup, the link rewriting and (when frontmatter has no title) the heading.
  const page = cleanMarkdownPage(body, {
    flavor: /\.mdx$/i.test(sourcePath) ? "mdx" : "md",
    heading: fields.title === undefined,
    mapUrl: options.baseUrl ? linkResolver({ sourcePath, baseUrl: options.baseUrl }) : undefined,
  });
  const document: Document = {
    externalId: externalIdOf({ sourcePath, ...identity, idPrefix: options.idPrefix, idScope: options.idScope }),
    title: fields.title ?? page.heading ?? fields.fallbackTitle ?? titleFromPath(sourcePath),
    content: page.markdown,
    tags: fields.tags,
    sourcePath,
    metadata: fields.metadata,
  };
  if (fields.description !== undefined) document.description = fields.description;
  if (fields.lang !== undefined) document.lang = fields.lang;
  if (fields.activeFrom !== undefined) document.activeFrom = fields.activeFrom;
  if (fields.activeUntil !== undefined) document.activeUntil = fields.activeUntil;
  const sourceUrl = sourceUrlOf({ sourcePath, baseUrl: options.baseUrl, declared: fields.declaredUrl });
  if (sourceUrl !== undefined) document.sourceUrl = sourceUrl;
  return document;
}

function diagnostic(file: string, severity: Diagnostic["severity"], message: string, line?: number): Diagnostic {
  return line === undefined ? { severity, file, message } : { severity, file, line, message };
}
