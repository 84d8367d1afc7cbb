import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { normalizeCodeBlocks } from "./code.js";

function normalized(html: string): string {
  const root = select("div", fromHtml(`<div>${html}</div>`, { fragment: true }))!;
  normalizeCodeBlocks(root);
  return toHtml(root.children);
}

describe("normalizeCodeBlocks", () => {
  it("keeps a plain block's text exactly, whitespace included", () => {
    expect(normalized(`<pre><code>a  b\n\tc &lt;x&gt;\n\n</code></pre>`)).toBe(`<pre><code>a  b\n\tc &#x3C;x></code></pre>`);
  });

  it.each([
    ["the code class", `<pre><code class="language-go">x</code></pre>`, "go"],
    ["a lang- class", `<pre><code class="lang-rb">x</code></pre>`, "rb"],
    ["the pre class (Docusaurus)", `<pre class="prism-code language-bash"><code class="codeBlockLines">x</code></pre>`, "bash"],
    ["data-language (Expressive Code)", `<pre data-language="sh"><code>x</code></pre>`, "sh"],
    ["data-lang on code (Hugo)", `<pre><code data-lang="toml">x</code></pre>`, "toml"],
    ["a wrapper class (VitePress, MkDocs, Rouge)", `<div class="language-py highlight"><div><pre><code>x</code></pre></div></div>`, "py"],
  ])("finds the language in %s", (_where, html, language) => {
    expect(normalized(html)).toContain(`<code class="language-${language}">x</code>`);
  });

  it("does not take a language from a wrapper too far up", () => {
    expect(normalized(`<div class="language-py"><div><div><div><pre>x</pre></div></div></div></div>`)).toContain("<code>x</code>");
  });

  it("turns highlighting spans, <br> lines and line divs into plain text lines", () => {
    const docusaurus = `<pre class="language-js"><code><span class="token-line"><span class="token keyword">const</span><span> a = 1;</span><br></span><span class="token-line"><span>  log(a);</span><br></span></code></pre>`;
    expect(normalized(docusaurus)).toBe(`<pre><code class="language-js">const a = 1;\n  log(a);</code></pre>`);
    const expressive = `<pre data-language="sh"><code><div class="ec-line"><div class="code"><span>npm</span><span> i  x</span></div></div><div class="ec-line"><div class="code">x --version</div></div></code></pre>`;
    expect(normalized(expressive)).toBe(`<pre><code class="language-sh">npm i  x\nx --version</code></pre>`);
  });

  it("wraps a bare <pre> in <code>, and keeps the text after an empty leading span (Pygments)", () => {
    expect(normalized(`<pre>plain</pre>`)).toBe(`<pre><code>plain</code></pre>`);
    expect(normalized(`<pre><span></span><code>pip install x\n</code></pre>`)).toBe(`<pre><code>pip install x</code></pre>`);
  });
});
