import { describe, expect, it } from "vitest";
import { externalIdOf } from "../id.js";
import { htmlIdOfPath, isHtmlPath, pagePathOf } from "./paths.js";

describe("isHtmlPath", () => {
  it("accepts .html and .htm in any case, nothing else", () => {
    expect(["a.html", "b/INDEX.HTM", "c.htm"].map(isHtmlPath)).toEqual([true, true, true]);
    expect(["a.md", "a.html.md", "html", "a.xhtml"].map(isHtmlPath)).toEqual([false, false, false, false]);
  });
});

describe("pagePathOf", () => {
  it.each([
    ["guides/install/index.html", "guides/install"],
    ["guides/install.html", "guides/install"],
    ["index.html", "index"],
    ["docs/index.htm", "docs"],
    ["docs/release-1.0/index.html", "docs/release-1.0"],
    ["reference/api/tags.html", "reference/api/tags"],
  ])("maps %s to the source-like path %s", (path, idPath) => {
    expect(pagePathOf(path, [])).toEqual({ kind: "page", idPath });
  });

  it("takes a leading configured locale folder off and reports it, ignoring case and _/-", () => {
    expect(pagePathOf("fr/docs/intro/index.html", ["en", "fr"])).toEqual({ kind: "page", idPath: "docs/intro", locale: "fr" });
    expect(pagePathOf("pt_br/guide.html", ["pt-BR"])).toEqual({ kind: "page", idPath: "guide", locale: "pt-BR" });
    expect(pagePathOf("fr/index.html", ["fr"])).toEqual({ kind: "page", idPath: "index", locale: "fr" });
  });

  it("keeps folders that are not configured locales, and a locale-named page file", () => {
    expect(pagePathOf("de/docs/intro/index.html", ["en", "fr"])).toEqual({ kind: "page", idPath: "de/docs/intro" });
    expect(pagePathOf("fr.html", ["fr"])).toEqual({ kind: "page", idPath: "fr" });
    expect(pagePathOf("docs/fr/index.html", ["fr"])).toEqual({ kind: "page", idPath: "docs/fr" });
  });

  it.each([
    ["404.html", "404 page"],
    ["fr/404.html", "404 page"],
    ["404/index.html", "404 page"],
    ["search/index.html", "search page"],
    ["search.html", "search page"],
    ["tags/index.html", "tag or category listing"],
    ["docs/tags/setup/index.html", "tag or category listing"],
    ["categories/news/index.html", "tag or category listing"],
    ["blog/page/2/index.html", "paginated listing"],
    ["page/3/index.html", "paginated listing"],
  ])("says %s is not a page (%s)", (path, reason) => {
    const result = pagePathOf(path, ["fr"]);
    expect(result.kind).toBe("not-a-page");
    expect(result.kind === "not-a-page" && result.reason).toContain(reason);
  });

  it("keeps pages that only look like listings", () => {
    expect(pagePathOf("docs/search/index.html", []).kind).toBe("page");
    expect(pagePathOf("reference/api/tags/index.html", []).kind).toBe("page");
    expect(pagePathOf("guides/page/intro/index.html", []).kind).toBe("page");
  });
});

describe("htmlIdOfPath", () => {
  it("gives the id of the page's source-like path, locale folder kept, same rules as Markdown ids", () => {
    expect(htmlIdOfPath("fr/docs/intro/index.html", "kb/")).toBe("kb/fr/docs/intro");
    expect(htmlIdOfPath("docs/release-1.0/index.html", "")).toBe(externalIdOf({ sourcePath: "docs/release-1.0.md", idPrefix: "" }));
  });
});
