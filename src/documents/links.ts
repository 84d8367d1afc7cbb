import { posix } from "node:path";
import { INDEX_NAMES, pageSegments } from "./page-path.js";

/** Names that stand for their folder in a page URL (`README` too: Docusaurus, MkDocs, GitHub Pages). */
const FOLDER_NAMES = new Set([...INDEX_NAMES, "README", "readme", "Readme"]);
const MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i;
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * The URL path of a page relative to the site root, in "pretty URL" form: number prefixes
 * stripped, `index` / `_index` / `README` folded into the folder. `02-guides/01-install.md` →
 * `guides/install/`; `guides/index.md` → `guides/`; the root index → `` (the site root).
 */
export function pageUrlPath(sourcePath: string): string {
  const segments = pageSegments(sourcePath);
  if (segments.length > 0 && FOLDER_NAMES.has(segments.at(-1)!)) segments.pop();
  return segments.map((segment) => `${segment}/`).join("");
}

/** The URL path of the folder holding a file: `02-guides/01-install.md` → `guides/`. */
function folderUrlPath(sourcePath: string): string {
  return pageUrlPath(`${posix.dirname(sourcePath.replaceAll("\\", "/"))}/index`);
}

/** The site URL as a base for resolving: it must parse, and it always ends with `/`. */
export function siteBase(baseUrl: string | undefined): URL | undefined {
  if (!baseUrl || !URL.canParse(baseUrl)) return undefined;
  const url = new URL(baseUrl);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}

/** A page URL declared in frontmatter, and the key that declared it. */
export interface DeclaredUrl {
  key: "permalink" | "url" | "slug";
  value: string;
}

/**
 * The public URL of a page. A declared absolute URL is used as written, even without a base
 * URL. With a base URL: a declared path starting with `/` (and any `permalink` or `url`) is
 * taken from the site root, a relative `slug` replaces the file name (as Docusaurus and Hugo
 * do), and without a declaration the path gives the URL (`guides/install/`).
 */
export function sourceUrlOf(options: { sourcePath: string; baseUrl?: string; declared?: DeclaredUrl }): string | undefined {
  const { declared } = options;
  const usable = declared && !/(?:^|\/):[a-z]/i.test(declared.value) ? declared : undefined;
  if (usable && ABSOLUTE.test(usable.value)) return URL.canParse(usable.value) ? new URL(usable.value).href : undefined;
  const base = siteBase(options.baseUrl);
  if (!base) return undefined;
  if (!usable) return new URL(pageUrlPath(options.sourcePath), base).href;
  const fromRoot = usable.value.startsWith("/") || usable.key !== "slug";
  const relativeTo = fromRoot ? base : new URL(folderUrlPath(options.sourcePath), base);
  return new URL(usable.value.replace(/^\/+/, ""), relativeTo).href;
}

/**
 * Makes link and image destinations of one page absolute. Links to Markdown files are
 * resolved as files (relative to this file, or from the docs root when they start with `/`)
 * and become the URL of that page; other relative destinations are resolved against this
 * file's folder URL, and `/paths` against the site's origin, as a browser would. Absolute
 * URLs, `#anchors`, `mailto:` and other schemes, and template placeholders stay as written.
 */
export function linkResolver(options: { sourcePath: string; baseUrl: string }): (destination: string) => string {
  const base = siteBase(options.baseUrl);
  if (!base) return (destination) => destination;
  const folder = new URL(folderUrlPath(options.sourcePath), base);
  const sourceFolder = posix.dirname(options.sourcePath.replaceAll("\\", "/"));
  return (destination) => {
    if (destination === "" || destination.startsWith("#") || ABSOLUTE.test(destination) || /[{}]/.test(destination)) return destination;
    const split = /^([^?#]*)(.*)$/s.exec(destination)!;
    const path = safeDecode(split[1]!);
    const suffix = split[2]!;
    if (MARKDOWN_FILE.test(path)) {
      const file = path.startsWith("/") ? path.slice(1) : posix.join(sourceFolder, path);
      const normalized = posix.normalize(file);
      if (!normalized.startsWith("../")) return new URL(pageUrlPath(normalized) + suffix, base).href;
    }
    return URL.canParse(destination, folder) ? new URL(destination, folder).href : destination;
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
