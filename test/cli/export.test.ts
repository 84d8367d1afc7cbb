import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { settingsWithDefaults } from "../../src/config/defaults.js";
import { readDocuments } from "../../src/sources/prepare.js";
import { ROOT } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/workspace.js";

async function cli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd, interactive: false });
  return { code, stdout, stderr };
}

async function docsCopy() {
  const dir = await tempDir();
  const docs = path.join(dir, "docs");
  await cp(path.join(ROOT, "fixtures/docs-site"), docs, { recursive: true });
  return { dir, docs };
}

describe("kb-publish export", () => {
  it("links every page plan would publish, at its base-url URL, and llms-full.txt holds their text", async () => {
    const { dir, docs } = await docsCopy();
    const baseUrl = "https://docs.example.com";
    const links = await cli(["export", docs, "--base-url", baseUrl, "--out", "llms.txt"], dir);
    const full = await cli(["export", docs, "--base-url", baseUrl, "--format", "llms-full-txt", "--out", "llms-full.txt"], dir);
    expect([links.code, full.code, links.stderr, full.stderr]).toEqual([0, 0, "", ""]);

    const published = (await readDocuments(settingsWithDefaults({ root: docs, store: dir, baseUrl }), { nativeTranslations: false })).documents;
    expect(published.length).toBeGreaterThanOrEqual(15);
    const llms = await readFile(path.join(dir, "llms.txt"), "utf8");
    const llmsFull = await readFile(path.join(dir, "llms-full.txt"), "utf8");
    const linked = [...llms.matchAll(/^- \[.*?\]\((.*?)\)/gm)].map((m) => m[1]);
    expect(linked.sort()).toEqual(published.map((d) => d.sourceUrl).sort());
    for (const doc of published) expect(llmsFull).toContain(`Source: ${doc.sourceUrl}`);
    expect(llmsFull).toContain("```");
  });

  it("prints to stdout deterministically, and exits 4 naming a file it could not read", async () => {
    const { dir, docs } = await docsCopy();
    const first = await cli(["export", docs], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^# .+\n\n> .+\n\n## Overview\n/);
    expect((await cli(["export", docs], dir)).stdout).toBe(first.stdout);

    await writeFile(path.join(docs, "broken.md"), "---\ntitle: [unclosed\n---\nText\n");
    const broken = await cli(["export", docs], dir);
    expect(broken.code).toBe(4);
    expect(broken.stderr).toMatch(/broken\.md/);
    expect(broken.stdout).not.toContain("broken.md");
  });

  it("rejects an unknown format in a line or two", async () => {
    const { dir, docs } = await docsCopy();
    const run = await cli(["export", docs, "--format", "llms.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/llms\.json/);
  });
});
