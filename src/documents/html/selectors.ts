/**
 * Every CSS selector kb-publish knows about built static sites, in one table, so supporting a
 * new generator (or a new version of one) is a change to this file only.
 */

/** Where one generator renders the main content of a page. */
export interface ContentSelector {
  /** The generator the selector belongs to; `generic` for the fallbacks. */
  generator: string;
  selector: string;
}

/**
 * Tried one at a time, in order; the first that matches an element holds the page content.
 * Generator-specific selectors come first because the generic ones (`main`, `article`) also
 * match their chrome (breadcrumbs, pagination, table of contents). There is no `body` fallback:
 * a page without any of these elements is left out, never published as a page of navigation.
 * Selectors use descendant combinators only (see content.ts).
 */
export const CONTENT_SELECTORS: readonly ContentSelector[] = [
  // Docusaurus (classic theme): DocItem/Content renders `div.theme-doc-markdown.markdown` inside the article.
  { generator: "docusaurus", selector: "article .theme-doc-markdown" },
  // Docusaurus blog posts and older versions: `div.markdown` inside the article.
  { generator: "docusaurus", selector: "article .markdown" },
  // MkDocs Material: `article.md-content__inner.md-typeset`.
  { generator: "mkdocs-material", selector: "article.md-content__inner" },
  // Jekyll with just-the-docs: `div#main-content`, which also has role=main (so before MkDocs).
  { generator: "jekyll-just-the-docs", selector: "#main-content" },
  // MkDocs built-in themes (mkdocs, readthedocs): `div[role=main]`.
  { generator: "mkdocs", selector: "div[role=main]" },
  // Starlight: MarkdownContent renders `div.sl-markdown-content` inside `main`.
  { generator: "starlight", selector: "main .sl-markdown-content" },
  // VitePress home layout: hero, features, then the page's own `div.vp-doc`.
  { generator: "vitepress", selector: ".VPHome" },
  // VitePress default theme: `div.vp-doc` inside the doc layout.
  { generator: "vitepress", selector: ".vp-doc" },
  // Hugo with Docsy: `div.td-content`.
  { generator: "hugo-docsy", selector: ".td-content" },
  { generator: "generic", selector: "main article" },
  { generator: "generic", selector: "main" },
  { generator: "generic", selector: "article" },
  { generator: "generic", selector: "[role=main]" },
];

/** Elements that never carry page text: removed wherever they appear inside the content. */
export const NOISE_ELEMENTS = [
  // Starlight renders callouts as `aside.starlight-aside`: those are content.
  "nav", "aside:not(.starlight-aside)", "footer", "script", "style", "noscript", "template", "button", "svg", "form",
  "dialog", "link", "meta", "object", "embed", "canvas", "select", "textarea",
  // Inputs are widgets (code-group radios), except the checkboxes of GFM task lists.
  "input:not([type=checkbox])",
] as const;

/**
 * Site chrome that generators put inside (or around) the content, by class, role or id:
 * sidebars, tables of contents, breadcrumbs, pagination, edit-this-page links, feedback widgets.
 */
export const NOISE_SELECTORS = [
  // ARIA landmarks that are never content.
  "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]", "[role=complementary]",
  // Text meant for screen readers only, never shown to a reader.
  ".sr-only", ".visually-hidden", ".screen-reader-text",
  // Docusaurus.
  ".theme-doc-breadcrumbs", ".theme-doc-toc-mobile", ".theme-doc-toc-desktop", ".theme-doc-footer",
  ".theme-doc-version-badge", ".theme-doc-version-banner", ".theme-edit-this-page", ".theme-last-updated",
  ".theme-doc-sidebar-container", ".pagination-nav", ".table-of-contents",
  // MkDocs Material.
  ".md-sidebar", ".md-header", ".md-tabs", ".md-footer", ".md-content__button", ".md-source-file",
  ".md-feedback", ".md-top", ".md-search", ".md-nav", ".md-dialog", ".md-banner", ".md-clipboard",
  // Starlight.
  ".sl-anchor-link", ".right-sidebar", ".sidebar-pane", "starlight-toc", "mobile-starlight-toc",
  ".pagination-links", "#starlight__on-this-page",
  // VitePress.
  ".VPNav", ".VPSidebar", ".VPLocalNav", ".VPDocAside", ".VPDocFooter", ".aside", ".edit-link",
  ".prev-next", ".pager", ".line-numbers-wrapper",
  // VitePress home page: the hero's call-to-action buttons.
  ".VPHero .actions",
  // Hugo / Docsy: sidebars, page meta, "Last modified", the feedback widget, the blog byline and pager,
  // the generated list of a section's pages, and the frontmatter description printed as a lead
  // (kept as the document's description, as on the Markdown side).
  ".td-sidebar", ".td-sidebar-toc", ".td-toc", ".td-page-meta", ".td-page-meta__lastmod", ".td-byline",
  ".section-index", ".td-content > .lead",
  ".feedback--title", ".feedback--question", ".feedback--answer", ".feedback--response",
  "ul.list-unstyled.d-flex.justify-content-between",
  // Hugo book.
  ".book-menu", ".book-toc", ".book-header", ".book-footer", ".book-comments",
  // MkDocs plugins: git revision dates ("Last update: …").
  ".git-revision-date-localized-plugin", ".md-source-date",
  // Kramdown's generated `{:toc}` list (Jekyll).
  "#markdown-toc",
  // Jekyll (just-the-docs) and common themes.
  ".breadcrumb-nav", ".breadcrumb", ".breadcrumbs", ".toc", "#toc", ".pagination", ".edit-this-page",
  ".skip-link", ".copy-code-button",
  // VitePress prints the language name beside the code block.
  "div[class*=language-] > span.lang",
  // Footnote "back to text" arrows.
  "a.footnote-backref", "a.data-footnote-backref", "a[data-footnote-backref]",
];

