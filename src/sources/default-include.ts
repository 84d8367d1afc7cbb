import { basename, resolve } from "node:path";
import fg from "fast-glob";
import { DEFAULT_INCLUDE } from "../config/settings.js";

/** Folder names static-site generators build into: Hugo `public`, Docusaurus `build`, Jekyll `_site`, MkDocs `site`, Astro/VitePress `dist`, Next `out`. */
export const BUILD_FOLDER_NAMES = ["public", "build", "_site", "site", "dist", "out"] as const;

/** The include globs for built HTML pages. */
export const HTML_INCLUDE = ["**/*.{html,htm}"];

/**
 * The include globs to use when none are configured: built HTML when `root` is named like a
 * build folder and holds no Markdown, else the Markdown default. Pure: the caller says whether
 * Markdown was found (see {@link detectDefaultInclude}).
 */
export function defaultIncludeFor(root: string, hasMarkdown: boolean): string[] {
  const name = basename(resolve(root));
  const isBuildFolder = (BUILD_FOLDER_NAMES as readonly string[]).includes(name);
  return isBuildFolder && !hasMarkdown ? [...HTML_INCLUDE] : [...DEFAULT_INCLUDE];
}

/** {@link defaultIncludeFor} with the Markdown check done: stops at the first Markdown file found. */
export async function detectDefaultInclude(root: string): Promise<string[]> {
  const name = basename(resolve(root));
  if (!(BUILD_FOLDER_NAMES as readonly string[]).includes(name)) return [...DEFAULT_INCLUDE];
  const stream = fg.stream(DEFAULT_INCLUDE, { cwd: root, ignore: ["**/node_modules/**", "**/.git/**"], followSymbolicLinks: false });
  let hasMarkdown = false;
  for await (const _entry of stream) {
    hasMarkdown = true;
    break;
  }
  return defaultIncludeFor(root, hasMarkdown);
}
