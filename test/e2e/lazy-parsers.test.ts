import path from "node:path";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-bundle.js";

/** Every input the entry reaches through static `import` statements (what loads before the run starts). */
async function staticInputs(entry: string): Promise<string[]> {
  const { metafile } = await build({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: "node", format: "esm", splitting: true, outdir: "/unused", write: false, metafile: true, logLevel: "silent" });
  const inputs: Metafile["inputs"] = metafile.inputs;
  const reached = new Set([entry]);
  for (const file of reached) {
    for (const next of inputs[file]?.imports ?? []) if (next.kind === "import-statement" && !next.external) reached.add(next.path);
  }
  return [...reached];
}

/** The parsers a run loads only when it derives a page (or reads a Hugo site's sections). */
const PARSERS = /node_modules\/(parse5|markdown-it[^/]*|micromark[^/]*|mdast-util-[^/]*|hast-util-(from|to|select)[^/]*|gray-matter|js-yaml|acorn)\/|src\/documents\/(derive|frontmatter)\.ts$/;

describe("the bundles load the parsers on first use", () => {
  it.each(["src/cli/main.ts", "src/action/main.ts"])("%s imports no parser statically (a no-op run never compiles one)", async (entry) => {
    const parsers = (await staticInputs(entry)).filter((file) => PARSERS.test(file));
    expect(parsers).toEqual([]);
  });
});