/**
 * Links generators add to headings so a reader can copy a link to the section (`#`, `¶`, an
 * icon). Inside headings, any link to `#…` without real text and any `aria-hidden` icon is
 * also removed (see clean.ts).
 */
export const HEADING_ANCHOR_SELECTORS = [
  "a.hash-link", "a.headerlink", "a.anchor", "a.header-anchor", "a.anchor-heading",
  "a.heading-anchor", "a.td-heading-self-link", "a.anchorjs-link", ".sl-anchor-link",
];

/**
 * Headings that are part of a generator's table-of-contents widget, known by their class or id.
 * A heading an author wrote ("## Table of Contents") is content whatever its text; widget
 * headings inside a TOC container go with the container (see {@link NOISE_SELECTORS}).
 */
export const TOC_HEADING_SELECTORS = [".toctitle", ".toc-title", "#toc-title", ".table-of-contents__title"];

/**
 * Code blocks printed as a table of line numbers and code (Pygments, Chroma, Rouge): replaced by
 * their code. Other tables are checked for a `td.linenos` cell (Pygments without its class).
 */
export const LINE_NUMBER_TABLES = "table.highlighttable, table.lntable, table.rouge-table";

/**
 * Where a code block's title (its file name) is printed, outside the `<pre>`: Docusaurus
 * (`codeBlockTitle_<hash>`), Expressive Code (`figcaption .title`), MkDocs Material (`.filename`).
 * The title moves onto the block (`title="…"` in the fence) instead of standing as a paragraph.
 */
export const CODE_TITLE_SELECTORS = ["[class*=codeBlockTitle]", "figcaption .title", ".filename"];

/** A callout (admonition, aside, hint): rewritten as a blockquote that starts with its title in bold. */
export interface CalloutSelector {
  container: string;
  /** The title inside the container; a callout without one becomes a plain blockquote. */
  title: string;
}

/** Tried in order; a container matched by an earlier entry is not matched again. */
export const CALLOUT_SELECTORS: readonly CalloutSelector[] = [
  // Docusaurus 3 (`admonitionHeading_<hash>`) and 2 (`.admonition-heading`).
  { container: ".theme-admonition, .admonition", title: "[class*=admonitionHeading], .admonition-heading, .admonition-title" },
  { container: "aside.starlight-aside", title: ".starlight-aside__title" },
  { container: ".custom-block", title: ".custom-block-title" },
  // Docsy alerts; Docusaurus also styles <details> as `.alert`, which stays a details block.
  { container: ".alert:not(details)", title: ".alert-heading" },
  { container: ".book-hint, .callout", title: ".callout-title" },
];

/** A set of tabs: each panel's content is kept, preceded by its label in bold. */
export interface TabSetSelector {
  set: string;
  labels: string;
  panels: string;
}

/** Tab sets are rewritten only when they have as many labels as panels (so nested sets stay whole). */
export const TAB_SET_SELECTORS: readonly TabSetSelector[] = [
  // Docusaurus Tabs and Starlight Tabs use ARIA roles.
  { set: ".tabs-container, starlight-tabs", labels: "[role=tab]", panels: "[role=tabpanel]" },
  // MkDocs Material content tabs (alternate style).
  { set: ".tabbed-set", labels: ".tabbed-labels > label", panels: ".tabbed-content > .tabbed-block" },
  // VitePress code groups.
  { set: ".vp-code-group", labels: ".tabs > label", panels: ".blocks > *" },
];
