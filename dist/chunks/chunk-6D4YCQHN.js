import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-22XZLT6N.js";
import {
  require_dist
} from "./chunk-R2HWPTEX.js";
import {
  __toESM
} from "./chunk-IAQ7UJBM.js";

// src/documents/locale/detect/types.ts
function siteLocales(locales, defaultLocale) {
  const names = [...new Set([defaultLocale, ...locales].filter((name) => !!name && name.trim() !== ""))];
  if (names.length === 0) return void 0;
  return defaultLocale ? { locales: names, defaultLocale } : { locales: names };
}

// src/documents/locale/detect/js-text.ts
var QUOTED = /^(['"`])((?:\\.|(?!\1)[^\\])*)\1$/;
var IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
var OPENERS = "{[(";
var CLOSERS = "}])";
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
}
function blockAfter(text, opener, open = "{", close = "}") {
  const match = opener.exec(text);
  if (!match) return void 0;
  const start = match.index + match[0].length;
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === "'" || char === '"' || char === "`") {
      index = endOfString(text, index);
      continue;
    }
    if (char === open) depth++;
    if (char === close && --depth === 0) return text.slice(start, index);
  }
  return void 0;
}
function endOfString(text, start) {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === quote) return index;
  }
  return text.length;
}
function topLevelParts(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  let index = 0;
  for (; index < text.length; index++) {
    const char = text[index];
    if (char === "'" || char === '"' || char === "`") index = endOfString(text, index);
    else if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && --depth < 0) break;
    else if (char === "," && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start, index));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
