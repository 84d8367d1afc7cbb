import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toString } from "hast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { htmlOf, markdownOf, stripPresentation } from "./convert.js";

const divOf = (html: string) => select("div", fromHtml(`<div>${html}</div>`, { fragment: true }))!;

describe("markdownOf", () => {
  it("writes a code block's title into the fence, after the language", () => {
    expect(markdownOf(divOf(`<pre title="example.py"><code class="language-python">x = 1</code></pre>`))).toBe('```python title="example.py"\nx = 1\n```\n');
  });

  it("keeps a table whose cells hold only inline content (one-line code included) a GFM table", () => {
    const div = divOf(`<table><tr><th>Option</th><th>Example</th></tr><tr><td><code>flag</code></td><td><pre><code>--verbose</code></pre></td></tr><tr><td>pipe</td><td><code>a | b</code></td></tr></table>`);
    expect(markdownOf(div)).toBe("| Option | Example     |\n| ------ | ----------- |\n| `flag` | `--verbose` |\n| pipe   | `a \\| b`    |\n");
  });

  it("keeps a table whose cells hold lists or multi-line code as one line of HTML, so the table and the code survive", () => {
    const div = divOf(`<p>Before</p><table><tr><td><pre><code class="language-bash">npm install\n\nnpm test</code></pre></td><td><ul><li>one</li><li>two</li></ul></td></tr></table><p>After</p>`);
    const markdown = markdownOf(div);
    expect(markdown).toBe(
      'Before\n\n<table><tbody><tr><td><pre><code class="language-bash">npm install&#10;&#10;npm test</code></pre></td><td><ul><li>one</li><li>two</li></ul></td></tr></tbody></table>\n\nAfter\n',
    );
    // Read back as CommonMark, the table is one HTML block, and its code keeps the blank line.
    const blocks = unified().use(remarkParse).parse(markdown).children;
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "html", "paragraph"]);
    const table = fromHtml((blocks[1] as { value: string }).value, { fragment: true });
    expect(toString(select("code", table)!)).toBe("npm install\n\nnpm test");
  });

  it("writes GitHub-flavoured Markdown: headings, emphasis, links, lists, tables, fenced code", () => {
    const div = divOf(`<h2>Title</h2><p>Some <em>em</em>, <strong>bold</strong>, <del>old</del> and <a href="https://x.example/">a link</a>.</p>
      <ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><ul><li><input type="checkbox" checked> done</li></ul>
      <table><thead><tr><th>K</th><th>V</th></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody></table>
      <pre><code class="language-js">let a  = 1;\n\nlog(a);</code></pre>`);
    expect(markdownOf(div)).toBe(
      [
        "## Title",
        "",
        "Some *em*, **bold**, ~~old~~ and [a link](https://x.example/).",
        "",
        "- one",
        "- two",
        "",
        "1. first",
        "",
        "- [x] done",
        "",
        "| K | V |",
        "| - | - |",
        "| a | 1 |",
        "",
        "```js",
        "let a  = 1;",
        "",
        "log(a);",
        "```",
        "",
      ].join("\n"),
    );
  });

  it("fences code that itself contains a fence with a longer fence", () => {
    expect(markdownOf(divOf("<pre><code>```\ninner\n```</code></pre>"))).toBe("````\n```\ninner\n```\n````\n");
  });

  it("gives empty text for empty content", () => {
    expect(markdownOf(divOf(" "))).toBe("");
  });
});

describe("stripPresentation and htmlOf", () => {
  it("keeps meaning (links, ids, code language, checkboxes) and drops styling and script hooks", () => {
    const div = divOf(`<div class="wrapper_x" style="color:red" data-x="1"><h2 id="a" class="anchor" tabindex="-1">A</h2>
      <p aria-label="p"><span class="token">Hi</span> <a href="/x" title="X" onclick="go()">x</a></p>
      <pre><code class="language-sh">ls</code></pre><img src="/i.png" alt="I" width="10"><ul><li><input type="checkbox" checked disabled> t</li></ul><div class="empty"></div></div>`);
    stripPresentation(div);
    expect(htmlOf(div).replace(/\n\s*/g, "")).toBe(
      `<h2 id="a">A</h2><p>Hi <a href="/x" title="X">x</a></p><pre><code class="language-sh">ls</code></pre><img src="/i.png" alt="I"><ul><li><input type="checkbox" checked disabled> t</li></ul>`,
    );
  });

  it("unwraps bare wrapper divs only when that cannot merge loose text into a neighbour", () => {
    const div = divOf(`<div class="a"><div><pre><code>x</code></pre></div></div><div class="title">file.yml</div><p>p</p>`);
    stripPresentation(div);
    expect(htmlOf(div)).toBe(`<pre><code>x</code></pre><div>file.yml</div><p>p</p>`);
  });
});
