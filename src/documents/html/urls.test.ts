import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { absolutizeLinks, pageUrlOf, translationKeyOf } from "./urls.js";

const head = { keywords: [], generators: [], noindex: false, alternates: [], pageClasses: [] };

describe("pageUrlOf", () => {
  it("takes the canonical link, then og:url, then base URL plus the route", () => {
    expect(pageUrlOf({ ...head, canonical: "https://a.example/x", ogUrl: "https://a.example/og" }, "x")).toBe("https://a.example/x");
    expect(pageUrlOf({ ...head, ogUrl: "https://a.example/og" }, "x")).toBe("https://a.example/og");
    expect(pageUrlOf(head, "guides/install", "https://a.example/docs")).toBe("https://a.example/docs/guides/install/");
    expect(pageUrlOf(head, "index", "https://a.example/docs/")).toBe("https://a.example/docs/");
    expect(pageUrlOf(head, "x")).toBeUndefined();
  });

  it("resolves a relative canonical against the base URL, and drops it without one", () => {
    expect(pageUrlOf({ ...head, canonical: "/docs/intro" }, "x", "https://a.example/")).toBe("https://a.example/docs/intro");
    expect(pageUrlOf({ ...head, canonical: "/docs/intro" }, "x")).toBeUndefined();
  });
});

describe("translationKeyOf", () => {
  const alternates = [
    { hreflang: "fr", href: "https://a.example/fr/intro" },
    { hreflang: "en", href: "https://a.example/intro" },
  ];
  it("uses x-default, then the default locale (`en` picks `en-US`), then the first URL in sorted order", () => {
    expect(translationKeyOf([...alternates, { hreflang: "x-default", href: "https://a.example/default" }])).toBe("https://a.example/default");
    expect(translationKeyOf(alternates, { defaultLocale: "EN" })).toBe("https://a.example/intro");
    expect(translationKeyOf([{ hreflang: "en-US", href: "https://a.example/us" }, { hreflang: "fr", href: "https://a.example/fr" }], { defaultLocale: "en" })).toBe("https://a.example/us");
    expect(translationKeyOf(alternates)).toBe("https://a.example/fr/intro");
    expect(translationKeyOf([])).toBeUndefined();
  });

  it("counts the page itself among its alternates, so pages that list only the others agree (Hugo)", () => {
    const fromEn = translationKeyOf([{ hreflang: "fr", href: "https://a.example/fr/intro" }], { pageUrl: "https://a.example/intro", lang: "en", defaultLocale: "en" });
    const fromFr = translationKeyOf([{ hreflang: "en", href: "https://a.example/intro" }], { pageUrl: "https://a.example/fr/intro", lang: "fr", defaultLocale: "en" });
    expect([fromEn, fromFr]).toEqual(["https://a.example/intro", "https://a.example/intro"]);
  });

  it("resolves relative alternates against the page URL, so every translation agrees", () => {
    const relative = [{ hreflang: "x-default", href: "/intro/" }];
    expect(translationKeyOf(relative, { pageUrl: "https://a.example/fr/intro/" })).toBe("https://a.example/intro/");
  });
});

describe("absolutizeLinks", () => {
  it("resolves href and src against the page URL and keeps fragment-only links", () => {
    const tree = fromHtml(`<div><a href="../config/">c</a><a href="#top">t</a><img src="img/a.png"><a href="https://b.example/">b</a></div>`, { fragment: true });
    const div = select("div", tree)!;
    absolutizeLinks(div, "https://a.example/docs/install/");
    expect(toHtml(div)).toBe(
      `<div><a href="https://a.example/docs/config/">c</a><a href="#top">t</a><img src="https://a.example/docs/install/img/a.png"><a href="https://b.example/">b</a></div>`,
    );
  });
});
