import { describe, expect, it } from "vitest";
import { HUMIND_ALLOWED_HTML, htmlText, sanitizeHumindHtml } from "./humind-sanitize.js";

describe("Humind HTML sanitizer", () => {
  it("exports the documented allow-list", () => {
    expect(HUMIND_ALLOWED_HTML.tags).toEqual(expect.arrayContaining(["p", "a", "h1", "h6", "table", "img", "span", "div"]));
    for (const tag of ["script", "iframe", "style", "object", "embed", "form", "input"]) {
      expect(HUMIND_ALLOWED_HTML.tags).not.toContain(tag);
    }
  });

  it.each([
    ['<p onclick="x()" style="color:red" id="i">a</p>', "<p>a</p>"],
    ["<div><script>alert(1)</script><style>p{}</style>kept</div>", "<div>kept</div>"],
    ['<object data="x"><embed src="y"></object><form action="/f"><p>in form</p><input value="1"></form>', "<p>in form</p>"],
    ["<section><custom-tag>text</custom-tag></section><!-- note -->", "text"],
    ['<a href="JaVa\tScRiPt:x()">1</a><a href="/docs#x">2</a><a href="mailto:a@b.c">3</a><a href="ftp://x">4</a>', '<a>1</a><a href="/docs#x">2</a><a href="mailto:a@b.c">3</a><a>4</a>'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="a" width="3" title="t"><img src="data:text/html;base64,PHNjcmlwdD4=">', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="a" width="3"><img>'],
    ['<th align="left" class="x">h</th>', "<th>h</th>"],
    ['<table><tr><th align="left">h</th></tr></table>', "<table><tbody><tr><th>h</th></tr></tbody></table>"],
    ['<pre><code class="language-js hljs">a &lt; b</code></pre>', '<pre><code class="language-js">a &#x3C; b</code></pre>'],
  ])("sanitizes %s", (input, expected) => {
    expect(sanitizeHumindHtml(input)).toBe(expected);
  });

  it("is idempotent, so locally sanitized HTML round-trips unchanged", () => {
    const inputs = ["<p>a<br>b</p><ul><li>x<li>y</ul>", "<pre>\n\ncode\n</pre>", '<p>"q" &amp; <em>e</em></p>', "<h1>T</h1>\n<p>x</p>\n"];
    for (const input of inputs) {
      const once = sanitizeHumindHtml(input);
      expect(sanitizeHumindHtml(once)).toBe(once);
    }
  });

  it("extracts collapsed text for excerpts", () => {
    expect(htmlText("<h1>Title</h1>\n<p>Some   <b>bold</b> text</p><script>x</script>")).toBe("Title Some bold text");
  });
});
