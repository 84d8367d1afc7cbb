import { describe, expect, it } from "vitest";
import { cleanHumindHtml, HUMIND_TAGS, markdownToHumindHtml } from "./html.js";
import { markdownToPlainText } from "./plain-text.js";

const tagsIn = (html: string) => [...new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]))];

describe("markdownToHumindHtml", () => {
  it("renders GFM into allowed tags only", () => {
    const html = markdownToHumindHtml(
      "# Title\n\nText with *em*, **strong**, ~~gone~~ and `code`.\n\n- [ ] task\n- item\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n```js\nx < 1\n```\n",
    );
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<table>");
    expect(html).toContain("<pre><code>x &#x3C; 1\n</code></pre>");
    expect(html).not.toMatch(/<input|<del|align=|class=/);
    for (const tag of tagsIn(html)) expect(HUMIND_TAGS).toContain(tag);
  });

  it("keeps absolute http(s) and mailto links, drops relative and script URLs but keeps their text", () => {
    const html = markdownToHumindHtml(
      "[abs](https://example.com/a) [mail](mailto:a@b.c) [rel](../guide.md) [anchor](#top) [js](javascript:alert(1))",
    );
    expect(html).toBe(
      '<p><a href="https://example.com/a">abs</a> <a href="mailto:a@b.c">mail</a> <a>rel</a> <a>anchor</a> <a>js</a></p>',
    );
  });

  it("never passes raw HTML from the Markdown through", () => {
    const html = markdownToHumindHtml('Before\n\n<script>alert(1)</script>\n\n<div onclick="x">raw</div>\n\nAfter');
    expect(html).toBe("<p>Before</p>\n<p>After</p>");
  });

  it("keeps images with absolute sources and their alt text", () => {
    expect(markdownToHumindHtml("![A chart](https://cdn.example.com/c.png)")).toBe(
      '<p><img src="https://cdn.example.com/c.png" alt="A chart"></p>',
    );
    expect(markdownToHumindHtml("![local](img/c.png)")).toBe('<p><img alt="local"></p>');
  });

  it("is deterministic", () => {
    const md = "## A\n\nSome [link](https://x.y) and a list:\n\n1. one\n2. two\n";
    expect(markdownToHumindHtml(md)).toBe(markdownToHumindHtml(md));
  });
});

describe("markdownToPlainText", () => {
  it("drops markup, keeps paragraphs, list items and code text", () => {
    const text = markdownToPlainText(
      "# Shipping\n\nStandard *delivery* takes\n3-5 days. [More](https://x).\n\n- one\n- **two**\n\n1. a\n2. b\n\n```\ncode  here\n```\n\n> quoted\n",
    );
    expect(text).toBe("Shipping\n\nStandard delivery takes 3-5 days. More.\n\n- one\n- two\n\n1. a\n2. b\n\ncode  here\n\nquoted");
  });

  it("turns a table into one line per row", () => {
    expect(markdownToPlainText("| a | b |\n|-|-|\n| 1 | 2 |\n")).toBe("a | b\n1 | 2");
  });
});

describe("cleanHumindHtml", () => {
  it("keeps allowed markup of a built page and strips the rest", () => {
    const html = cleanHumindHtml(
      '<section><h2 id="x" class="anchor">Hi</h2><p style="color:red" onclick="x()">T <a href="/rel">r</a> <del>d</del></p><script>bad()</script></section>',
    );
    expect(html).toBe("<h2>Hi</h2><p>T <a>r</a> d</p>");
  });
});
