import { fromHtml } from "hast-util-from-html";
import { select } from "hast-util-select";
import { describe, expect, it } from "vitest";
import { codeTextOf } from "./code-lines.js";

const textOf = (html: string) => codeTextOf(select("pre", fromHtml(html, { fragment: true }))!);

// Markup as the generators emit it (trimmed to a few lines): one line per rendered line, blank
// lines included, whatever the line structure.
describe("codeTextOf", () => {
  it("reads Docusaurus 3.10 block token lines (<div> + <br>) without a blank line after each, numbering spans ignored", () => {
    const line = (content: string) => `<div class="token-line codeLine_lJS_"><span class="codeLineNumber_Tfdd"></span><span class="codeLineContent_feaV">${content}</span><br></div>`;
    const html = `<pre class="prism-code language-python"><code class="codeBlockLines_e6Vv">${line(`<span class="token keyword">def</span><span class="token plain"> f(x):</span>`)}${line(`<span class="token plain" style="display:inline-block"></span>`)}${line(`<span class="token plain">    return x</span>`)}</code></pre>`;
    expect(textOf(html)).toBe("def f(x):\n\n    return x");
  });

  it("reads older Docusaurus inline token lines (<span> + <br>)", () => {
    expect(textOf(`<pre><code><span class="token-line">a<br></span><span class="token-line"><br></span><span class="token-line">b<br></span></code></pre>`)).toBe("a\n\nb");
  });

  it("reads Expressive Code lines, an empty line holding a lone newline, without gutters", () => {
    const line = (content: string) => `<div class="ec-line"><div class="gutter"><div class="ln" aria-hidden="true">9</div></div><div class="code">${content}</div></div>`;
    expect(textOf(`<pre data-language="ts"><code>${line("const a = 1;")}${line("\n")}${line("<span>\tlog(a);</span>")}</code></pre>`)).toBe("const a = 1;\n\n\tlog(a);");
  });

  it("reads Shiki lines separated by newlines (VitePress), empty lines included", () => {
    const html = `<pre class="shiki"><code><span class="line"><span style="--shiki-light:#c62739">import</span><span> x</span></span>\n<span class="line"></span>\n<span class="line"><span>x()</span></span></code></pre>`;
    expect(textOf(html)).toBe("import x\n\nx()");
  });

  it("reads Chroma lines with inline line numbers (Hugo), each ending in its own newline", () => {
    const html = `<pre class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="ln">1</span><span class="cl">package main\n</span></span><span class="line"><span class="ln">2</span><span class="cl">\n</span></span><span class="line"><span class="ln">3</span><span class="cl">func main() {}\n</span></span></code></pre>`;
    expect(textOf(html)).toBe("package main\n\nfunc main() {}");
  });

  it("reads blocks without a line structure as a browser renders them: <br> as a break, line numbers dropped", () => {
    expect(textOf(`<pre><code>a  b\n\tc<br>d\n\n</code></pre>`)).toBe("a  b\n\tc\nd");
    expect(textOf(`<pre><code><span class="linenos">1</span>pip install x\n<span class="linenos">2</span>x --help\n</code></pre>`)).toBe("pip install x\nx --help");
    expect(textOf(`<pre class="line-numbers"><code>a\nb<span class="line-numbers-rows"><span></span><span></span></span></code></pre>`)).toBe("a\nb");
  });
});
