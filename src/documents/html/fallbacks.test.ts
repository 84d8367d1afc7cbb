import { describe, expect, it } from "vitest";
import type { Document } from "../document.js";
import { deriveHtmlDocument } from "./derive-html.js";
import { withoutFallbackPages } from "./fallbacks.js";

const options = { idPrefix: "", locales: ["en", "da", "fr"], defaultLocale: "en" };

/** A built page of `generator` (named in `<meta name="generator">`) in `lang`. */
function built(path: string, lang: string, generator: string, body: string): Document {
  const text = `<html lang="${lang}"><head><title>Badges | Docs</title><meta name="generator" content="${generator}"></head><body><main>${body}</main></body></html>`;
  const outcome = deriveHtmlDocument({ path, text }, options);
  if (outcome.kind !== "document") throw new Error(`expected a document for ${path}`);
  return outcome.document;
}

const english = `<p>Use a <a href="/components/badges/">badge</a>.</p><blockquote><p><strong>Note</strong></p><p>Small.</p></blockquote>`;

describe("withoutFallbackPages", () => {
  it("leaves out a Starlight or Docusaurus locale page with the default page's text (links and callout labels aside)", () => {
    const docs = [
      built("components/badges/index.html", "en", "Starlight v0.37.7", english),
      built("da/components/badges/index.html", "da", "Starlight v0.37.7", english.replace("/components/", "/da/components/").replace("Note", "Bemærk")),
      built("fr/components/badges/index.html", "fr", "Starlight v0.37.7", `<p>Utilisez un badge.</p>`),
      built("fr/docs/intro/index.html", "fr", "Docusaurus v3.10.2", english),
      built("docs/intro/index.html", "en-US", "Docusaurus v3.10.2", english),
    ];
    const result = withoutFallbackPages(docs, "en");
    expect(result.documents.map((d) => d.sourcePath)).toEqual(["components/badges/index.html", "fr/components/badges/index.html", "docs/intro/index.html"]);
    expect(result.excluded).toEqual([
      { file: "da/components/badges/index.html", reason: "untranslated fallback: same text as components/badges/index.html, the en page the generator shows where the da translation is missing" },
      { file: "fr/docs/intro/index.html", reason: "untranslated fallback: same text as docs/intro/index.html, the en-US page the generator shows where the fr translation is missing" },
    ]);
  });

  it("keeps identical pages of generators that build no fallbacks (someone wrote that file), and Markdown pages", () => {
    const vitepress = [built("guide/x.html", "en-US", "VitePress v2.0.0", english), built("ko/guide/x.html", "ko-KR", "VitePress v2.0.0", english)];
    expect(withoutFallbackPages(vitepress, "en-US").documents).toHaveLength(2);
    const markdown: Document[] = ["en", "da"].map((lang) => ({ externalId: "a", title: "A", content: "Same", tags: [], sourcePath: `${lang}/a.md`, lang, metadata: {} }));
    expect(withoutFallbackPages(markdown, "en").documents).toHaveLength(2);
  });
});
