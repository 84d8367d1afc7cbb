// The floor every run is compared with: one process that walks the docs folder, reads every page
// file and sha256s it — the least any tool must do to know whether anything changed. Plain
// JavaScript (no tsx), the same walker and globs as kb-publish's defaults.
// Usage: node bench/floor.mjs <docs folder>
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";

const root = process.argv[2];
if (!root) {
  console.error("Missing argument: expected the docs folder to read (bench/floor.mjs <dir>)");
  process.exit(2);
}
const files = fg.sync(["**/*.{md,mdx,markdown}"], { cwd: root, ignore: ["**/.git/**", "**/node_modules/**"], followSymbolicLinks: false });
let bytes = 0;
for (const file of files) {
  const data = readFileSync(path.join(root, file));
  bytes += data.length;
  createHash("sha256").update(data).digest("hex");
}
console.log(JSON.stringify({ files: files.length, bytes }));
