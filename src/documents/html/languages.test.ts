import { describe, expect, it } from "vitest";
import type { Document } from "../document.js";
import { deriveHtmlDocument } from "./derive-html.js";
import { declaredLanguages, withDeclaredLanguages } from "./languages.js";

function built(path: string, lang: string): Document {
  const outcome = deriveHtmlDocument({ path, text: `<html lang="${lang}"><body><main><p>x</p></main></body></html>` }, { idPrefix: "", locales: ["en", "fa"] });
  if (outcome.kind !== "document") throw new Error("expected a document");
  return outcome.document;
}

describe("withDeclaredLanguages", () => {
  it("gives back a built page's <html lang> where the translation step read it as the locale it refines", () => {
    const pages = [built("fa/x.html", "fa-IR"), built("x.html", "en")];
    const declared = declaredLanguages(pages);
    // As the translation step shapes them: the language reduced to the site's locale, the id given the locale folder.
    const shaped: Document[] = [
      { ...pages[0]!, lang: "fa", externalId: "fa/x", translations: undefined },
      { ...pages[1]!, lang: "en", translations: [{ lang: "fa", title: "x", content: "x", sourcePath: "fa/x.html" }] },
    ];
    const result = withDeclaredLanguages(shaped, declared);
    expect(result.map((d) => [d.externalId, d.lang, d.translations?.map((t) => t.lang)])).toEqual([["fa/x", "fa-IR", undefined], ["x", "en", ["fa-IR"]]]);
  });

  it("leaves Markdown pages and languages that are no refinement as the translation step set them", () => {
    const markdown: Document = { externalId: "a", title: "A", content: "x", tags: [], sourcePath: "fa/a.md", lang: "fa", metadata: {} };
    const other = built("x.html", "de");
    expect(withDeclaredLanguages([markdown, { ...other, lang: "en" }], declaredLanguages([markdown, other])).map((d) => d.lang)).toEqual(["fa", "en"]);
  });
});
