import { lstat, readdir, readFile } from "node:fs/promises";

/**
 * Generator configs (docusaurus.config.*, hugo.toml, mkdocs.yml, …) are looked for in the docs
 * root and its parents up to the repository root, at most this many folders up.
 */
export const MAX_CONFIG_LEVELS = 8;

/** A generator config larger than this is not read: real ones are a few KiB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A regular file's text (symlinks are not followed), or undefined when absent or too large. */
export async function readSmallFile(file: string): Promise<string | undefined> {
  try {
    const stats = await lstat(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES) return undefined;
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Whether anything (file, folder, symlink) is at `file`. */
export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** The names of the folders in `dir`, sorted; none when it cannot be read. */
export async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}
