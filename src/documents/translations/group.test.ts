import { describe, expect, it } from "vitest";
import type { Document } from "../document.js";
import { sourceUrlOf } from "../links.js";
import { groupTranslations, type GroupOptions } from "./group.js";
import { localizeDocuments } from "./localize.js";
import { prepareTranslations, translationSetup } from "./prepare.js";

function page(sourcePath: string, extra: Partial<Document> = {}): Document {
  const externalId = sourcePath.replace(/\.[^./]+$/, "");
  return { externalId, title: sourcePath, content: `body of ${sourcePath}`, tags: [], sourcePath, metadata: {}, ...extra };
}

const site = { locales: ["en", "fr", "de"], defaultLocale: "en" };
const localize = (docs: Document[], idPrefix = "") => localizeDocuments(docs, { ...site, idPrefix });
const options = (native: boolean, extra: Partial<GroupOptions> = {}): GroupOptions => ({ native, ...site, ...extra });
const ids = (docs: Document[]) => docs.map((doc) => doc.externalId);

describe("localizeDocuments", () => {
  it("sets the language and rebases path-derived ids, keeping explicit ids", () => {
    const docs = localize([page("fr/guides/install.md"), page("guides/install.de.md"), page("fr/x.md", { externalId: "custom" })]);
    expect(docs.map((doc) => [doc.externalId, doc.lang])).toEqual([
      ["guides/install", "fr"],
      ["guides/install", "de"],
      ["custom", "fr"],
    ]);
  });
  it("rebuilds path-derived source URLs the way sites publish translations, keeping declared ones", () => {
    const baseUrl = "https://docs.example.com";
    const urlOf = (sourcePath: string) => sourceUrlOf({ sourcePath, baseUrl });
    const docs = localizeDocuments(
      [
        page("guides/install.fr.md", { sourceUrl: urlOf("guides/install.fr.md") }),
        page("en/guides/install.md", { sourceUrl: urlOf("en/guides/install.md") }),
        page("fr/declared.md", { sourceUrl: "https://docs.example.com/custom/" }),
      ],
      { locales: ["en", "fr"], defaultLocale: "en", idPrefix: "", baseUrl },
    );
    expect(docs.map((doc) => doc.sourceUrl)).toEqual([
      urlOf("fr/guides/install.md"),
      urlOf("guides/install.md"),
      "https://docs.example.com/custom/",
    ]);
  });
  it("re-reads folder-scoped explicit ids from the locale-free folder, so Docusaurus translations join their original", () => {
    const fr = "i18n/fr/docusaurus-plugin-content-docs/current/guides/x.md";
    const docs = localizeDocuments(
      [
        page("docs/guides/x.md", { externalId: "docs/guides/overview" }),
        page(fr, { externalId: "i18n/fr/docusaurus-plugin-content-docs/current/guides/overview" }),
        page("docs/api/y.md", { externalId: "docs/api/overview" }),
      ],
      { ...site, idPrefix: "", idScope: "folder" },
    );
    expect(docs.map((doc) => [doc.externalId, doc.lang])).toEqual([
      ["docs/guides/overview", "en"],
      ["docs/guides/overview", "fr"],
      ["docs/api/overview", "en"],
    ]);
    expect(ids(groupTranslations(docs, options(false)).documents)).toEqual(["docs/api/overview", "docs/guides/overview", "fr/docs/guides/overview"]);
  });

  it("keeps the id prefix first", () => {
    expect(ids(localize([page("fr/a.md", { externalId: "kb:fr/a" })], "kb:"))).toEqual(["kb:a"]);
  });
});

describe("groupTranslations for targets without native translations", () => {
  it("gives each language its own id; the default locale keeps the bare base id", () => {
    const docs = localize([page("guides/install.md"), page("fr/guides/install.md"), page("de/guides/install.md")]);
    const result = groupTranslations(docs, options(false));
    expect(ids(result.documents)).toEqual(["de/guides/install", "fr/guides/install", "guides/install"]);
    expect(result.documents.every((doc) => doc.translations === undefined)).toBe(true);
    expect(result.notes).toEqual([]);
  });
  it("puts the language after the id prefix", () => {
    const docs = localize([page("fr/a.md", { externalId: "kb:fr/a" })], "kb:");
    expect(ids(groupTranslations(docs, options(false, { idPrefix: "kb:" })).documents)).toEqual(["kb:fr/a"]);
  });
});

