import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { IncludeReader } from "../documents/markdown/includes/index.js";
import { isInside } from "./paths.js";
import { decodeUtf8 } from "./utf8.js";

const MAX_LEVELS = 8;

/**
 * Reads files that pages include (Hugo `include` shortcodes, MkDocs snippets, VitePress
 * `@include`): paths relative to `root`, resolved through symlinks and read only when they lie
 * inside the repository (the folder holding `.git` above `root`, else `root` itself). Regular
 * UTF-8 files up to `maxBytes` only; anything else reads as missing. Each file is read once per
 * run. Synchronous, because derivation is: includes are few and small.
 */
export function includeReader(root: string, maxBytes: number): IncludeReader {
  let base: { realRoot: string; boundary: string } | undefined;
  const cache = new Map<string, string | undefined>();
  return (relative) => {
    // Settled on first use: a root that does not exist is reported by discovery, not here.
    base ??= { realRoot: realpathSync(root), boundary: repositoryRoot(realpathSync(root)) };
    const absolute = path.resolve(base.realRoot, relative);
    if (!cache.has(absolute)) cache.set(absolute, readInside(absolute, base.boundary, maxBytes));
    return cache.get(absolute);
  };
}

function readInside(file: string, boundary: string, maxBytes: number): string | undefined {
  try {
    const real = realpathSync(file);
    if (!isInside(boundary, real)) return undefined;
    const stats = statSync(real);
    if (!stats.isFile() || stats.size > maxBytes) return undefined;
    const decoded = decodeUtf8(readFileSync(real));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `dir` holding `.git` (at most {@link MAX_LEVELS} up), else `dir`. */
function repositoryRoot(dir: string): string {
  let current = dir;
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (existsSync(path.join(current, ".git"))) return current;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return dir;
}
