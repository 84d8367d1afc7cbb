// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into single ESM files.
// The createRequire banner lets CommonJS dependencies call require() inside an ESM bundle.
import { build } from "esbuild";

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
};

await build({ ...shared, entryPoints: ["src/action/main.ts"], outfile: "dist/index.js", banner: { js: banner } });
await build({ ...shared, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: `#!/usr/bin/env node\n${banner}` } });
