import { mkdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoFolder } from "../../test/helpers/remote.js";
import { detectUrlRules } from "./site-urls.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

describe("detectUrlRules", () => {
  it.each([
    ["hugo", "content", "hugo", "../hugo.toml", "content/"],
    ["docusaurus", ".", "docusaurus", "docusaurus.config.js", ""],
    ["docusaurus", "docs", "docusaurus", "../docusaurus.config.js", "docs/"],
    ["starlight", "src/content/docs", "starlight", "../../../astro.config.mjs", "src/content/docs/"],
    ["vitepress", "docs", "vitepress", ".vitepress/config.ts", ""],
    ["mkdocs", "docs", "mkdocs", "../mkdocs.yml", "docs/"],
    ["jekyll", ".", "jekyll", "_config.yml", ""],
  ])("finds the %s fixture's generator from %s", async (name, docs, generator, config, within) => {
    const rules = await detectUrlRules(path.join(FIXTURES, name, docs), ["en", "fr"]);
    expect(rules).toMatchObject({ generator, config, within, locales: ["en", "fr"] });
  });

  it("finds nothing for a plain repository, nor above the repository root", async () => {
    expect(await detectUrlRules(path.join(await repoFolder({ "docs/a.md": "x" }), "docs"))).toBeUndefined();
    const outer = await repoFolder({ "mkdocs.yml": "site_name: x\n" });
    await mkdir(path.join(outer, "nested", ".git"), { recursive: true });
    expect(await detectUrlRules(path.join(outer, "nested"))).toBeUndefined();
  });

  it("takes a config.toml for Hugo's only when it says Hugo things, and an astro.config only with Starlight", async () => {
    const other = await repoFolder({ "config.toml": "[tool]\nname = 'x'\n", "astro.config.mjs": "export default {}\n", "docs/a.md": "x" });
    expect(await detectUrlRules(path.join(other, "docs"))).toBeUndefined();
    const hugo = await repoFolder({ "config.toml": "baseURL = 'https://x.example/'\n", "content/a.md": "x" });
    expect(await detectUrlRules(path.join(hugo, "content"))).toMatchObject({ generator: "hugo", contentDirs: ["content"] });
  });
});
