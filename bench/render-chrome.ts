/**
 * Theme chrome around benchmark content, modelled on what Docusaurus 3 and MkDocs Material 9
 * emit (fixtures/built has real examples): a head with meta tags, scripts and styles, a navbar,
 * a 40-link sidebar, breadcrumbs, an on-page TOC and a footer. About 12 KB per page.
 */

/** What the chrome says about the page. */
export interface Chrome {
  title: string;
  description: string;
  tags: string[];
  url: string;
}

const SITE = "Widget Docs";
const ICON = `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M12.87 15.07l-2.54-2.51.03-.03c1.74-1.94 2.98-4.17 3.71-6.53H17V4h-7V2H8v2H1v1.99h11.17C11.5 7.92 10.44 9.75 9 11.35 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11.76-2.04z"></path></svg>`;
const THEME_SCRIPT = `<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return window.localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}()</script>`;

function head(chrome: Chrome, assets: string): string {
  return `<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${chrome.title} | ${SITE}</title>` +
    `<meta property="og:title" content="${chrome.title} | ${SITE}"><meta name="description" content="${chrome.description}"><meta property="og:description" content="${chrome.description}">` +
    `<meta name="keywords" content="${chrome.tags.join(",")}"><link rel="canonical" href="${chrome.url}"><link rel="alternate" href="${chrome.url}" hreflang="en">` +
    `<link rel="alternate" href="${chrome.url}" hreflang="x-default">${assets}</head>`;
}

const links = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join("");

/** A Docusaurus doc page with `content` in `div.theme-doc-markdown`. */
export function docusaurusPage(chrome: Chrome, content: string): string {
  const assets = `<link rel="stylesheet" href="/assets/css/styles.4f1a.css"><script src="/assets/js/runtime~main.8a2c.js" defer></script><script src="/assets/js/main.1b3d.js" defer></script>`;
  const sidebar = links(40, (i) => `<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link" tabindex="0" href="/docs/section/page-${i}">Page ${i} of the guide</a></li>`);
  return `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page" data-has-hydrated="false">${head(chrome, assets)}` +
    `<body class="navigation-with-keyboard">${THEME_SCRIPT}<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>` +
    `<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">${SITE}</b></a><a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div><div class="navbar__items navbar__items--right"><a href="#" class="navbar__link">${ICON}English</a><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search">Search</button></div></div></div></nav>` +
    `<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${sidebar}</ul></nav></div></aside>` +
    `<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/">Home</a></li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">${chrome.title}</span></li></ul></nav>` +
    `<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div><div class="theme-doc-markdown markdown">${content}</div>` +
    `<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a href="https://github.com/widget/docs/edit/main/docs/page.mdx" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time datetime="2024-05-01T10:00:00.000Z">May 1, 2024</time></b></span></div></div></footer></article>` +
    `<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/prev"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Previous page</div></a></nav></div></div>` +
    `<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">${links(12, (i) => `<li><a href="#s${i}" class="table-of-contents__link toc-highlight">Section ${i}</a></li>`)}</ul></div></div></div></div></main></div></div></div>` +
    `<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2024 Widget, Inc. Built with Docusaurus.</div></div></div></footer></div></body></html>`;
}

/** A MkDocs Material page with `content` in `article.md-content__inner`. */
export function mkdocsPage(chrome: Chrome, content: string): string {
  const assets = `<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.39"><link rel="stylesheet" href="../assets/stylesheets/main.6f8fc17f.min.css"><script>__md_scope=new URL("..",location),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script>`;
  const nav = links(40, (i) => `<li class="md-nav__item"><a href="../page-${i}/" class="md-nav__link"><span class="md-ellipsis">Page ${i} of the guide</span></a></li>\n`);
  return `<!doctype html>\n<html lang="en" class="no-js">\n${head(chrome, assets)}\n<body dir="ltr">\n<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n` +
    `<div data-md-component="skip"><a href="#top" class="md-skip">Skip to content</a></div>\n<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header"><a href="../" title="${SITE}" class="md-header__button md-logo">${ICON}</a><div class="md-header__title"><span class="md-ellipsis">${SITE}</span></div>` +
    `<div class="md-search" data-md-component="search" role="dialog"><div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" required></form></div></div></nav></header>\n` +
    `<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">\n<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--primary" aria-label="Navigation"><ul class="md-nav__list">\n${nav}</ul></nav></div></div></div>\n` +
    `<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label><ul class="md-nav__list">${links(12, (i) => `<li class="md-nav__item"><a href="#s${i}" class="md-nav__link">Section ${i}</a></li>`)}</ul></nav></div></div></div>\n` +
    `<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">\n<a href="https://github.com/widget/docs/edit/main/docs/page.md" title="Edit this page" class="md-content__button md-icon">${ICON}</a>\n${content}\n` +
    `<aside class="md-source-file"><span class="md-source-file__fact"><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">May 1, 2024</span></span></aside>\n</article></div>\n</div></main>\n` +
    `<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer>\n</div>\n` +
    `<script id="__config" type="application/json">{"base": "..", "features": ["content.code.copy"], "search": "../assets/javascripts/workers/search.07f07601.min.js"}</script>\n<script src="../assets/javascripts/bundle.56dfad97.min.js"></script>\n</body>\n</html>\n`;
}
