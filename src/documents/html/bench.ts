import type { DeriveOutcome, SourceFile } from "../derive.js";
import { deriveHtmlDocument } from "./derive-html.js";
import type { HtmlDeriveOptions } from "./derive-html.js";

/** Derives many built pages in one call, for the benchmark: the same path every page takes in a run. */
export function deriveHtmlPages(files: readonly SourceFile[], options: HtmlDeriveOptions): DeriveOutcome[] {
  return files.map((file) => deriveHtmlDocument(file, options));
}

/**
 * `count` distinct built pages shaped like a Docusaurus doc page (head, navbar, sidebar,
 * breadcrumbs, admonition, tabs, highlighted code with a copy button, table, TOC, footer), so a
 * benchmark can measure HTML derivation without fixtures on disk. Deterministic.
 */
export function sampleHtmlPages(count: number): SourceFile[] {
  return Array.from({ length: count }, (_, index) => ({ path: `docs/section-${index % 20}/page-${index}/index.html`, text: samplePage(index) }));
}

function samplePage(index: number): string {
  const sidebar = Array.from({ length: 30 }, (_, i) => `<li class="menu__list-item"><a class="menu__link" href="/docs/p${i}">Page ${i}</a></li>`).join("");
  const line = (text: string) => `<span class="token-line"><span class="token plain">${text}</span><br></span>`;
  const sections = Array.from({ length: 6 }, (_, i) => `<h2 class="anchor" id="s${i}">Section ${i} of page ${index}<a href="#s${i}" class="hash-link" aria-label="Direct link">\u200B</a></h2>
<p>Paragraph ${i} explains <strong>widgets</strong> with <a href="/docs/p${i}">a link</a> and <code>inline code</code>. ${"Text that a reader sees. ".repeat(8)}</p>
<div class="language-js codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-js codeBlock_bY9V"><code class="codeBlockLines_e6Vv">${line(`const value${i} = compute(${index});`)}${line("console.log(value);")}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M19,21H8V7H19"></path></svg></span></button></div></div></div>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Page ${index} | Sample Docs</title><meta property="og:title" content="Page ${index} | Sample Docs"><meta name="description" content="Sample page ${index}"><link rel="canonical" href="https://docs.sample.example/docs/page-${index}"><link rel="alternate" hreflang="en" href="https://docs.sample.example/docs/page-${index}"><link rel="alternate" hreflang="x-default" href="https://docs.sample.example/docs/page-${index}"><script src="/assets/js/main.js" defer></script><link rel="stylesheet" href="/assets/css/styles.css"></head>
<body><script>(function(){document.documentElement.setAttribute("data-theme","light")})()</script><div id="__docusaurus"><nav class="navbar"><a class="navbar__brand" href="/">Sample Docs</a></nav><div class="main-wrapper"><aside class="theme-doc-sidebar-container"><nav class="menu"><ul>${sidebar}</ul></nav></aside><main><article><nav class="theme-doc-breadcrumbs"><ul><li>Docs</li></ul></nav><div class="theme-doc-markdown markdown"><header><h1>Page ${index}</h1></header>
<div class="theme-admonition theme-admonition-note alert alert--secondary"><div class="admonitionHeading_Gvgb">note</div><div class="admonitionContent_BuS1"><p>Read this first.</p></div></div>
${sections}
<table><thead><tr><th>Key</th><th>Value</th></tr></thead><tbody><tr><td>a</td><td>${index}</td></tr></tbody></table>
</div><footer class="theme-doc-footer"><a class="theme-edit-this-page" href="https://github.com/x">Edit this page</a></footer></article><nav class="pagination-nav"><a href="/docs/next">Next</a></nav></main><div class="theme-doc-toc-desktop"><ul class="table-of-contents"><li><a href="#s0">Section 0</a></li></ul></div></div><footer class="footer">Copyright</footer></div></body></html>`;
}
