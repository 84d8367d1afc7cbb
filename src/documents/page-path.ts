import { posix } from "node:path";

/**
 * Docusaurus's default number-prefix rule, so `01-intro.md` and `02 - guides/` order the
 * sidebar without showing in ids and URLs. Date- and version-like names (`2024-01-01-post`,
 * `1.5-notes`, `2-0`) keep their numbers; a name that is only a number (`01.md`) is kept too.
 */
const IGNORED_PREFIX = /^\d+[-_.]\d+/;
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;

/** `01-intro` → `intro`; `2024-01-01-post`, `v1-notes` and `01` unchanged. */
export function stripNumberPrefix(name: string): string {
  if (IGNORED_PREFIX.test(name)) return name;
  return name.replace(NUMBER_PREFIX, "");
}

/** File names that stand for their folder: `guides/index.md` is the page `guides`. Hugo uses `_index`. */
export const INDEX_NAMES: ReadonlySet<string> = new Set(["index", "_index"]);

/**
 * The path segments a page is known by: POSIX separators, the last extension removed and
 * number prefixes stripped from every segment. `02-guides\\01-install.md` → `["guides", "install"]`.
 */
export function pageSegments(sourcePath: string): string[] {
  const posixPath = sourcePath.replaceAll("\\", "/");
  const extension = posix.extname(posixPath);
  const withoutExtension = extension ? posixPath.slice(0, -extension.length) : posixPath;
  return withoutExtension.split("/").filter((segment) => segment !== "" && segment !== ".").map(stripNumberPrefix);
}
