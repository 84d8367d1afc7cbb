import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { readHead } from "./head.js";
import { pageTitleOf, withoutSiteSuffix } from "./page-title.js";

function titleOf(html: string, generator = "docusaurus", selector = ".content"): string | undefined {
  const tree = fromHtml(html);
  return pageTitleOf({ element: select(".content", tree)!, generator, selector }, readHead(tree));
}

describe("pageTitleOf", () => {
  it("takes og:title when it names the page alone, else <title> without the site suffix, else the content's h1", () => {
    expect(titleOf(`<title>Install | Site</title><meta property="og:title" content="Install guide"><div class="content"><h1>Other</h1></div>`)).toBe("Install guide");
    expect(titleOf(`<title>Install | Site</title><div class="content"><h1>Getting the CLI</h1></div>`)).toBe("Install");
    expect(titleOf(`<div class="content"><h1> Install \n the <code>CLI</code> ¶</h1></div>`)).toBe("Install the CLI");
    expect(titleOf(`<div class="content">x</div>`)).toBeUndefined();
  });

  it("strips the suffix from an og:title that only repeats <title> (Docusaurus)", () => {
    expect(titleOf(`<title>Install | Acme</title><meta property="og:title" content="Install | Acme"><div class="content">x</div>`)).toBe("Install");
  });

  it("does not let a hero heading win over the page title (Starlight splash, VitePress home)", () => {
    const splash = `<title>Starlight docs | Starlight</title><meta property="og:title" content="Starlight docs"><div class="content"><h1>Make your docs shine</h1></div>`;
    expect(titleOf(splash, "starlight")).toBe("Starlight docs");
    const home = `<title>VitePress</title><div class="content VPHome"><h1 class="heading"><span class="name">ویت‌پرس</span><span class="text">Static site generator</span></h1></div>`;
    expect(titleOf(home, "vitepress", ".VPHome")).toBe("ویت‌پرس");
    expect(titleOf(home.replace("<title>VitePress</title>", "<title>Home | VitePress</title>"), "vitepress", ".VPHome")).toBe("Home");
  });

  it("prefers the content's h1 on MkDocs, whose <title> may be the nav label of mkdocs.yml", () => {
    const page = `<title>Finalize and Run - Neuroscout</title><div class="content"><h1>Analysis Bundle Generation</h1></div>`;
    expect(titleOf(page, "mkdocs")).toBe("Analysis Bundle Generation");
    expect(titleOf(page, "mkdocs-material")).toBe("Analysis Bundle Generation");
    expect(titleOf(`<title>Finalize and Run - Neuroscout</title><div class="content"><p>x</p></div>`, "mkdocs")).toBe("Finalize and Run");
  });

  it("keeps zero-width non-joiners and direction marks of the title", () => {
    expect(titleOf(`<title>بین\u200Cالمللی\u200Cسازی | ویت\u200Cپرس</title><div class="content">x</div>`)).toBe("بین\u200Cالمللی\u200Cسازی");
  });

  it("keeps a home page's title that is the site's name over its hero heading (Docsy)", () => {
    expect(titleOf(`<title>NDTwin</title><meta property="og:title" content="NDTwin"><meta property="og:site_name" content="NDTwin"><div class="content"><h1>NDTwin Network Digital Twin</h1></div>`, "hugo-docsy")).toBe("NDTwin");
  });
});

describe("withoutSiteSuffix", () => {
  it.each([
    ["Install | Site", "Install"],
    ["Install – Site", "Install"],
    ["Install - Site", "Install"],
    ["Install · Site", "Install"],
    ["Install — Site", "Install"],
    ["Step 1 - Install - Site", "Step 1 - Install"],
    ["Install", "Install"],
    [" | Site", " | Site"],
  ])("%s -> %s", (title, expected) => {
    expect(withoutSiteSuffix(title)).toBe(expected);
  });

  it("removes exactly the known site name, and nothing when the title lacks it", () => {
    expect(withoutSiteSuffix("A - B | My Docs", "My Docs")).toBe("A - B");
    expect(withoutSiteSuffix("Step 1 - Install", "My Docs")).toBe("Step 1 - Install");
    expect(withoutSiteSuffix("My Docs", "My Docs")).toBe("My Docs");
  });
});
