import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { readHead } from "./head.js";
import { pageTitleOf, withoutSiteSuffix } from "./page-title.js";

function titleOf(html: string, contentSelector = ".content"): string | undefined {
  const tree = fromHtml(html);
  return pageTitleOf(select(contentSelector, tree)!, tree, readHead(tree));
}

describe("pageTitleOf", () => {
  it("prefers the content's h1, whitespace collapsed, anchor glyphs gone", () => {
    expect(titleOf(`<title>Other | Site</title><div class="content"><h1> Install \n the <code>CLI</code> </h1></div>`)).toBe("Install the CLI");
    expect(titleOf(`<main><h1>Outside ¶</h1><div class="content"><p>x</p></div></main>`)).toBe("Outside");
  });

  it("falls back to og:title, then <title> without the site suffix", () => {
    expect(titleOf(`<title>Install | Site</title><meta property="og:title" content="Install guide"><div class="content">x</div>`)).toBe("Install guide");
    expect(titleOf(`<title>Install | Site</title><div class="content">x</div>`)).toBe("Install");
    expect(titleOf(`<div class="content">x</div>`)).toBeUndefined();
  });

  it("strips the suffix from an og:title that only repeats <title> (Docusaurus)", () => {
    expect(titleOf(`<title>Install | Acme</title><meta property="og:title" content="Install | Acme"><div class="content">x</div>`)).toBe("Install");
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
