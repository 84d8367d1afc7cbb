import { INDEX_NAMES, pageSegments } from "./page-path.js";

/** Longest external id accepted; most knowledge-base APIs cap keys around this size. */
export const MAX_ID_LENGTH = 1024;

/**
 * How an explicit frontmatter id is read. `global`: it is the whole external id. `folder`: an
 * id without `/` names the page within its folder, as Docusaurus reads `id` (`guides/x.md` with
 * `id: overview` is `guides/overview`), so two folders may each hold an `overview`; an id with
 * `/` is still the whole id. Default in Settings: `folder` for Docusaurus sites, else `global`.
 */
export type IdScope = "global" | "folder";

export const ID_SCOPES: readonly IdScope[] = ["global", "folder"];

/**
 * The external id of a page: an explicit frontmatter id wins (read as `idScope` says; default
 * `global`), then `route` (the id path of the URL the site's generator publishes the page at,
 * see `routeIdOf`, when its rules are known), otherwise the page path (see {@link pathIdOf}).
 * All are NFC-normalised (macOS file systems hand out decomposed names) and then prefixed with
 * `idPrefix`. The built-HTML reader calls this with HTML paths, so `guides/install.md`,
 * `guides/install/index.md` and `guides/install/index.html` agree.
 */
export function externalIdOf(options: { sourcePath: string; explicitId?: string; idPrefix: string; idScope?: IdScope; route?: string }): string {
  const { sourcePath, explicitId } = options;
  const fromPath = () => options.route ?? pathIdOf(sourcePath);
  const base = explicitId === undefined ? fromPath() : options.idScope === "folder" ? folderScopedId(sourcePath, explicitId) : explicitId;
  return `${options.idPrefix}${base}`.normalize("NFC");
}

/**
 * An explicit id read relative to the page's folder: `guides/x.md` + `overview` →
 * `guides/overview`. Folder names lose their number prefixes as in path ids (`02-guides/` →
 * `guides`), as Docusaurus builds the URL; the id itself is kept as written. An id with `/`,
 * or a page at the top of the folder, gives the id unchanged.
 */
export function folderScopedId(sourcePath: string, explicitId: string): string {
  if (explicitId.includes("/")) return explicitId;
  const folders = pageSegments(sourcePath).slice(0, -1);
  return [...folders, explicitId].join("/");
}

/**
 * The explicit id behind a folder-scoped external id of `sourcePath`, or undefined when the id
 * is not one (`kb:guides/overview` for `guides/x.md` and prefix `kb:` → `overview`). Lets the
 * translation step re-key a translation's scoped id from its locale-free path.
 */
export function scopedIdWithin(externalId: string, sourcePath: string, idPrefix: string): string | undefined {
  const folders = pageSegments(sourcePath).slice(0, -1);
  const prefix = `${idPrefix}${folders.map((folder) => `${folder}/`).join("")}`.normalize("NFC");
  if (!externalId.startsWith(prefix)) return undefined;
  const rest = externalId.slice(prefix.length);
  return rest !== "" && !rest.includes("/") ? rest : undefined;
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
