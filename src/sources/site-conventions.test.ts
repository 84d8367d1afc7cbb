import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoFolder } from "../../test/helpers/remote.js";
import { DEFAULT_MAX_FILE_BYTES } from "../config/settings.js";
import { deriveDocument } from "../documents/derive.js";
import { includeReader } from "./include-reader.js";
import { readSettings } from "../../test/helpers/read-settings.js";
import { readDocuments, type ReadSettings } from "./prepare.js";
import { detectSiteLocales } from "./site-locales.js";

const read = (root: string, extra: Partial<ReadSettings> = {}, native = false) => readDocuments(readSettings(root, extra), { nativeTranslations: native });

const VERSIONED_SITE = {
  "docusaurus.config.js": "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'fr'] } };",
  "versions.json": '["2.x", "1.x"]',
  "docs/a.md": "# A next\n\nText.\n",
  "versioned_docs/version-2.x/a.md": "---\nid: a\n---\n# A 2\n\nText.\n",
  "versioned_docs/version-1.x/a.md": "---\nid: a\n---\n# A 1\n\nText.\n",
  "i18n/fr/docusaurus-plugin-content-docs/version-2.x/a.md": "---\nid: a\n---\n# A 2 fr\n\nTexte.\n",
  "blog/post.md": "# Post\n\nText.\n",
};

