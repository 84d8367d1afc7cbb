import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  docusaurusLocales,
  docusaurusSettings,
  hugoLocales,
  isRecord,
  objectConfigLocales,
  parseData,
  siteLocales,
  withoutComments
} from "./chunk-6D4YCQHN.js";
import "./chunk-22XZLT6N.js";
import "./chunk-R2HWPTEX.js";
import "./chunk-IAQ7UJBM.js";

// src/documents/locale/detect/imports.ts
function localesImport(text) {
  const code = withoutComments(text);
  const property = /(?:^|[^\w$.])(['"]?)locales\1\s*:\s*([A-Za-z_$][\w$]*)\s*[,}\n]/.exec(code);
  const name = property?.[2] ?? (/[{,]\s*locales\s*[,}]/.test(code) ? "locales" : void 0);
  if (name === void 0) return void 0;
  const defaultImport = new RegExp(`\\bimport\\s+${name}\\s*(?:,\\s*\\{[^}]*\\}\\s*)?from\\s*['"]([^'"]+)['"]`).exec(code);
  if (defaultImport) return { name, exported: "default", specifier: defaultImport[1] };
  for (const named of code.matchAll(/\bimport\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    for (const item of named[1].split(",")) {
      const [exported, local = exported] = item.trim().split(/\s+as\s+/).map((part) => part.trim());
      if (local === name && exported) return { name, exported, specifier: named[2] };
    }
  }
  return void 0;
}
function exportedValue(moduleText, exported, json) {
  if (json) return moduleText.trim();
  const code = withoutComments(moduleText);
  if (exported === "default") {
    const direct = /\bexport\s+default\s+(\{[\s\S]*)$/.exec(code)?.[1];
    if (direct) return direct;
    const named = /\bexport\s+default\s+([A-Za-z_$][\w$]*)/.exec(code)?.[1];
    return named === void 0 ? void 0 : declared(code, named);
  }
  return declared(code, exported);
}
function declared(code, name) {
  const match = new RegExp(`(?:^|[^\\w$.])(?:const|let|var)\\s+${name}\\s*(?::[^=]+)?=\\s*`).exec(code);
  return match ? code.slice(match.index + match[0].length) : void 0;
}

// src/documents/locale/detect/mkdocs.ts
function mkdocsLocales(text) {
  const data = parseData(text, "yaml");
  if (!data) return void 0;
  const plugin = i18nPlugin(data.plugins);
  if (plugin) return pluginLocales(plugin);
  const theme = isRecord(data.theme) ? data.theme : {};
  const language = [theme.language, theme.locale].find((value) => typeof value === "string");
  return typeof language === "string" ? siteLocales([], language) : void 0;
}
function i18nPlugin(plugins) {
  const entries = Array.isArray(plugins) ? plugins : isRecord(plugins) ? [plugins] : [];
  for (const entry of entries) {
    if (isRecord(entry) && isRecord(entry.i18n)) return entry.i18n;
  }
  return void 0;
}
function pluginLocales(plugin) {
  const languages = plugin.languages;
  let defaultLocale = typeof plugin.default_language === "string" ? plugin.default_language : void 0;
  const locales = [];
  if (Array.isArray(languages)) {
    for (const language of languages) {
      if (!isRecord(language) || typeof language.locale !== "string") continue;
      locales.push(language.locale);
      if (language.default === true) defaultLocale ??= language.locale;
    }
  } else if (isRecord(languages)) {
    locales.push(...Object.keys(languages));
  }
  return siteLocales(locales, defaultLocale);
}
export {
  docusaurusLocales,
  docusaurusSettings,
  exportedValue,
  hugoLocales,
  localesImport,
  mkdocsLocales,
  objectConfigLocales,
  siteLocales
};