function propertyValue(scope, code, name) {
  const property = new RegExp(`(?:^|[^\\w$.])(['"]?)${name}\\1\\s*:\\s*`).exec(scope);
  if (property) return resolved(code, firstPart(scope.slice(property.index + property[0].length)));
  if (new RegExp(`(?:^|[{,])\\s*${name}\\s*(?:[,}]|$)`).test(scope)) return declaredValue(code, name);
  return void 0;
}
function declaredValue(code, name) {
  const declaration = new RegExp(`(?:^|[^\\w$.])(?:const|let|var)\\s+${name}\\s*=\\s*`).exec(code);
  if (!declaration) return void 0;
  const rest = code.slice(declaration.index + declaration[0].length);
  return rest.slice(0, statementEnd(rest)).trim();
}
var NEXT_STATEMENT = /^\s*(?:export|import|const|let|var|function|class|async|module\.exports)\b/;
function statementEnd(text) {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "'" || char === '"' || char === "`") index = endOfString(text, index);
    else if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && --depth < 0) return index;
    else if (depth === 0 && (char === ";" || char === "\n" && NEXT_STATEMENT.test(text.slice(index + 1)))) return index;
  }
  return text.length;
}
function stringValue(code, expression) {
  const text = resolved(code, expression.trim());
  return text === void 0 ? void 0 : QUOTED.exec(text)?.[2];
}
function longestStringList(code, expression) {
  let best = [];
  for (const list of arraysIn(expression)) {
    const items = topLevelParts(list).map((item) => stringValue(code, item)).filter((item) => item !== void 0);
    if (items.length > best.length) best = items;
  }
  return best;
}
function arraysIn(expression) {
  const arrays = [];
  for (let index = 0; index < expression.length; index++) {
    const char = expression[index];
    if (char === "'" || char === '"' || char === "`") index = endOfString(expression, index);
    else if (char === "[") {
      const body = blockAfter(expression.slice(index), /^\[/, "[", "]") ?? "";
      arrays.push(body);
      index += body.length + 1;
    }
  }
  return arrays;
}
function firstPart(text) {
  return topLevelParts(text)[0] ?? "";
}
function resolved(code, expression) {
  return IDENTIFIER.test(expression) ? declaredValue(code, expression) : expression;
}

// src/documents/locale/detect/js-config.ts
function docusaurusLocales(text) {
  const code = withoutComments(text);
  const i18n = blockAfter(code, /\bi18n\s*:\s*\{/) ?? code;
  const list = propertyValue(i18n, code, "locales");
  const locales = list === void 0 ? [] : longestStringList(code, list);
  return siteLocales(locales, defaultLocaleIn(i18n, code));
}
function objectConfigLocales(text) {
  const code = withoutComments(text);
  const value = propertyValue(code, code, "locales");
  if (value === void 0) return void 0;
  if (!value.startsWith("{")) return siteLocales(longestStringList(code, value), defaultLocaleIn(code, code));
  const body = blockAfter(value, /^\{/) ?? "";
  const keys = topLevelKeys(body);
  const rootLang = keys.includes("root") ? langOf(body, "root") ?? "" : void 0;
  const named = defaultLocaleIn(code, code);
  const defaultLocale = rootLang !== void 0 ? rootLang || void 0 : named;
  return siteLocales(keys.filter((key) => key !== "root"), defaultLocale);
}
function defaultLocaleIn(scope, code) {
  const value = propertyValue(scope, code, "defaultLocale");
  return value === void 0 ? void 0 : stringValue(code, value);
}
function topLevelKeys(body) {
  const flat = flatten(body);
  return [...flat.matchAll(/(?:^|[,{\s])(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$-]*))\s*:/g)].map((m) => m[2] ?? m[3]);
}
function flatten(body) {
  let depth = 0;
  let out = "";
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === "'" || char === '"' || char === "`") {
      const end = endOfString(body, index);
      if (depth === 0) out += body.slice(index, end + 1);
      index = end;
      continue;
    }
    if (char === "{" || char === "[") depth++;
    if (depth === 0) out += char;
    if ((char === "}" || char === "]") && depth > 0) depth--;
  }
  return out;
}
function langOf(body, key) {
  const entry = blockAfter(body, new RegExp(`(?:^|[,{\\s])['"]?${key}['"]?\\s*:\\s*\\{`));
  return entry === void 0 ? void 0 : /\blang['"]?\s*:\s*(['"`])([^'"`]+)\1/.exec(flatten(entry))?.[2];
}
function docusaurusSettings(text) {
  const code = withoutComments(text);
  const settings = {};
  const markdown = blockAfter(code, /\bmarkdown\s*:\s*\{/);
  const format = markdown === void 0 ? void 0 : propertyValue(markdown, code, "format");
  const formatText = format === void 0 ? void 0 : stringValue(code, format);
  if (formatText) settings.markdownFormat = formatText;
  const lastVersion = propertyValue(code, code, "lastVersion");
  const lastText = lastVersion === void 0 ? void 0 : stringValue(code, lastVersion);
  if (lastText) settings.lastVersion = lastText;
  return settings;
}

// src/documents/locale/detect/hugo.ts
var import_yaml = __toESM(require_dist(), 1);
function hugoLocales(text, format, languagesFile = false) {
  const data = parseData(text, format);
  if (!data) return void 0;
  const languages = languagesFile ? data : valueOf(data, "languages");
  const locales = isRecord(languages) ? Object.keys(languages) : [];
  const defaultLocale = valueOf(data, "defaultContentLanguage");
  return siteLocales(locales, typeof defaultLocale === "string" && !languagesFile ? defaultLocale : void 0);
}
function parseData(text, format) {
  try {
    const data = format === "toml" ? parse(text) : format === "json" ? JSON.parse(text) : (0, import_yaml.parse)(text, { logLevel: "silent", maxAliasCount: 50 });
    return isRecord(data) ? data : void 0;
  } catch {
    return void 0;
  }
}
function valueOf(data, key) {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === void 0 ? void 0 : data[found];
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  withoutComments,
  blockAfter,
  propertyValue,
  stringValue,
  siteLocales,
  docusaurusLocales,
  objectConfigLocales,
  flatten,
  docusaurusSettings,
  hugoLocales,
  parseData,
  isRecord
};
