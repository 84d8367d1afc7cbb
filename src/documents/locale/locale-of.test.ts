import { describe, expect, it } from "vitest";
import { localeOf } from "./locale-of.js";
import { canonicalLocale, matchLocale } from "./tags.js";

const site = { locales: ["en", "fr", "pt-BR"], defaultLocale: "en" };

describe("localeOf", () => {
  it.each([
    ["fr/guides/install.md", "fr", "guides/install.md", "folder"],
    ["guides/install.fr.md", "fr", "guides/install.md", "suffix"],
    ["i18n/fr/docusaurus-plugin-content-docs/current/guides/install.md", "fr", "docs/guides/install.md", "folder"],
    ["content/fr/guides/install.md", "fr", "content/guides/install.md", "folder"],
    ["src/content/docs/pt-br/guides/install.mdx", "pt-BR", "src/content/docs/guides/install.mdx", "folder"],
    ["en/guides/install.md", "en", "guides/install.md", "folder"],
    ["guides/install.md", "en", "guides/install.md", "default"],
  ])("reads %s as %s with base path %s", (path, lang, basePath, source) => {
    expect(localeOf(path, undefined, site)).toEqual({ lang, basePath, source });
  });

  it("gives a translation the base path of its original", () => {
    const original = localeOf("guides/install.md", undefined, site).basePath;
    expect(localeOf("fr/guides/install.md", undefined, site).basePath).toBe(original);
    expect(localeOf("guides/install.fr.md", undefined, site).basePath).toBe(original);
    // Docusaurus translations live outside docs/; their originals are docs/<path>.
    const docusaurus = "i18n/fr/docusaurus-plugin-content-docs/current/guides/install.md";
    expect(localeOf(docusaurus, undefined, site).basePath).toBe(localeOf("docs/guides/install.md", undefined, site).basePath);
  });

  it("ignores folders and suffixes that are not configured locales", () => {
    expect(localeOf("de/guides/install.md", undefined, site)).toMatchObject({ lang: "en", basePath: "de/guides/install.md" });
    expect(localeOf("guides/install.de.md", undefined, site)).toMatchObject({ lang: "en", basePath: "guides/install.de.md" });
    expect(localeOf("guides/fr", undefined, site)).toMatchObject({ lang: "en", basePath: "guides/fr" });
  });

  it("lets frontmatter name the language but still removes the locale folder", () => {
    expect(localeOf("fr/page.md", "fr_FR", site)).toEqual({ lang: "fr", basePath: "page.md", source: "frontmatter" });
    expect(localeOf("fr/page.md", "de", site)).toEqual({ lang: "de", basePath: "page.md", source: "frontmatter" });
    expect(localeOf("page.md", "PT-br", site)).toEqual({ lang: "pt-BR", basePath: "page.md", source: "frontmatter" });
    expect(localeOf("page.md", "en-GB", site).lang).toBe("en");
  });

  it("maps Docusaurus plugin folders back to where the originals live", () => {
    const of = (rest: string) => localeOf(`website/i18n/fr/docusaurus-plugin-content-${rest}`, undefined, site).basePath;
    expect(of("docs/version-2.0/a.md")).toBe("website/versioned_docs/version-2.0/a.md");
    expect(of("docs-api/current/a.md")).toBe("website/api/a.md");
    expect(of("blog/2024-01-01-post.md")).toBe("website/blog/2024-01-01-post.md");
    expect(of("pages/about.md")).toBe("website/src/pages/about.md");
  });

  it("uses the default locale in canonical form", () => {
    expect(localeOf("a.md", undefined, { locales: [], defaultLocale: "pt_br" }).lang).toBe("pt-BR");
  });
});

describe("locale tags", () => {
  it("canonicalises and refuses non-tags", () => {
    expect(canonicalLocale("zh_hans_cn")).toBe("zh-Hans-CN");
    expect(canonicalLocale("not a tag")).toBeUndefined();
    expect(canonicalLocale("")).toBeUndefined();
  });
  it("matches configured locales ignoring case and separators", () => {
    expect(matchLocale("PT_BR", ["en", "pt-br"])).toBe("pt-BR");
    expect(matchLocale("de", ["en", "fr"])).toBeUndefined();
  });
  it("matches a more or less specific tag only when asked and only when one locale fits", () => {
    expect(matchLocale("en-US", ["en", "fr"])).toBeUndefined();
    expect(matchLocale("en-us", ["en", "fr"], { loose: true })).toBe("en");
    expect(matchLocale("en", ["en-US", "fr"], { loose: true })).toBe("en-US");
    expect(matchLocale("zh", ["zh-Hans", "zh-Hant"], { loose: true })).toBeUndefined();
    expect(matchLocale("english", ["en"], { loose: true })).toBeUndefined();
  });
});
