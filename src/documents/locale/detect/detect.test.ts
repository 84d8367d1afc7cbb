import { describe, expect, it } from "vitest";
import { docusaurusLocales, hugoLocales, mkdocsLocales, objectConfigLocales } from "./index.js";

describe("hugoLocales", () => {
  it("reads [languages] keys and defaultContentLanguage from TOML, case-insensitively", () => {
    const toml = 'DefaultContentLanguage = "fr"\n[languages.en]\nweight = 2\n[languages.fr]\nweight = 1\n';
    expect(hugoLocales(toml, "toml")).toEqual({ locales: ["fr", "en"], defaultLocale: "fr" });
  });
  it("reads YAML, JSON and a languages file", () => {
    expect(hugoLocales("languages:\n  de: {}\n  en: {}\n", "yaml")).toEqual({ locales: ["de", "en"] });
    expect(hugoLocales('{"languages": {"es": {}}, "defaultContentLanguage": "es"}', "json")).toEqual({ locales: ["es"], defaultLocale: "es" });
    expect(hugoLocales("[en]\nweight = 1\n[nl]\nweight = 2\n", "toml", true)).toEqual({ locales: ["en", "nl"] });
  });
  it("yields nothing for a config without languages or that does not parse", () => {
    expect(hugoLocales('title = "x"\n', "toml")).toBeUndefined();
    expect(hugoLocales("[[[", "toml")).toBeUndefined();
  });
});

describe("docusaurusLocales", () => {
  it("reads the i18n block without executing it", () => {
    const js = `// locales: ['xx']\nmodule.exports = { i18n: { defaultLocale: "en", locales: ["en", 'fr', \`pt-BR\`] }, presets: [] };`;
    expect(docusaurusLocales(js)).toEqual({ locales: ["en", "fr", "pt-BR"], defaultLocale: "en" });
  });
  it("yields nothing when locales are computed", () => {
    expect(docusaurusLocales("export default { i18n: { locales: getLocales() } }")).toBeUndefined();
  });
  it("takes the longest list of a ternary and resolves constants", () => {
    const js = `const DEFAULT_LOCALE = 'en';\nmodule.exports = { i18n: { defaultLocale: DEFAULT_LOCALE, locales: LOCALE_CI ? [LOCALE_CI] : ['en', 'fr', 'zh'] } };`;
    expect(docusaurusLocales(js)).toEqual({ locales: ["en", "fr", "zh"], defaultLocale: "en" });
  });
  it("resolves a shorthand default and constants inside the list, in code without semicolons", () => {
    const ts = `const defaultLocale = 'de'\nexport default async function config() {\n  return { i18n: { defaultLocale, locales: preview ? [defaultLocale] : [defaultLocale, 'en', 'pt-BR'] } }\n}\n`;
    expect(docusaurusLocales(ts)).toEqual({ locales: ["de", "en", "pt-BR"], defaultLocale: "de" });
  });
});

describe("objectConfigLocales", () => {
  it("reads Starlight locale keys, taking the root locale's lang as the default", () => {
    const js = `starlight({ defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français' }, 'zh-cn': { label: '中文', lang: 'zh-CN' } }, sidebar: [{ label: 'x' }] })`;
    expect(objectConfigLocales(js)).toEqual({ locales: ["en", "fr", "zh-cn"], defaultLocale: "en" });
  });
  it("reads a named default locale and ignores nested keys", () => {
    const js = `locales: { en: { label: 'English', nested: { de: 1 } }, fr: { label: 'Français' } }, defaultLocale: 'en'`;
    expect(objectConfigLocales(js)).toEqual({ locales: ["en", "fr"], defaultLocale: "en" });
  });
  it("reads quoted keys", () => {
    expect(objectConfigLocales(`{ "i18n": { "defaultLocale": "es", "locales": ["es", "en"] } }`)).toEqual({ locales: ["es", "en"], defaultLocale: "es" });
  });
  it("reads Astro's i18n array", () => {
    expect(objectConfigLocales(`i18n: { defaultLocale: "es", locales: ["es", "en"] }`)).toEqual({ locales: ["es", "en"], defaultLocale: "es" });
  });
  it("reads locales given as a shorthand property naming a constant", () => {
    const js = `export const locales = {\n  root: { label: 'English', lang: 'en' },\n  fr: { label: 'Français', lang: 'fr' },\n};\nexport default defineConfig({ integrations: [starlight({ title: 'x', locales, sidebar: [] })] });`;
    expect(objectConfigLocales(js)).toEqual({ locales: ["en", "fr"], defaultLocale: "en" });
  });
  it("reads VitePress locales whose root has no lang", () => {
    expect(objectConfigLocales(`locales: { root: { label: 'English' }, ja: { label: '日本語', link: '/ja/' } }`)).toEqual({ locales: ["ja"] });
  });
});

describe("mkdocsLocales", () => {
  it("reads the i18n plugin's language list, with Python tags left unresolved", () => {
    const yml = "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\nplugins:\n  - search\n  - i18n:\n      languages:\n        - locale: fr\n        - locale: en\n          default: true\n";
    expect(mkdocsLocales(yml)).toEqual({ locales: ["en", "fr"], defaultLocale: "en" });
  });
  it("reads the older mapping form and the theme language", () => {
    expect(mkdocsLocales("plugins:\n  - i18n:\n      default_language: de\n      languages:\n        de: Deutsch\n        en: English\n")).toEqual({ locales: ["de", "en"], defaultLocale: "de" });
    expect(mkdocsLocales("theme:\n  name: material\n  language: it\n")).toEqual({ locales: ["it"], defaultLocale: "it" });
    expect(mkdocsLocales("site_name: x\n")).toBeUndefined();
  });
});
