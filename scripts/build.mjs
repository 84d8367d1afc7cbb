// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into single ESM files, and writes
// dist/THIRD-PARTY-NOTICES.txt for every package they contain (the bundles carry no legal comments).
// The createRequire banner lets CommonJS dependencies call require() inside an ESM bundle.
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { noticeText } from "./notices.mjs";

const banner = [
  "import { createRequire as __kbCreateRequire } from 'node:module';",
  "const require = __kbCreateRequire(import.meta.url);",
].join("\n");

const shared = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
};

const action = await build({ ...shared, entryPoints: ["src/action/main.ts"], outfile: "dist/index.js", banner: { js: banner } });
const cli = await build({ ...shared, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: `#!/usr/bin/env node\n${banner}` } });
await writeFile("dist/THIRD-PARTY-NOTICES.txt", await noticeText([action.metafile, cli.metafile]));
