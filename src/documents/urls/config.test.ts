import { describe, expect, it } from "vitest";
import { docusaurusPlugins, hugoRules, jekyllRules, mkdocsDocsDir, vitepressRules } from "./config.js";

describe("docusaurusPlugins", () => {
  it("reads the classic preset's docs and blog, and extra plugin instances, skipping the theme's `docs: { sidebar }`", () => {
    const config = `
      const config = {
        presets: [['classic', ({
          docs: { sidebarPath: './sidebars.js', routeBasePath: '/', versions: { current: { path: 'next' } } },
          blog: { showReadingTime: true, path: 'news', routeBasePath: 'news' },
        })]],
        plugins: [['@docusaurus/plugin-content-docs', { id: 'community', path: 'community', routeBasePath: 'community' }]],
        themeConfig: { docs: { sidebar: { hideable: true } } },
      };`;
    expect(docusaurusPlugins(config)).toEqual({
      docs: [{ id: "default", path: "docs", routeBasePath: "" }, { id: "community", path: "community", routeBasePath: "community" }],
      blog: [{ id: "default", path: "news", routeBasePath: "news" }],
    });
  });

  it("defaults to docs/ and blog/, and knows a disabled blog", () => {
    expect(docusaurusPlugins(`presets: [['classic', { docs: { sidebarPath: 's.js' }, blog: false }]]`)).toEqual({
      docs: [{ id: "default", path: "docs", routeBasePath: "docs" }],
      blog: [],
    });
  });
});

describe("hugoRules", () => {
  it("reads content folders (per language too), permalinks, languages and path case, keys in any case", () => {
    const yaml = `contentDir: content/en\ndefaultContentLanguage: en\npermalinks:\n  blog: /:section/:year/:month/:day/:slug/\nlanguages:\n  en:\n    title: NDTwin\n`;
    expect(hugoRules(yaml, "yaml")).toEqual({ contentDirs: ["content/en"], languages: ["en"], permalinks: { blog: "/:section/:year/:month/:day/:slug/" }, keepCase: false });
    const toml = `disablePathToLower = true\n[languages.en]\ncontentDir = "content/en"\n[languages.no]\ncontentDir = "content/no"\n`;
    expect(hugoRules(toml, "toml")).toMatchObject({ contentDirs: ["content/en", "content/no", "content"], languages: ["en", "no"], keepCase: true });
  });
});

describe("jekyllRules", () => {
  it("reads the permalink style, collections (map or list) and the defaults that set a permalink", () => {
    const config = `permalink: pretty\ncollections:\n  docs:\n    output: true\n    permalink: /:collection/:path/\n  recipes:\n    output: false\ndefaults:\n  - scope: { path: "_docs/api", type: docs }\n    values: { permalink: "/reference/:path/" }\n  - scope: { path: "" }\n    values: { layout: default }\n`;
    expect(jekyllRules(config)).toEqual({
      permalink: "pretty",
      collections: { posts: { output: true }, docs: { output: true, permalink: "/:collection/:path/" }, recipes: { output: false } },
      defaults: [{ path: "_docs/api", type: "docs", permalink: "/reference/:path/" }],
    });
    expect(jekyllRules(`collections: [tutorials]`)).toMatchObject({ permalink: "date", collections: { tutorials: { output: false } } });
  });
});

describe("mkdocsDocsDir and vitepressRules", () => {
  it("reads docs_dir from its line, Python tags elsewhere in mkdocs.yml notwithstanding", () => {
    expect(mkdocsDocsDir(`site_name: X\ndocs_dir: docs/src/markdown\nmarkdown_extensions:\n  - pymdownx.superfences:\n      format: !!python/name:x.y\n`)).toBe("docs/src/markdown");
    expect(mkdocsDocsDir(`site_name: X`)).toBe("docs");
  });

  it("reads srcDir and the rewrites object of a TypeScript config as text, never running it", () => {
    const config = `import { defineConfig, type HeadConfig } from 'vitepress'
      const prod = !!process.env.NETLIFY
      export default defineConfig({
        title: 'VitePress',
        srcDir: './src',
        rewrites: {
          'en/:rest*': ':rest*', // English at the root
          "packages/:pkg/src/(.*)": ":pkg/index.md",
        },
        locales: { root: { label: 'English' }, fa: { label: 'فارسی', lang: 'fa-IR' } },
      })`;
    expect(vitepressRules(config)).toEqual({ srcDir: "src", rewrites: [["en/:rest*", ":rest*"], ["packages/:pkg/src/(.*)", ":pkg/index.md"]] });
    expect(vitepressRules(`export default { rewrites(id) { return id.replace(/^en\\//, '') } }`)).toEqual({ srcDir: "", rewrites: [] });
  });
});