describe("Docusaurus versioned docs", () => {
  it("publish the latest version under the ids of docs/, its translations grouped, other versions never read", async () => {
    const root = await repoFolder(VERSIONED_SITE);
    const result = await read(root);
    expect(result.documents.map((doc) => [doc.externalId, doc.sourcePath])).toEqual([
      ["blog/post", "blog/post.md"],
      ["docs/a", "versioned_docs/version-2.x/a.md"],
      ["fr/docs/a", "i18n/fr/docusaurus-plugin-content-docs/version-2.x/a.md"],
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("publish every version under its own prefix, with version metadata and tag, never a duplicate id", async () => {
    const root = await repoFolder(VERSIONED_SITE);
    const result = await read(root, { versions: ["all"] });
    expect(result.documents.map((doc) => [doc.externalId, doc.metadata.version, doc.tags])).toEqual([
      ["1.x/docs/a", "1.x", ["1.x"]],
      ["2.x/docs/a", "2.x", ["2.x"]],
      ["blog/post", undefined, []],
      ["current/docs/a", "current", ["current"]],
      ["fr/2.x/docs/a", "2.x", ["2.x"]],
    ]);
  });
});

describe("Docusaurus Markdown", () => {
  it("reads .md as MDX by default, and as Markdown with markdown.format detect", async () => {
    const page = { "docs/a.md": "# A\n\n{/* hidden note */}\nText {1 + 1}.\n" };
    const mdx = await read(await repoFolder({ "docusaurus.config.js": "module.exports = {};", ...page }));
    expect(mdx.documents[0]?.content).toBe("# A\n\nText .\n");
    const detect = await read(await repoFolder({ "docusaurus.config.js": "module.exports = { markdown: { format: 'detect' } };", ...page }));
    expect(detect.documents[0]?.content).toContain("{1 + 1}");
  });

  it("publishes the i18n/<default>/ copy when docs/ is written in another language, instead of blocking on one id", async () => {
    const root = await repoFolder({
      "docusaurus.config.js": "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'zh'] } };",
      "docs/intro.md": "# 介绍\n\n文字。\n",
      "i18n/en/docusaurus-plugin-content-docs/current/intro.md": "# Intro\n\nText.\n",
      "i18n/zh/docusaurus-plugin-content-docs/current/intro.md": "# 介绍\n\n文字。\n",
    });
    const result = await read(root);
    expect(result.documents.map((doc) => [doc.externalId, doc.lang, doc.title])).toEqual([
      ["docs/intro", "en", "Intro"],
      ["zh/docs/intro", "zh", "介绍"],
    ]);
    expect(result.excluded).toEqual([{ file: "docs/intro.md", reason: expect.stringMatching(/^claims the en page "docs\/intro" \(translation group docs\/intro\) that i18n\/en\/.+ is published as, since its path names the language; left out$/) }]);
  });
});

describe("Hugo", () => {
  it("leaves out sections cascading build: render: never, and reads their snippets through includes", async () => {
    const root = await repoFolder({
      "hugo.toml": "title = 'x'\n",
      "content/_common/_index.md": "---\ncascade:\n  build:\n    list: never\n    render: never\n---\n",
      "content/_common/opts.md": "---\n---\nShared **options**.\n",
      "content/guide.md": '---\nTitle: Guide\n---\nIntro.\n\n{{% include "/_common/opts.md" %}}\n',
    });
    const result = await read(path.join(root, "content"));
    expect(result.documents.map((doc) => [doc.externalId, doc.title, doc.content])).toEqual([["guide", "Guide", "Intro.\n\nShared **options**.\n"]]);
  });

  it("reports included files as sources of the page that includes them", async () => {
    const root = await repoFolder({ "docs/_common/a.md": "Included.\n" });
    const outcome = deriveDocument(
      { path: "guide.md", text: '{{% include "_common/a.md" %}}\n' },
      { idPrefix: "", idKey: "id", readInclude: includeReader(path.join(root, "docs"), DEFAULT_MAX_FILE_BYTES) },
    );
    expect(outcome).toMatchObject({ kind: "document", sources: ["_common/a.md"], document: { content: "Included.\n" } });
  });

  it("says which include was missing when a page is left without text because of it", async () => {
    const root = await repoFolder({ "docs/guide.md": "x" });
    const outcome = deriveDocument(
      { path: "guide.md", text: '{{% include "_common/gone.md" %}}\n' },
      { idPrefix: "", idKey: "id", readInclude: includeReader(path.join(root, "docs"), DEFAULT_MAX_FILE_BYTES) },
    );
    expect(outcome).toMatchObject({ kind: "excluded", reason: expect.stringMatching(/^page has no text .*\(.*_common\/gone\.md.*\)$/) });
  });
});

describe("includeReader", () => {
  it("reads inside the repository, above the docs root too, and nothing outside it", async () => {
    const outside = await repoFolder({ "secret.md": "secret" });
    const root = await repoFolder({ "includes/a.md": "A", "docs/page.md": "x" });
    await symlink(path.join(outside, "secret.md"), path.join(root, "docs", "link.md"));
    const readFile = includeReader(path.join(root, "docs"), DEFAULT_MAX_FILE_BYTES);
    expect(readFile("../includes/a.md")).toBe("A");
    expect(readFile("link.md")).toBeUndefined();
    expect(readFile(path.relative(path.join(root, "docs"), path.join(outside, "secret.md")))).toBeUndefined();
    expect(readFile("missing.md")).toBeUndefined();
  });
});

describe("locales imported from a module", () => {
  it("are read from a JSON or TypeScript module of the repository", async () => {
    const json = await repoFolder({
      "astro.config.mjs": "import locales from './locales.json';\nexport default defineConfig({ integrations: [starlight({ locales })] });",
      "locales.json": '{ "root": { "label": "English", "lang": "en" }, "fr": { "label": "Français", "lang": "fr" } }',
    });
    expect(await detectSiteLocales(json)).toMatchObject({ locales: ["en", "fr"], defaultLocale: "en" });
    const ts = await repoFolder({
      "astro.config.ts": "import { localesConfig } from './config/locales';\nstarlight({ defaultLocale: 'en', locales: localesConfig });",
      "config/locales.ts": "export const localesConfig = {\n  en: { label: 'English', lang: 'en' },\n  'pt-br': { label: 'Português', lang: 'pt-BR' },\n} satisfies X;\n",
    });
    expect(await detectSiteLocales(ts)).toMatchObject({ locales: ["en", "pt-br"], defaultLocale: "en" });
  });

  it("gives one warning when the module cannot be read as data", async () => {
    const root = await repoFolder({ "astro.config.mjs": "import { locales } from 'my-locales-package';\nstarlight({ locales });", "docs/a.md": "# A\n" });
    await mkdir(path.join(root, "src"), { recursive: true });
    await writeFile(path.join(root, "src", "b.md"), "# B\n");
    const result = await read(root);
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^astro\.config\.mjs imports its locales from "my-locales-package", which kb-publish cannot read as data; .+ set locales: in kb-publish\.yml$/)]);
  });
});
