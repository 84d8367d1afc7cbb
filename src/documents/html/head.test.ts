import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { readHead } from "./head.js";

const headOf = (html: string) => readHead(fromHtml(html));

describe("readHead", () => {
  it("reads language, titles, canonical, description and keywords", () => {
    const head = headOf(`<html lang="pt_br"><head><title> Install  | Docs </title>
      <meta property="og:title" content="Install"><meta property="og:site_name" content="Docs">
      <meta property="og:url" content="https://x.example/og"><meta name="description" content="How to install.">
      <meta name="keywords" content="setup, cli"><meta property="article:tag" content="linux">
      <link rel="canonical" href="https://x.example/install/"></head><body></body></html>`);
    expect(head).toEqual({
      lang: "pt-BR",
      title: "Install | Docs",
      ogTitle: "Install",
      siteName: "Docs",
      ogUrl: "https://x.example/og",
      canonical: "https://x.example/install/",
      description: "How to install.",
      keywords: ["setup", "cli", "linux"],
      generators: [],
      noindex: false,
      alternates: [],
      pageClasses: [],
    });
  });

  it("sees noindex in robots or googlebot, in any case, and `none`", () => {
    expect(headOf(`<meta name="robots" content="index, follow">`).noindex).toBe(false);
    expect(headOf(`<meta name="Robots" content="NOINDEX, nofollow">`).noindex).toBe(true);
    expect(headOf(`<meta name="googlebot" content="noindex">`).noindex).toBe(true);
    expect(headOf(`<meta name="robots" content="none">`).noindex).toBe(true);
  });

  it("reads a refresh redirect's target, and ignores a refresh without one", () => {
    expect(headOf(`<meta http-equiv="refresh" content="0; url=/docs/intro">`).redirectTo).toBe("/docs/intro");
    expect(headOf(`<meta http-equiv="Refresh" content="0;URL='https://x.example/new'">`).redirectTo).toBe("https://x.example/new");
    expect(headOf(`<meta http-equiv="refresh" content="30">`).redirectTo).toBeUndefined();
  });

  it("collects hreflang alternates in page order and ignores other alternates", () => {
    const head = headOf(`<link rel="alternate" hreflang="en" href="/en/"><link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="alternate" hreflang="x-default" href="/"><link rel="stylesheet" href="/s.css">`);
    expect(head.alternates).toEqual([{ hreflang: "en", href: "/en/" }, { hreflang: "x-default", href: "/" }]);
  });

  it("leaves out what the page does not say, and an invalid lang", () => {
    expect(headOf(`<html lang="not a language!"><p>x</p></html>`)).toEqual({ keywords: [], generators: [], noindex: false, alternates: [], pageClasses: [] });
  });

  it("reads the generator metas and the classes of <html> and <body>, where generators mark listing pages", () => {
    const head = headOf(`<html class="blog-wrapper blog-list-page"><head><meta name="generator" content="Astro v5.6.1"><meta name="generator" content="Starlight v0.37.7"></head><body class="td-section td-blog"></body></html>`);
    expect(head.generators).toEqual(["Astro v5.6.1", "Starlight v0.37.7"]);
    expect(head.pageClasses).toEqual(["blog-wrapper", "blog-list-page", "td-section", "td-blog"]);
  });
});
