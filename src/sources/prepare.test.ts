import { describe, expect, it } from "vitest";
import { repoFolder } from "../../test/helpers/remote.js";
import { readSettings as settings } from "../../test/helpers/read-settings.js";
import { readDocuments } from "./prepare.js";

const repo = repoFolder;

/** Two Docusaurus folders that each name a page `overview`, one of them translated. */
const DOCUSAURUS_SITE = {
  "docusaurus.config.js": "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'fr'] } };",
  "docs/guides/intro.md": "---\nid: overview\n---\n# Guides\n\nText.\n",
  "docs/api/index.md": "---\nid: overview\n---\n# API\n\nText.\n",
  "i18n/fr/docusaurus-plugin-content-docs/current/guides/intro.md": "---\nid: overview\n---\n# Guides (fr)\n\nTexte.\n",
};

describe("readDocuments: explicit ids on a Docusaurus site", () => {
  it("reads ids relative to the folder, so two folders' overviews differ and the translation joins its original", async () => {
    const root = await repo(DOCUSAURUS_SITE);
    const perLanguage = await readDocuments(settings(root), { nativeTranslations: false });
    expect(perLanguage.documents.map((doc) => [doc.externalId, doc.lang])).toEqual([
      ["docs/api/overview", "en"],
      ["docs/guides/overview", "en"],
      ["fr/docs/guides/overview", "fr"],
    ]);
    const native = await readDocuments(settings(root), { nativeTranslations: true });
    const guides = native.documents.find((doc) => doc.externalId === "docs/guides/overview");
    expect(guides?.translations?.map((t) => t.sourcePath)).toEqual(["i18n/fr/docusaurus-plugin-content-docs/current/guides/intro.md"]);
  });

  it("reads ids whole with idScope global, and elsewhere by default", async () => {
    const root = await repo(DOCUSAURUS_SITE);
    const global = await readDocuments(settings(root, { idScope: "global" }), { nativeTranslations: false });
    expect(global.documents.map((doc) => doc.externalId)).toEqual(["fr/overview", "overview", "overview"]);
    const plain = await repo({ "docs/guides/intro.md": "---\nid: overview\n---\nText.\n" });
    expect((await readDocuments(settings(plain), { nativeTranslations: false })).documents.map((doc) => doc.externalId)).toEqual(["overview"]);
  });
});
