import { describe, expect, it } from "vitest";
import type { Document } from "../document.js";
import { localeHints } from "./hints.js";
import { prepareTranslations } from "./prepare.js";

function page(sourcePath: string, extra: Partial<Document> = {}): Document {
  return { externalId: sourcePath.replace(/\.[^./]+$/, ""), title: sourcePath, content: "x", tags: [], sourcePath, metadata: {}, ...extra };
}

describe("localeHints (no locales configured or detected)", () => {
  it("groups pages whose frontmatter names their language and a shared translationKey", () => {
    const docs = [
      page("guides/install.md", { lang: "en", metadata: { translationKey: "install" } }),
      page("guides/installer.md", { lang: "fr", metadata: { translationKey: "install" } }),
      page("about.md"),
    ];
    const hints = localeHints(docs, "en");
    expect(hints.setup).toEqual({ locales: ["en", "fr"], defaultLocale: "en", source: "frontmatter lang and translationKey" });
    const shaped = prepareTranslations(docs, { setup: undefined, native: true, idPrefix: "", defaultLocale: "en" });
    const install = shaped.documents.find((doc) => doc.sourcePath === "guides/install.md");
    expect(install?.translations?.map((t) => [t.lang, t.sourcePath])).toEqual([["fr", "guides/installer.md"]]);
    expect(shaped.notes).toEqual([]);
  });

  it("warns once, with the locales line, when locale folders mirror the other pages", () => {
    const docs = ["guides/a.md", "guides/b.md", "fr/guides/a.md", "fr/guides/b.md", "es/guides/a.md", "es/guides/b.md"].map((path) => page(path));
    const { setup, note } = localeHints(docs, "en");
    expect(setup).toBeUndefined();
    expect(note?.message).toMatch(/add to kb-publish\.yml: locales: \[en, es, fr\]$/);
    expect(prepareTranslations(docs, { setup: undefined, native: false, idPrefix: "" }).notes).toHaveLength(1);
  });

  it("warns for `.fr.md` suffixes beside unsuffixed pages and for frontmatter languages", () => {
    expect(localeHints([page("install.md"), page("install.fr.md")], "en").note?.message).toMatch(/locales: \[en, fr\]/);
    expect(localeHints([page("a.md", { lang: "de" })], "en").note?.message).toMatch(/locales: \[en, de\]/);
  });

  it("says nothing for folders that merely look like language codes, or one language", () => {
    const docs = ["go/intro.md", "go/api.md", "it/setup.md", "guides/a.md"].map((path) => page(path));
    expect(localeHints(docs, "en")).toEqual({});
    expect(localeHints([page("a.md", { lang: "en", metadata: { translationKey: "a" } })], "en")).toEqual({});
    expect(localeHints([page("a.html", { lang: "en-US" }), page("b.html", { lang: "en-US" })], "en")).toEqual({});
  });
});
