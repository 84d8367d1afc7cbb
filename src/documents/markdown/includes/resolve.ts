import { posix } from "node:path";

/** How many folders above the docs root an include may be looked for (MkDocs snippets' base path is the project folder). */
const LEVELS_ABOVE_ROOT = 2;

/**
 * Where an include target may live, most specific first, as paths relative to the docs root:
 * `@/x` (VitePress) from the root; `/x` from each folder of the page up to the root (Hugo reads
 * it from the content folder of the page's language, `content/en/`); `x` from the page's folder,
 * then each folder above it, then up to two folders above the root (the project folder of an
 * MkDocs site). A name without an extension also tries `.md`, `/index.md` and `/_index.md`, as
 * Hugo's `GetPage` does. The reader decides what may be read (inside the repository only).
 */
export function includeCandidates(sourcePath: string, target: string): string[] {
  if (target.startsWith("@/")) return variants(posix.normalize(target.slice(2)));
  const folders = foldersOf(sourcePath);
  const relative = target.replace(/^\/+/, "");
  const found = new Set<string>();
  for (const folder of folders) for (const variant of variants(posix.join(folder, relative))) found.add(variant);
  return [...found].filter((path) => path !== "" && !path.startsWith(`${"../".repeat(LEVELS_ABOVE_ROOT + 1)}`));
}

/** The page's folder, each folder above it, the root, then the folders above the root. */
function foldersOf(sourcePath: string): string[] {
  const folders: string[] = [];
  let folder = posix.dirname(sourcePath.replaceAll("\\", "/"));
  while (folder !== "." && folder !== "/" && folder !== "") {
    folders.push(folder);
    folder = posix.dirname(folder);
  }
  folders.push(".");
  for (let level = 1; level <= LEVELS_ABOVE_ROOT; level++) folders.push("../".repeat(level).slice(0, -1));
  return folders;
}

function variants(path: string): string[] {
  const normalized = posix.normalize(path);
  if (posix.extname(normalized) !== "") return [normalized];
  return [normalized, `${normalized}.md`, `${normalized}/index.md`, `${normalized}/_index.md`];
}
