import { INDEX_NAMES, pageSegments } from "./page-path.js";

/** Longest external id accepted; most knowledge-base APIs cap keys around this size. */
export const MAX_ID_LENGTH = 1024;

/**
 * The external id of a page: an explicit frontmatter id wins, otherwise the page path (see
 * {@link pathIdOf}). Both are NFC-normalised (macOS file systems hand out decomposed names)
 * and then prefixed with `idPrefix`. The built-HTML reader calls this with HTML paths, so
 * `guides/install.md`, `guides/install/index.md` and `guides/install/index.html` agree.
 */
export function externalIdOf(options: { sourcePath: string; explicitId?: string; idPrefix: string }): string {
  const base = options.explicitId ?? pathIdOf(options.sourcePath);
  return `${options.idPrefix}${base}`.normalize("NFC");
}

/**
 * The id a path gives: POSIX, without the last extension, number prefixes stripped from every
 * segment (Docusaurus rule), and a trailing `index` / `_index` folded into its folder.
 * `02-guides/01-install.md` → `guides/install`; `guides/index.md` → `guides`; a root `index.md`
 * stays `index`. `README` is not folded: many repositories keep both a README and an index.
 */
export function pathIdOf(sourcePath: string): string {
  const segments = pageSegments(sourcePath);
  if (segments.length > 1 && INDEX_NAMES.has(segments.at(-1)!)) segments.pop();
  if (segments.length === 1 && segments[0] === "_index") return "index";
  return segments.join("/");
}

/**
 * Checks an external id and returns what is wrong with it, or `undefined` when it is usable:
 * non-empty, at most {@link MAX_ID_LENGTH} characters, no control characters, no leading or
 * trailing whitespace and no `..` path segment.
 */
export function validateId(id: string): string | undefined {
  const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);
  if (id.length === 0) return "id is empty; expected at least one character";
  if (id.length > MAX_ID_LENGTH) {
    return `id ${shown} is ${id.length} characters long; expected at most ${MAX_ID_LENGTH}`;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(id)) return `id ${shown} contains a control character; expected printable text`;
  if (id.trim() !== id) return `id ${shown} starts or ends with whitespace; expected none`;
  if (id.split("/").includes("..")) return `id ${shown} contains a ".." path segment; expected none`;
  return undefined;
}
