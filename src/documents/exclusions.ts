import { posix } from "node:path";
import { isFlag } from "./field-values.js";

/** Keys that only say whether a page is published; they never become metadata. */
export const EXCLUSION_KEYS = ["draft", "unlisted", "pagefind", "headless"] as const;

/**
 * Why frontmatter keeps a page out, or undefined: `draft: true`, `published: false`,
 * `unlisted: true` (Docusaurus), `search: exclude` / `search: { exclude: true }` (MkDocs
 * Material) and `search: false` (VitePress), `pagefind: false` (Starlight), `headless: true`
 * and `build: { render: never }` (Hugo).
 */
export function exclusionReason(data: Record<string, unknown>): string | undefined {
  if (isFlag(data.draft, true)) return "draft: true in frontmatter";
  if (isFlag(data.published, false)) return "published: false in frontmatter";
  if (isFlag(data.unlisted, true)) return "unlisted: true in frontmatter";
  if (excludedFromSearch(data.search)) return "search: exclude in frontmatter";
  if (isFlag(data.pagefind, false)) return "pagefind: false in frontmatter";
  if (isFlag(data.headless, true)) return "headless: true in frontmatter";
  if (neverRendered(data.build) || neverRendered(data._build)) return "build: { render: never } in frontmatter";
  return undefined;
}

function excludedFromSearch(search: unknown): boolean {
  if (isFlag(search, false) || (typeof search === "string" && search.trim().toLowerCase() === "exclude")) return true;
  return typeof search === "object" && search !== null && isFlag((search as Record<string, unknown>).exclude, true);
}

function neverRendered(build: unknown): boolean {
  if (typeof build !== "object" || build === null) return false;
  const render = (build as Record<string, unknown>).render;
  return isFlag(render, false) || (typeof render === "string" && render.trim().toLowerCase() === "never");
}

/**
 * Why a path is a partial rather than a page, or undefined. A file whose name starts with `_`
 * is a partial (Docusaurus `_snippet.mdx`, Jekyll includes), except Hugo's `_index` (also with a
 * language suffix, `_index.fr.md`, as Hugo's translation-by-file-name sites name them). Under a
 * `_folder`, Jekyll's `_drafts` are drafts, and a file without frontmatter is a partial
 * (Docusaurus `_partials/`); with frontmatter it is a Jekyll collection page (`_posts/`).
 */
export function partialReason(sourcePath: string, hasFrontmatter: boolean): string | undefined {
  const segments = sourcePath.replaceAll("\\", "/").split("/");
  const name = segments.pop() ?? "";
  if (name.startsWith("_") && !/^_index(?:\.[^.]+)?\.[^.]+$/.test(name)) return `file name "${posix.basename(name)}" starts with "_": a partial, not a page`;
  const folder = segments.find((segment) => segment.startsWith("_"));
  if (folder === "_drafts") return 'in "_drafts/": a draft';
  if (folder && !hasFrontmatter) return `in "${folder}/" without frontmatter: a partial, not a page`;
  return undefined;
}
