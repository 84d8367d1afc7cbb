import { readFile } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { parseFrontmatter } from "../documents/frontmatter.js";
import { normalizeText } from "../documents/normalize.js";

/** Section files larger than this are not read for cascades (no real `_index.md` comes near it). */
const MAX_SECTION_BYTES = 1024 * 1024;

/**
 * Hugo sections whose `_index.md` cascades `build: { render: never }` (or `render: false`, also
 * under the older `_build`) to every page below them, as Hugo's docs keep their `_common/`
 * snippets: those pages are never built, so they are not published. Cascades with a `target` (a
 * page matcher) are not followed. Returns the sections' folders as globs relative to `root`,
 * each covering the section and everything under it. Hugo front-matter keys are
 * case-insensitive, and so is this reading. Never throws: an unreadable file cascades nothing.
 */
export async function hugoCascadeExcludes(root: string, exclude: readonly string[]): Promise<string[]> {
  const sections = await fg("**/_index.{md,markdown}", { cwd: root, ignore: ["**/node_modules/**", "**/.git/**", ...exclude], followSymbolicLinks: false });
  const folders: string[] = [];
  for (const file of sections.sort()) {
    if (await cascadesNeverRender(path.join(root, file))) folders.push(path.posix.dirname(file));
  }
  return folders.map((folder) => (folder === "." ? "**" : `${folder}/**`));
}

async function cascadesNeverRender(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return false;
  }
  if (text.length > MAX_SECTION_BYTES) return false;
  const front = parseFrontmatter(normalizeText(text));
  if (!front.ok) return false;
  const cascade = valueOf(front.data, "cascade");
  const entries = Array.isArray(cascade) ? cascade : [cascade];
  return entries.some((entry) => isRecord(entry) && valueOf(entry, "target") === undefined && valueOf(entry, "_target") === undefined && neverRendered(entry));
}

function neverRendered(entry: Record<string, unknown>): boolean {
  const build = valueOf(entry, "build") ?? valueOf(entry, "_build");
  if (!isRecord(build)) return false;
  const render = valueOf(build, "render");
  return render === false || (typeof render === "string" && ["never", "false"].includes(render.trim().toLowerCase()));
}

function valueOf(data: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key);
  return found === undefined ? undefined : data[found];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
