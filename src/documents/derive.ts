import type { FrontmatterKeys } from "../config/document-options.js";
import type { Diagnostic, Document } from "./document.js";
import { exclusionReason, partialReason } from "./exclusions.js";
import { extractFields } from "./fields.js";
import { heroText } from "./home-page.js";
import type { FieldProblem, PageFields } from "./fields.js";
import { foldKeyCase, remapFrontmatter } from "./frontmatter-keys.js";
import { lineOfKey, parseFrontmatter } from "./frontmatter.js";
import { externalIdOf, type IdScope } from "./id.js";
import { linkResolver, sourceUrlOf } from "./links.js";
import { expandIncludes, type IncludeReader } from "./markdown/includes/index.js";
import { cleanMarkdownPage, type ComponentRule, type Flavor } from "./markdown/index.js";
import { pageIdentity, type PageIdentity, type SiteUrlRules } from "./urls/index.js";
import { normalizeText } from "./normalize.js";
import { normalizeTags } from "./tags.js";
import { textlessOutcome } from "./textless.js";
import { titleFromPath } from "./title.js";
import { versionedPath, versionOf, versionPrefix, type VersionPlan } from "./versions/index.js";

/**
 * What one source file became: a document (with warnings), a deliberate exclusion (`textless`
 * when it was left out for having no text), or an error.
 */
export type DeriveOutcome =
  | {
      kind: "document";
      document: Document;
      diagnostics: Diagnostic[];
      /**
       * Other files the document was built from (includes, snippets), relative to the docs root
       * like `sourcePath` (they may start with `../`): a change to one changes the document.
       * Absent or empty when the page includes nothing.
       */
      sources?: string[];
      /** Built HTML: the generator that built the page (see `builtBy`), carried so it survives a worker thread. */
      builtBy?: string;
    }
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
  /** How `.md` / `.markdown` files are read; `.mdx` is always MDX. Default `md` (Docusaurus sites: `mdx`, see MarkdownSite). */
  mdFlavor?: Flavor;
  /** Docusaurus docs versions published: ids and version metadata of versioned pages. Default none. */
  versions?: VersionPlan;
  /** Config-file `components:` rules. Default none. */
  components?: Readonly<Record<string, ComponentRule>>;
  /** Reads included files (Hugo `include`, MkDocs snippets, VitePress `@include`). Default none: include directives are removed. */
  readInclude?: IncludeReader;
  /** The site generator's URL rules: pages get the id of their URL (see `pageIdentity`). Default: none, ids from paths. */
  urlRules?: SiteUrlRules;
}

/** The derive options a run settles from the site and the config file, passed through loading as one. */
export type MarkdownSite = Pick<DeriveOptions, "mdFlavor" | "versions" | "components" | "readInclude" | "urlRules">;

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

  const data = remapFrontmatter(foldKeyCase(front.data, options.idKey), options.keys);
  const reason = exclusionReason(data) ?? partialReason(file.path, front.language !== undefined);
  if (reason) return { kind: "excluded", reason };

  const extracted = extractFields(data, options.idKey);
  const atLine = (problem: FieldProblem) => lineOfKey(front.block, problem.key);
  if (!extracted.ok) {
    const { problem } = extracted;
    return { kind: "error", diagnostic: diagnostic(file.path, "error", problem.message, atLine(problem)) };
  }
  const diagnostics = extracted.warnings.map((w) => diagnostic(file.path, "warning", w.message, atLine(w)));
  const expanded = expandIncludes(front.body, file.path, options.readInclude);
  diagnostics.push(...expanded.warnings.map((message) => diagnostic(file.path, "warning", message)));
  const hero = heroText(data);
  const body = hero ? `${hero}\n${expanded.text.trim() ? `\n${expanded.text}` : ""}` : expanded.text;
  const { idKey, idScope } = options;
  const identity = pageIdentity(options.urlRules, { sourcePath: versionedPath(file.path, options.versions), data, idKey, idScope, explicitId: extracted.fields.explicitId });
  const { document, warnings } = buildDocument(file.path, body, extracted.fields, identity, options);
  diagnostics.push(...warnings.map((message) => diagnostic(file.path, "warning", message)));
  // Some targets reject empty content: a listing page is left out, an emptied page is an error.
  if (document.content.trim() === "") return withIncludeProblems(textlessOutcome(file.path, front.body, data), expanded.warnings);
  return expanded.sources.length > 0 ? { kind: "document", document, diagnostics, sources: expanded.sources } : { kind: "document", document, diagnostics };
}

function buildDocument(sourcePath: string, body: string, fields: PageFields, identity: PageIdentity, options: DeriveOptions): { document: Document; warnings: string[] } {
  // One parse serves the cleanup, the link rewriting and (when frontmatter has no title) the heading.
  const page = cleanMarkdownPage(body, {
    flavor: /\.mdx$/i.test(sourcePath) ? "mdx" : (options.mdFlavor ?? "md"),
    heading: fields.title === undefined,
    mapUrl: options.baseUrl ? linkResolver({ sourcePath, baseUrl: options.baseUrl }) : undefined,
    components: options.components,
  });
  const document: Document = {
    externalId: idOf(sourcePath, identity, options),
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
  return { document: withVersion(document, options.versions), warnings: page.warnings };
}

/**
 * The external id: from the path the page is known by (a versioned page's path in `docs/`), after
 * `<version>/` when several versions are published, so one id in every version never collides.
 */
function idOf(sourcePath: string, identity: PageIdentity, options: DeriveOptions): string {
  const idPrefix = `${options.idPrefix}${versionPrefix(sourcePath, options.versions)}`;
  return externalIdOf({ sourcePath: versionedPath(sourcePath, options.versions), ...identity, idPrefix, idScope: options.idScope });
}

/** With several versions published, each versioned page says its version in metadata and tags. */
function withVersion(document: Document, versions: VersionPlan | undefined): Document {
  const version = versions?.prefixed ? versionOf(document.sourcePath, versions) : undefined;
  if (version === undefined) return document;
  const { tags } = normalizeTags([...document.tags, version]);
  return { ...document, tags, metadata: { ...document.metadata, version } };
}

/** A page left without text because an include failed says which: the warning would otherwise be lost with the page. */
function withIncludeProblems(outcome: DeriveOutcome, warnings: readonly string[]): DeriveOutcome {
  if (warnings.length === 0) return outcome;
  const why = ` (${warnings.join("; ")})`;
  if (outcome.kind === "excluded") return { ...outcome, reason: `${outcome.reason}${why}` };
  if (outcome.kind === "error") return { ...outcome, diagnostic: { ...outcome.diagnostic, message: `${outcome.diagnostic.message}${why}` } };
  return outcome;
}

function diagnostic(file: string, severity: Diagnostic["severity"], message: string, line?: number): Diagnostic {
  return line === undefined ? { severity, file, message } : { severity, file, line, message };
}
