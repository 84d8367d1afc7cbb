import { describe, expect, it } from "vitest";
import { markdownToHumindHtml } from "./html.js";

/**
 * What the remark/micromark pipeline (kb-publish before markdown-it) produced for each input,
 * recorded from it: the HTML, and so every payload hash, must not change with the parser.
 */
const REMARK_OUTPUT: [markdown: string, html: string][] = [
  [
    "A[^1] b[^x] c[^1].\n\n[^1]: One.\n\n    more\n\n[^x]: Two\n\n    ```\n    code\n    ```\n\n[^z]: unused",
    "<p>A<a>1</a> b<a>2</a> c<a>1</a>.</p>\n<h2>Footnotes</h2>\n<ol>\n<li>\n<p>One.</p>\n<p>more <a>↩</a> <a>↩2</a></p>\n</li>\n<li>\n<p>Two</p>\n<pre><code>code\n</code></pre>\n<a>↩</a>\n</li>\n</ol>",
  ],
  [
    "- [ ] todo\n- [x] done\n- plain\n\n1. [X] loose\n\n2. second",
    "<ul>\n<li> todo</li>\n<li> done</li>\n<li>plain</li>\n</ul>\n<ol>\n<li>\n<p> loose</p>\n</li>\n<li>\n<p>second</p>\n</li>\n</ol>",
  ],
  [
    "- [ ]\n- [ ]  two\n- [ ]\n  three\n- [x]\tfour\n\npara [ ] not a task",
    "<ul>\n<li>[ ]</li>\n<li>  two</li>\n<li> three</li>\n<li> four</li>\n</ul>\n<p>para [ ] not a task</p>",
  ],
  [
    "```\n\n```\n\n```\n\n\n```\n\n> <!-- dropped -->\n\n- [ ] *em* x\n- [ ] *em*",
    "<pre><code></code></pre>\n<pre><code>\n\n</code></pre>\n<blockquote>\n</blockquote>\n<ul>\n<li> <em>em</em> x</li>\n<li> <em>em</em></li>\n</ul>",
  ],
  [
    'Links: http://localhost:4000, www.example.com, a@b.org, example.com, //x.com and <a href="/x">https://raw.example/a</a>.',
    '<p>Links: <a href="http://localhost:4000">http://localhost:4000</a>, <a href="http://www.example.com">www.example.com</a>, <a href="mailto:a@b.org">a@b.org</a>, example.com, //x.com and <a href="https://raw.example/a">https://raw.example/a</a>.</p>',
  ],
  [
    "- a\n  - nested\n    with lazy\n- b\n\n  para two\n\n> quote\n> - in list\n\nline one  \nline two\\\nthree",
    "<ul>\n<li>\n<p>a</p>\n<ul>\n<li>nested\nwith lazy</li>\n</ul>\n</li>\n<li>\n<p>b</p>\n<p>para two</p>\n</li>\n</ul>\n<blockquote>\n<p>quote</p>\n<ul>\n<li>in list</li>\n</ul>\n</blockquote>\n<p>line one<br>\nline two<br>\nthree</p>",
  ],
  [
    "| a | b | c |\n|:-|:-:|-:|\n| 1 | 2 |\n| x \\| y | `z` | **w** |\n\n| only head |\n|---|",
    "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n<th>c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n<td></td>\n</tr>\n<tr>\n<td>x | y</td>\n<td><code>z</code></td>\n<td><strong>w</strong></td>\n</tr>\n</tbody>\n</table>\n<table>\n<thead>\n<tr>\n<th>only head</th>\n</tr>\n</thead>\n</table>",
  ],
  [
    "Setext\n===\n\n***\n\n    indented code\n\n```\nunclosed fence",
    "<h1>Setext</h1>\n<hr>\n<pre><code>indented code\n</code></pre>\n<pre><code>unclosed fence\n</code></pre>",
  ],
  [
    '![alt *em*](https://cdn.x/i.png "t") [ref][r] &amp; &copy; \\* <span>raw</span> ~~del~~\n\n[r]: https://ref.example/a b',
    '<p><img src="https://cdn.x/i.png" alt="alt em"> [ref][r] &#x26; © * raw del</p>\n<p>[r]: <a href="https://ref.example/a">https://ref.example/a</a> b</p>',
  ],
];

describe("markdownToHumindHtml renders what remark rendered", () => {
  it.each(REMARK_OUTPUT)("%j", (markdown, html) => {
    expect(markdownToHumindHtml(markdown)).toBe(html);
  });
});
