import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { cleanContent } from "./clean.js";

function cleaned(html: string): string {
  const root = select("div", fromHtml(`<div>${html}</div>`, { fragment: true }))!;
  cleanContent(root);
  return toHtml(root.children);
}

describe("cleanContent", () => {
  it("drops chrome elements, scripts, styles, buttons, icons and comments", () => {
    const html = `<nav>Menu</nav><p>Keep</p><script>alert(1)</script><style>p{}</style><noscript>JS</noscript>
      <template><p>t</p></template><footer>Foot</footer><aside>Side</aside><button>Copy</button><svg><text>icon</text></svg><!-- c -->`;
    expect(cleaned(html).replace(/\s+/g, "")).toBe("<p>Keep</p>");
  });

  it("drops chrome by class: breadcrumbs, TOC, pagination, edit links, sidebars", () => {
    const html = `<div class="theme-doc-breadcrumbs">Home</div><div class="theme-doc-toc-mobile">TOC</div><p>Keep</p>
      <div class="pagination-nav">Next</div><a class="theme-edit-this-page" href="/e">Edit</a><div class="md-sidebar">S</div>
      <div class="td-toc">T</div><div class="VPDocFooter">F</div><a class="md-content__button" href="/e">E</a>`;
    expect(cleaned(html).replace(/\s+/g, "")).toBe("<p>Keep</p>");
  });

  it.each([
    ["Docusaurus", `<h2 id="a">Title<a href="#a" class="hash-link" aria-label="Direct link">\u200B</a></h2>`],
    ["MkDocs", `<h2 id="a">Title<a class="headerlink" href="#a" title="Permanent link">¶</a></h2>`],
    ["VitePress", `<h2 id="a">Title <a class="header-anchor" href="#a">\u200B</a></h2>`],
    ["Jekyll", `<h2 id="a"><a href="#a" class="anchor-heading" aria-labelledby="a"><svg><use xlink:href="#svg-link"></use></svg></a> Title</h2>`],
    ["Docsy", `<h2 id="a">Title<a class="td-heading-self-link" href="#a" aria-label="Heading self-link"></a></h2>`],
    ["an unknown theme", `<h2 id="a">Title <a href="#a"># </a></h2>`],
    ["an aria-hidden icon", `<h2 id="a">Title<span aria-hidden="true">🔗</span></h2>`],
  ])("removes %s heading anchors and keeps the heading text", (_name, html) => {
    expect(cleaned(html).replace(/\s+/g, " ").replace(/> /g, ">").replace(/ </g, "<")).toBe(`<h2 id="a">Title</h2>`);
  });

  it("unwraps a heading whose whole text is a self-link, and keeps other links", () => {
    expect(cleaned(`<h2 id="a"><a href="#a">Title</a></h2><p><a href="#a">see</a></p>`)).toBe(`<h2 id="a">Title</h2><p><a href="#a">see</a></p>`);
  });

  it("keeps only the headings of a content <header>, and drops other headers", () => {
    expect(cleaned(`<header><h1>Intro</h1><span>5 min read</span></header><header>Byline</header><p>x</p>`)).toBe(`<h1>Intro</h1><p>x</p>`);
  });

  it("keeps an author's 'Table of Contents' section, and drops only the TOC widget with its heading", () => {
    expect(cleaned(`<h2 id="table-of-contents">Table of Contents</h2><p>Written by the author.</p>`)).toBe(`<h2 id="table-of-contents">Table of Contents</h2><p>Written by the author.</p>`);
    expect(cleaned(`<div class="toc"><span class="toctitle">Contents</span><ul><li><a href="#a">A</a></li></ul></div><h2 class="toctitle">On this page</h2><h2>Real</h2>`)).toBe(`<h2>Real</h2>`);
  });

  it("drops links a reader cannot see as text (Jekyll 'Permalink' anchors), and keeps image links", () => {
    const jekyll = `<h2 id="a">Title <a class="header-link" href="#a" title="Permalink"><span class="sr-only">Permalink</span><i class="fa fa-link"></i></a></h2>`;
    expect(cleaned(jekyll)).toBe(`<h2 id="a">Title </h2>`);
    expect(cleaned(`<p>See <a href="/x" title="Permalink"><span class="sr-only">Permalink</span></a><a href="/y"><img src="y.png" alt=""></a></p>`)).toBe(`<p>See <a href="/y"><img src="y.png" alt=""></a></p>`);
  });

  it("drops pagers, 'last modified' lines and feedback widgets (Docsy)", () => {
    const html = `<p>Keep</p><ul class="list-unstyled d-flex justify-content-between align-items-center"><li><a class="btn">Previous</a></li><li><a href="/n" class="btn">Next</a></li></ul>
      <div class="td-page-meta__lastmod">Last modified May 1, 2024</div><div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p><button class="feedback--answer">Yes</button></div>`;
    expect(cleaned(html).replace(/\s+/g, "")).toBe(`<p>Keep</p><divclass="d-print-none"></div>`);
  });

  it("keeps zero-width non-joiners and direction marks in the text", () => {
    expect(cleaned(`<h2 id="a">افزونه\u200Cهای \u200FMarkdown<a class="header-anchor" href="#a">\u200B</a></h2>`)).toBe(`<h2 id="a">افزونه\u200Cهای \u200FMarkdown</h2>`);
  });

  it("moves a code block's title (Docusaurus, Expressive Code) onto its <pre>", () => {
    const docusaurus = `<div class="codeBlockContainer_Ckt0"><div class="codeBlockTitle_OeMC">example.py</div><div class="codeBlockContent_QJqH"><pre class="language-python"><code>x = 1</code></pre></div></div>`;
    expect(cleaned(docusaurus)).toBe(`<div class="codeBlockContainer_Ckt0"><div class="codeBlockContent_QJqH"><pre title="example.py"><code class="language-python">x = 1</code></pre></div></div>`);
  });

  it("replaces a line-number table with its code, and keeps content tables", () => {
    const table = `<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td><td class="code"><div><pre><code>a\nb</code></pre></div></td></tr></table>`;
    expect(cleaned(`<div class="language-sh highlight">${table}</div>`)).toBe(`<div class="language-sh highlight"><pre><code class="language-sh">a\nb</code></pre></div>`);
    expect(cleaned(`<table><tr><td><pre>x</pre></td></tr></table>`)).toContain("<table>");
    expect(cleaned(`<table><tr><td class="linenos"><pre>1</pre></td><td><pre>y</pre></td></tr></table>`)).toBe(`<pre><code>y</code></pre>`);
  });

  it("drops line numbers inside code and VitePress's language label, keeping the code text", () => {
    const html = `<div class="language-js"><span class="lang">js</span><pre><code><span class="line"><span class="linenos">1</span>let a;</span></code></pre></div>`;
    expect(cleaned(html)).toBe(`<div class="language-js"><pre><code class="language-js">let a;</code></pre></div>`);
  });

  it("keeps task-list checkboxes and drops other inputs", () => {
    expect(cleaned(`<ul><li><input type="checkbox" checked disabled> done</li></ul><input type="radio">`)).toBe(
      `<ul><li><input type="checkbox" checked disabled> done</li></ul>`,
    );
  });

  it("keeps Starlight asides (callouts) while dropping other asides", () => {
    expect(cleaned(`<aside class="starlight-aside"><p>Note text</p></aside><aside>Ad</aside>`)).toBe(`<blockquote><p>Note text</p></blockquote>`);
  });
});
