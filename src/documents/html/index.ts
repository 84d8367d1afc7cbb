/** Built HTML input: what the rest of kb-publish uses from this folder. */
export { deriveHtmlDocument, type HtmlDeriveOptions } from "./derive-html.js";
export { deriveHtmlPages, sampleHtmlPages } from "./bench.js";
export { htmlIdOfPath, isHtmlPath, pagePathOf, type PagePath } from "./paths.js";
export { CONTENT_SELECTORS } from "./selectors.js";
