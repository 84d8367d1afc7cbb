/**
 * Renderers for the input benchmark's built sites: the synthetic pages of generate.ts as the
 * HTML Docusaurus and MkDocs Material build, content markup (highlighted code, heading anchors,
 * admonitions, tabs, details) inside the theme's chrome (navbar, sidebar, TOC, footer, scripts).
 */
import type { SyntheticPage } from "./generate.js";
import { docusaurusPage, mkdocsPage, type Chrome } from "./render-chrome.js";
import { seedOf } from "./render-sources.js";

/** How one theme writes content blocks. */
interface Theme {
  heading: (depth: number, id: string, text: string) => string;
  code: (lang: string, lines: string[], n: number) => string;
  constructs: readonly ((n: number) => string)[];
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const tokens = (line: string, cls: (kind: number) => string) =>
  line.split(/(?=[(,)])/).map((token, i) => `<span class="${cls(i % 3)}">${escape(token)}</span>`).join("");

const DOCUSAURUS: Theme = {
  heading: (depth, id, text) =>
    depth === 1 ? `<header><h1>${text}</h1></header>` : `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${text}<a href="#${id}" class="hash-link" aria-label="Direct link to ${text}" title="Direct link to ${text}">\u200B</a></h2>`,
  code: (lang, lines) =>
    `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">` +
    lines.map((l) => `<span class="token-line"><span class="token plain">${tokens(l, (k) => ["token function", "token punctuation", "token number"][k]!)}</span><br></span>`).join("") +
    `</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21"></path></svg></span></button></div></div></div>`,
  constructs: [
    (n) => `<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path d="M6.3 5.69"></path></svg></span>note</div><div class="admonitionContent_BuS1"><p>Set the <strong>token</strong> before step ${n}.</p></div></div>`,
    (n) => `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true" class="tabs__item tabItem_LNqP tabs__item--active">npm</li><li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">Yarn</li></ul><div class="margin-top--md"><div role="tabpanel" class="tabItem_Ymn6">${DOCUSAURUS.code("bash", [`npm install widget-${n}`], n)}</div><div role="tabpanel" class="tabItem_Ymn6" hidden="">${DOCUSAURUS.code("bash", [`yarn add widget-${n}`], n)}</div></div></div>`,
    (n) => `<details class="details_lb9f alert alert--info details_b_Ee" data-collapsed="true"><summary>Why does step ${n} retry?</summary><div><div class="collapsibleContent_i85q"><p>Retries use capped backoff with jitter.</p></div></div></details>`,
  ],
};

const MKDOCS: Theme = {
  heading: (depth, id, text) => `<h${depth} id="${id}">${text}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h${depth}>`,
  code: (lang, lines, n) =>
    `<div class="language-${lang} highlight"><pre><span></span><code>` +
    lines.map((l, i) => `<span id="__span-${n}-${i + 1}"><a id="__codelineno-${n}-${i + 1}" name="__codelineno-${n}-${i + 1}" href="#__codelineno-${n}-${i + 1}"></a>${tokens(l, (k) => ["n", "p", "mi"][k]!)}\n</span>`).join("") +
    `</code></pre></div>`,
  constructs: [
    (n) => `<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>Set the <strong>token</strong> before step ${n}.</p>\n</div>`,
    (n) => `<div class="tabbed-set tabbed-alternate" data-tabs="${n}:2"><input checked="checked" id="__tabbed_${n}_1" name="__tabbed_${n}" type="radio" /><input id="__tabbed_${n}_2" name="__tabbed_${n}" type="radio" /><div class="tabbed-labels"><label for="__tabbed_${n}_1">Linux</label><label for="__tabbed_${n}_2">macOS</label></div>\n<div class="tabbed-content">\n<div class="tabbed-block">${MKDOCS.code("bash", [`apt install widget-${n}`], 900 + n)}</div>\n<div class="tabbed-block">${MKDOCS.code("bash", [`brew install widget-${n}`], 950 + n)}</div>\n</div>\n</div>`,
    (n) => `<details class="info">\n<summary>Why does step ${n} retry?</summary>\n<p>Retries use capped backoff with jitter.</p>\n</details>`,
  ],
};

/** The content HTML of a synthetic page body: headings, paragraphs, lists, tables, code, constructs. */
function contentOf(page: SyntheticPage, theme: Theme): string {
  const seed = seedOf(page.file);
  let section = 0;
  return page.body
    .split(/\n{2,}/)
    .map((block, i) => {
      const heading = /^(#{1,2}) (.*)\n?$/.exec(block);
      if (!heading) return blockHtml(block, theme, i);
      section++;
      const extra = section % 2 === 1 && section > 1 ? theme.constructs[(seed + section) % theme.constructs.length]!(section) : "";
      return `${extra}${theme.heading(heading[1]!.length, slug(heading[2]!), escape(heading[2]!))}`;
    })
    .join("\n");
}

function blockHtml(block: string, theme: Theme, n: number): string {
  const lines = block.trimEnd().split("\n");
  if (block.startsWith("```")) return theme.code(lines[0]!.slice(3), lines.slice(1, -1), n);
  if (block.startsWith("|")) {
    const cells = (row: string, tag: string) => row.split("|").slice(1, -1).map((c) => `<${tag}>${escape(c.trim())}</${tag}>`).join("");
    return `<table><thead><tr>${cells(lines[0]!, "th")}</tr></thead><tbody>${lines.slice(2).map((r) => `<tr>${cells(r, "td")}</tr>`).join("")}</tbody></table>`;
  }
  if (block.startsWith("- ")) return `<ul>${lines.map((l) => `<li>${escape(l.slice(2))}</li>`).join("")}</ul>`;
  const [first, ...rest] = escape(block.trim()).split(" ");
  return `<p><strong>${first}</strong> ${rest.slice(0, -1).join(" ")} <a href="../${slug(rest.at(-2) ?? "x")}/">${rest.at(-1)}</a> with <code>${slug(first ?? "x")}()</code>.</p>`;
}

function chromeOf(page: SyntheticPage, site: string): Chrome {
  const route = page.file.replace(/\/index\.html$/, "/");
  return { title: page.title, description: page.description, tags: page.tags, url: `https://docs.example.com/${site}${route}` };
}

/** A Docusaurus 3 doc page (write under `docs/…/index.html`). */
export function renderDocusaurusHtml(page: SyntheticPage): string {
  return docusaurusPage(chromeOf(page, "docs/"), contentOf(page, DOCUSAURUS));
}

/** A MkDocs Material 9 page (write under `…/index.html`). */
export function renderMkdocsHtml(page: SyntheticPage): string {
  return mkdocsPage(chromeOf(page, ""), contentOf(page, MKDOCS));
}
