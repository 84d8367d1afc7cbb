import { isAbsolute, relative, sep } from "node:path";

/** True when `target` (a real path) is `root` itself or lies beneath it. Both must be real paths. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`));
}

