// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the derivation worker
// (dist/derive-worker.js) as ESM with shared chunks (dist/chunks/), and writes
// dist/THIRD-PARTY-NOTICES.txt for every package they contain (the bundles carry no legal comments).
// Code splitting keeps the parsers out of the entry files: they load on first use (a run that
// derives nothing never compiles them), and the worker shares them instead of a second copy.
// The createRequire banner lets CommonJS dependencies call require() inside an ESM bundle.
import { readFile, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { noticeText } from "./notices.mjs";

const banner = [
  "import { createRequire as __kbCreateRequire } from 'node:module';",
  "const require = __kbCreateRequire(import.meta.url);",
].join("\n");

// `--outdir <dir>` builds elsewhere (the benchmark and the bundle tests build the current sources).
const flag = process.argv.indexOf("--outdir");
const outdir = flag === -1 ? "dist" : process.argv[flag + 1];
await rm(`${outdir}/chunks`, { recursive: true, force: true });
const result = await build({
  entryPoints: { index: "src/action/main.ts", cli: "src/cli/main.ts", "derive-worker": "src/sources/derive-worker.ts" },
  outdir,
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
  banner: { js: banner },
});
const cli = await readFile(`${outdir}/cli.js`, "utf8");
await writeFile(`${outdir}/cli.js`, `#!/usr/bin/env node\n${cli}`);
await writeFile(`${outdir}/THIRD-PARTY-NOTICES.txt`, await noticeText([result.metafile]));
