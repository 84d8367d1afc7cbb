import { posix } from "node:path";

/** The file name without its last extension: `guides/install.fr.md` -> `install.fr`. */
export function titleFromPath(sourcePath: string): string {
  const name = posix.basename(sourcePath.replaceAll("\\", "/"));
  const extension = posix.extname(name);
  return (extension ? name.slice(0, -extension.length) : name).normalize("NFC");
}
