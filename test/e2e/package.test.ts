import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-bundle.js";
import { bundledPackageDirs } from "../../scripts/notices.mjs";

const run = promisify(execFile);
const readJson = async (file: string) => JSON.parse(await readFile(path.join(ROOT, file), "utf8"));

describe("the published package", () => {
  it("holds the bundles, the action, the licence and the notices, and installs no dependencies", async () => {
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT });
    const [packed] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = packed!.files.map((f) => f.path).sort();
    expect(files).toEqual(
      expect.arrayContaining(["LICENSE", "README.md", "action.yml", "dist/cli.js", "dist/index.js", "dist/THIRD-PARTY-NOTICES.txt", "package.json", "schema/kb-publish-report.schema.json", "schema/kb-publish.schema.json"]),
    );
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/") || f.startsWith("fixtures/"))).toEqual([]);
    // Everything the bundles use is inside them: an `npx kb-publish` install must not pull it again.
    const pkg = await readJson("package.json");
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });

  it("names every bundled package, with its licence, in dist/THIRD-PARTY-NOTICES.txt", async () => {
    const entry = (file: string) => build({ entryPoints: [path.join(ROOT, file)], bundle: true, platform: "node", format: "esm", write: false, metafile: true, logLevel: "silent" });
    const metafiles = [(await entry("src/action/main.ts")).metafile, (await entry("src/cli/main.ts")).metafile];
    const dirs = bundledPackageDirs(metafiles);
    const names = await Promise.all(dirs.map(async (dir) => (await readJson(path.join(dir, "package.json"))).name as string));
    const notices = await readFile(path.join(ROOT, "dist/THIRD-PARTY-NOTICES.txt"), "utf8");
    const listed = new Set([...notices.matchAll(/^(@?[^@\s]+)@[^\s]+ \(/gm)].map((m) => m[1]));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !listed.has(name))).toEqual([]);
  });
});

describe("the GitHub workflows", () => {
  const workflow = async (name: string) => parse(await readFile(path.join(ROOT, ".github/workflows", name), "utf8"));
  const commands = (wf: { jobs: Record<string, { steps: Array<{ run?: string }> }> }) =>
    Object.values(wf.jobs).flatMap((job) => job.steps.map((step) => step.run ?? "")).join("\n");

  it("CI runs what .ci/run runs: the README's test command, then the dist/ check", async () => {
    const ci = await readFile(path.join(ROOT, ".ci/run"), "utf8");
    const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
    const steps = commands(await workflow("ci.yml"));
    expect(readme).toContain("npm cit");
    expect(steps).toContain("npm cit");
    for (const check of ["npm run build", "git diff --exit-code --stat dist/"]) {
      expect(ci).toContain(check);
      expect(steps).toContain(check);
    }
  });

  it("the release tags vX.Y.Z from package.json and moves the major tag", async () => {
    const steps = commands(await workflow("release.yml"));
    expect(steps).toMatch(/git tag "\$tag"/);
    expect(steps).toMatch(/git tag --force "\$major"/);
    expect(steps).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    expect(steps).toContain("git diff --exit-code --stat dist/");
  });
});
