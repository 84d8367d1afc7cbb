import { mkdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoFolder } from "../../test/helpers/remote.js";
import { detectSite, detectSiteLocales } from "./site-locales.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const repo = repoFolder;

describe("detectSiteLocales", () => {
  it.each([
    ["hugo", "content", "hugo.toml", ["en", "fr"], "en"],
    ["docusaurus", "docs", "docusaurus.config.js", ["en", "fr"], "en"],
    ["starlight", "src/content/docs", "astro.config.mjs", ["en", "fr", "pt-br"], "en"],
    ["vitepress", "docs", "docs/.vitepress/config.ts", ["en-US", "fr"], "en-US"],
    ["mkdocs", "docs", "mkdocs.yml", ["en", "fr"], "en"],
  ])("finds the %s fixture's locales from %s", async (name, docs, file, locales, defaultLocale) => {
    const found = await detectSiteLocales(path.join(FIXTURES, name, docs));
    expect(found).toEqual({ locales, defaultLocale, source: path.join(FIXTURES, name, file) });
  });

  it("finds nothing for a repository without a generator config", async () => {
    const dir = await repo({ "docs/a.md": "x" });
    expect(await detectSiteLocales(path.join(dir, "docs"))).toBeUndefined();
  });

  it("does not look above the repository root", async () => {
    const outer = await repo({ "hugo.toml": '[languages.en]\n[languages.fr]\n' });
    const inner = path.join(outer, "nested");
    await mkdir(path.join(inner, ".git"), { recursive: true });
    await mkdir(path.join(inner, "docs"));
    expect(await detectSiteLocales(path.join(inner, "docs"))).toBeUndefined();
  });

  it("reads Docusaurus i18n folders without a config file", async () => {
    const dir = await repo({ "i18n/de/docusaurus-plugin-content-blog/post.md": "x" });
    expect(await detectSiteLocales(dir)).toEqual({ locales: ["de"], source: path.join(dir, "i18n") });
  });

  it("adds Docusaurus i18n folders to the configured locales", async () => {
    const dir = await repo({
      "docusaurus.config.ts": "export default { i18n: { defaultLocale: 'en', locales: ['en'] } }",
      "i18n/ja/docusaurus-plugin-content-docs/current/a.md": "x",
      "i18n/ja/code.json": "{}",
      "i18n/notes/readme.txt": "not a locale folder",
    });
    expect(await detectSiteLocales(dir)).toEqual({ locales: ["en", "ja"], defaultLocale: "en", source: path.join(dir, "docusaurus.config.ts") });
  });
});

describe("detectSite", () => {
  it("finds a Docusaurus config in a parent folder, and nothing above the repository root", async () => {
    const dir = await repo({ "website/docusaurus.config.ts": "export default {}", "website/docs/a.md": "x" });
    expect(await detectSite(path.join(dir, "website", "docs"))).toMatchObject({ docusaurusConfig: path.join(dir, "website", "docusaurus.config.ts") });
    const plain = await repo({ "docs/a.md": "x" });
    expect((await detectSite(path.join(plain, "docs"))).docusaurusConfig).toBeUndefined();
  });

  it("reads a VitePress config folder's index and a Starlight shorthand locales constant", async () => {
    const vitepress = await repo({ "docs/.vitepress/config/index.ts": "export default defineConfig({ locales: { root: { label: 'English', ...en }, zh: { label: '简体中文', ...zh } } })" });
    expect((await detectSite(path.join(vitepress, "docs"))).locales).toMatchObject({ locales: ["zh"] });
    const starlight = await repo({ "astro.config.mjs": "export const locales = { root: { lang: 'en' }, ja: { lang: 'ja' } };\nexport default defineConfig({ integrations: [starlight({ locales })] });" });
    expect((await detectSite(path.join(starlight, "src/content/docs"))).locales).toMatchObject({ locales: ["en", "ja"], defaultLocale: "en" });
  });
});