describe("groupTranslations for targets with native translations", () => {
  it("sends one document per group: the default-locale page with the others as translations", () => {
    const docs = localize([page("fr/guides/install.md"), page("guides/install.md"), page("de/guides/install.md")]);
    const result = groupTranslations(docs, options(true));
    expect(ids(result.documents)).toEqual(["guides/install"]);
    const [main] = result.documents;
    expect(main).toMatchObject({ lang: "en", sourcePath: "guides/install.md" });
    expect(main!.translations).toEqual([
      { lang: "fr", title: "fr/guides/install.md", content: "body of fr/guides/install.md", sourcePath: "fr/guides/install.md" },
      { lang: "de", title: "de/guides/install.md", content: "body of de/guides/install.md", sourcePath: "de/guides/install.md" },
    ]);
  });
  it("groups by translationKey across different paths, and joins keyless pages with the same base id", () => {
    const docs = localize([
      page("en/quickstart.md", { metadata: { translationKey: "qs" } }),
      page("fr/demarrage.md", { metadata: { translationKey: "qs" } }),
      page("de/quickstart.md"),
    ]);
    const result = groupTranslations(docs, options(true));
    expect(ids(result.documents)).toEqual(["quickstart"]);
    expect(result.documents[0]!.translations?.map((t) => t.sourcePath)).toEqual(["fr/demarrage.md", "de/quickstart.md"]);
  });
  it("makes the first page by locale order the main one when the default locale is missing, and notes it", () => {
    const docs = localize([page("de/only.md"), page("fr/only.md")]);
    const result = groupTranslations(docs, options(true));
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({ externalId: "only", lang: "fr", translations: [expect.objectContaining({ lang: "de" })] });
    expect(result.notes.map((n) => [n.file, n.severity])).toEqual([
      ["de/only.md", "warning"],
      ["fr/only.md", "warning"],
      ["locales", "warning"],
    ]);
    expect(result.notes[1]!.message).toContain("published as the main document of its group");
    expect(result.notes[0]!.message).toContain("published as a translation of fr/only.md");
  });
  it("keeps a second page of one language as its own document, with a note", () => {
    const docs = localize([page("a.md", { metadata: { translationKey: "k" } }), page("b.md", { metadata: { translationKey: "k" } })]);
    const result = groupTranslations(docs, { native: true, locales: ["en"], defaultLocale: "en" });
    expect(ids(result.documents)).toEqual(["a", "b"]);
    expect(result.notes).toEqual([expect.objectContaining({ file: "b.md", message: expect.stringContaining("second en page") })]);
  });
});

describe("notes", () => {
  it("reports missing translations once per group, and a locale with no pages once", () => {
    const docs = localize([page("a.md"), page("fr/a.md"), page("b.md")]);
    const result = groupTranslations(docs, options(false, { localesSource: "kb-publish.yml" }));
    expect(result.notes.map((n) => n.file)).toEqual(["b.md", "kb-publish.yml"]);
    expect(result.notes[0]!.message).toBe("has no fr translation (translation group b); expected one page per locale: en, fr, de");
    expect(result.notes[1]!.message).toContain('locale "de" has no pages');
  });
  it("reports an orphan with the id it is published under", () => {
    const result = groupTranslations(localize([page("fr/glossaire.md")]), options(false));
    expect(result.notes.map((n) => n.file)).toEqual(["fr/glossaire.md", "locales", "locales"]);
    expect(result.notes[0]!.message).toMatch(/no en original .*published as "fr\/glossaire"/);
  });
});

describe("prepareTranslations", () => {
  it("leaves documents untouched when no locales are in play", () => {
    const docs = [page("fr/a.md"), page("a.fr.md")];
    const setup = translationSetup({ locales: [], defaultLocale: "en", detected: { locales: ["en"], source: "mkdocs.yml" } });
    expect(setup).toBeUndefined();
    expect(prepareTranslations(docs, { setup, native: false, idPrefix: "" }).documents).toBe(docs);
  });
  it("puts the default locale first and prefers configured locales over detected ones", () => {
    const detected = { locales: ["en", "fr"], defaultLocale: "en", source: "hugo.toml" };
    expect(translationSetup({ locales: ["fr"], defaultLocale: "de", detected })).toEqual({ locales: ["de", "fr"], defaultLocale: "de", source: "settings" });
    expect(translationSetup({ locales: [], defaultLocale: "de", detected })).toEqual({ locales: ["en", "fr"], defaultLocale: "en", source: "hugo.toml" });
  });

  it("counts the default language when a detected config names only the translations", () => {
    const detected = { locales: ["es"], source: "i18n" };
    expect(translationSetup({ locales: [], defaultLocale: "en", detected })).toEqual({ locales: ["en", "es"], defaultLocale: "en", source: "i18n" });
    expect(translationSetup({ locales: [], defaultLocale: "es", detected })).toBeUndefined();
  });
});
