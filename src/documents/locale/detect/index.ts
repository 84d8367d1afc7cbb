export { docusaurusLocales, docusaurusSettings, objectConfigLocales, type DocusaurusSettings } from "./js-config.js";
export { hugoLocales, type ConfigFormat } from "./hugo.js";
export { exportedValue, localesImport, type LocalesImport } from "./imports.js";
export { mkdocsLocales } from "./mkdocs.js";
export { siteLocales, type SiteLocales } from "./types.js";
