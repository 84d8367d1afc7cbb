import { createRequire as __kbCreateRequire } from 'node:module';
const require = __kbCreateRequire(import.meta.url);
import {
  sha256Bytes
} from "./chunk-WAZHSMMG.js";
import {
  INDEX_NAMES,
  pageSegments
} from "./chunk-ZEPJQXB2.js";

// src/sources/read.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { join } from "node:path";

// src/sources/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(root, target) {
  const rel = relative(root, target);
  return rel === "" || !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

// src/sources/utf8.ts
function decodeUtf8(bytes) {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidOffset(bytes);
    return { ok: false, offset, line: lineOfOffset(bytes, offset) };
  }
}
function prefixThrows(bytes, length) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return false;
  } catch {
    return true;
  }
}
function firstInvalidOffset(bytes) {
  if (!prefixThrows(bytes, bytes.length)) return Math.max(0, bytes.length - 1);
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (prefixThrows(bytes, middle)) high = middle;
    else low = middle;
  }
  return high - 1;
}
function lineOfOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

// src/sources/read.ts
var OUTSIDE_ROOT_MESSAGE = "symlink points outside the repository";
var TOO_LARGE_MESSAGE = "file is too large";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var scratch = Buffer.allocUnsafe(1 << 20);
function readSourceBytes(location) {
  const { path } = location;
  const fail = (message, line) => ({
    ok: false,
    diagnostic: line === void 0 ? { severity: "error", file: path, message } : { severity: "error", file: path, line, message }
  });
  let fd;
  try {
    fd = openSync(location.realPath ?? join(location.realRoot, path), OPEN_FLAGS);
  } catch (cause) {
    return fail(openFailure(cause));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fail("file could not be read: not a regular file; expected a file");
    const tooLarge = (size) => fail(`${TOO_LARGE_MESSAGE}: ${size} bytes; expected at most ${location.maxBytes} bytes (max file size); not read`);
    if (stats.size > location.maxBytes) return tooLarge(stats.size);
    const length = readAll(fd, stats.size, location.maxBytes);
    if (length > location.maxBytes) return tooLarge(length);
    const bytes = scratch.subarray(0, length);
    return { ok: true, bytes, sha256: sha256Bytes(bytes) };
  } catch (cause) {
    return fail(`file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  } finally {
    closeSync(fd);
  }
}
function readSourceText(location) {
  const read = readSourceBytes(location);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    const message = `file is not valid UTF-8: invalid byte at offset ${decoded.offset}; expected UTF-8 text`;
    return { ok: false, diagnostic: { severity: "error", file: location.path, line: decoded.line, message } };
  }
  return { ok: true, text: decoded.text, sha256: read.sha256 };
}
function openFailure(cause) {
  const code = cause.code;
  if (code === "ENOENT") return "file could not be read: it does not exist (or is a broken symlink)";
  if (code === "EISDIR") return "file could not be read: not a regular file; expected a file";
  if (code === "ELOOP") return "file could not be read: it became a symlink after it was listed; not followed";
  return `file could not be read: ${cause instanceof Error ? cause.message : String(cause)}`;
}
function readAll(fd, size, maxBytes) {
  if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
  let total = 0;
  for (; ; ) {
    const n = readSync(fd, scratch, total, scratch.length - total, null);
    if (n === 0 || total + n > maxBytes) return total + n;
    total += n;
    if (total === scratch.length) grow();
  }
}
function grow() {
  const bigger = Buffer.allocUnsafe(scratch.length * 2);
  scratch.copy(bigger);
  scratch = bigger;
}

// src/documents/locale/tags.ts
function canonicalLocale(code) {
  const written = code.trim().replaceAll("_", "-");
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(written)) return void 0;
  try {
    return Intl.getCanonicalLocales(written)[0];
  } catch {
    return void 0;
  }
}
function localeKey(code) {
  return (canonicalLocale(code) ?? code.trim()).toLowerCase();
}
function matchLocale(name, locales, options = {}) {
  const key = localeKey(name);
  const found = locales.find((locale) => localeKey(locale) === key) ?? (options.loose ? looseMatch(key, locales) : void 0);
  return found === void 0 ? void 0 : canonicalLocale(found) ?? found;
}
function looseMatch(key, locales) {
  const related = locales.filter((locale) => {
    const other = localeKey(locale);
    return key.startsWith(`${other}-`) || other.startsWith(`${key}-`);
  });
  return related.length === 1 ? related[0] : void 0;
}

// src/documents/textless.ts
var NO_TEXT_MESSAGE = "page has no text; its published copy is kept";
var TEMPLATE_KEYS = ["layout", "template", "redirect", "redirect_to", "redirectTo"];
function textlessOutcome(path, rawBody, data) {
  if (/(^|\/)_index(\.[^./]+)?\.[^./]+$/.test(path)) {
    return textless("section page (_index) with no text of its own: a listing, not a page");
  }
  if (rawBody.trim() !== "") return textless("page has no text once frontmatter, shortcodes and components are removed");
  const key = TEMPLATE_KEYS.find((name) => data[name] !== void 0 && data[name] !== null && data[name] !== "");
  if (key) return textless(`page has no text and its frontmatter names a ${key}: built from a template, not a page`);
  const message = `${NO_TEXT_MESSAGE} (the file is empty or holds only frontmatter); expected page text \u2014 to unpublish a page, delete its file or set draft: true`;
  return { kind: "error", diagnostic: { severity: "error", file: path, message } };
}
function textless(reason) {
  return { kind: "excluded", reason, textless: true };
}

// src/documents/order.ts
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/documents/tags.ts
function normalizeTags(value) {
  if (value === void 0 || value === null) return { tags: [], ignored: [] };
  const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [value];
  const tags = /* @__PURE__ */ new Set();
  const ignored = [];
  for (const item of items) {
    if (item === null || item === void 0) continue;
    if (typeof item === "object") {
      ignored.push(item);
      continue;
    }
    const tag = String(item).trim();
    if (tag) tags.add(tag);
  }
  return { tags: [...tags].sort(compareCodeUnits), ignored };
}

// src/documents/links.ts
import { posix } from "node:path";
var FOLDER_NAMES = /* @__PURE__ */ new Set([...INDEX_NAMES, "README", "readme", "Readme"]);
var MARKDOWN_FILE = /\.(?:md|mdx|markdown)$/i;
var ABSOLUTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;
function pageUrlPath(sourcePath) {
  const segments = pageSegments(sourcePath);
  if (segments.length > 0 && FOLDER_NAMES.has(segments.at(-1))) segments.pop();
  return segments.map((segment) => `${segment}/`).join("");
}
function folderUrlPath(sourcePath) {
  return pageUrlPath(`${posix.dirname(sourcePath.replaceAll("\\", "/"))}/index`);
}
function siteBase(baseUrl) {
  if (!baseUrl || !URL.canParse(baseUrl)) return void 0;
  const url = new URL(baseUrl);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url;
}
function sourceUrlOf(options) {
  const { declared } = options;
  const usable = declared && !/(?:^|\/):[a-z]/i.test(declared.value) ? declared : void 0;
  if (usable && ABSOLUTE.test(usable.value)) return URL.canParse(usable.value) ? new URL(usable.value).href : void 0;
  const base = siteBase(options.baseUrl);
  if (!base) return void 0;
  if (!usable) return new URL(pageUrlPath(options.sourcePath), base).href;
  const fromRoot = usable.value.startsWith("/") || usable.key !== "slug";
  const relativeTo = fromRoot ? base : new URL(folderUrlPath(options.sourcePath), base);
  return new URL(usable.value.replace(/^\/+/, ""), relativeTo).href;
}
function linkResolver(options) {
  const base = siteBase(options.baseUrl);
  if (!base) return (destination) => destination;
  const folder = new URL(folderUrlPath(options.sourcePath), base);
  const sourceFolder = posix.dirname(options.sourcePath.replaceAll("\\", "/"));
  return (destination) => {
    if (destination === "" || destination.startsWith("#") || ABSOLUTE.test(destination) || /[{}]/.test(destination)) return destination;
    const split = /^([^?#]*)(.*)$/s.exec(destination);
    const path = safeDecode(split[1]);
    const suffix = split[2];
    if (MARKDOWN_FILE.test(path)) {
      const file = path.startsWith("/") ? path.slice(1) : posix.join(sourceFolder, path);
      const normalized = posix.normalize(file);
      if (!normalized.startsWith("../")) return new URL(pageUrlPath(normalized) + suffix, base).href;
    }
    return URL.canParse(destination, folder) ? new URL(destination, folder).href : destination;
  };
}
function safeDecode(path) {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

// src/documents/versions/plan.ts
var CURRENT = "current";
function selectVersions(site, setting) {
  const notes = [];
  const available = [...site.current ? [CURRENT] : [], ...site.released.filter((name) => site.folders.includes(name))];
  const wanted = wantedVersions(site, setting);
  const published = wanted.filter((name) => available.includes(name));
  for (const name of wanted.filter((name2) => !available.includes(name2))) {
    notes.push(`version "${name}" has no folder under the docs root (expected ${name === CURRENT ? `${site.site}docs/` : `${site.site}versioned_docs/version-${name}/`}); not published`);
  }
  if (published.length === 0 && site.current) published.push(CURRENT);
  const skipped = [.../* @__PURE__ */ new Set([...site.folders, ...site.current ? [CURRENT] : []])].filter((name) => !published.includes(name));
  const plan = { site: site.site, published, prefixed: setting.includes("all") || published.length > 1 };
  return { plan, exclude: skipped.flatMap((name) => foldersOf(site.site, name)), notes };
}
function wantedVersions(site, setting) {
  if (setting.includes("all")) return [CURRENT, ...site.released];
  return setting.map((name) => {
    if (name !== "latest") return name;
    const latest = site.lastVersion ?? site.released[0];
    return latest !== void 0 && site.folders.includes(latest) ? latest : CURRENT;
  });
}
function foldersOf(site, version) {
  if (version === CURRENT) return [`${site}docs/**`, `${site}i18n/*/docusaurus-plugin-content-docs/current/**`];
  return [`${site}versioned_docs/version-${version}/**`, `${site}i18n/*/docusaurus-plugin-content-docs/version-${version}/**`];
}

// src/documents/versions/paths.ts
var VERSIONED = /^versioned_docs\/version-([^/]+)\/(.+)$/;
var TRANSLATED = /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/(current|version-[^/]+)\//;
function versionOf(sourcePath, plan) {
  const rest = withinSite(sourcePath, plan);
  if (rest === void 0) return void 0;
  if (rest.startsWith("docs/")) return CURRENT;
  const versioned = VERSIONED.exec(rest);
  if (versioned) return versioned[1];
  const translated = TRANSLATED.exec(rest)?.[1];
  return translated === void 0 ? void 0 : translated === CURRENT ? CURRENT : translated.slice("version-".length);
}
function versionedPath(sourcePath, plan) {
  if (!plan) return sourcePath;
  const rest = withinSite(sourcePath, plan);
  const versioned = rest === void 0 ? null : VERSIONED.exec(rest);
  return versioned ? `${plan.site}docs/${versioned[2]}` : sourcePath;
}
function versionPrefix(sourcePath, plan) {
  if (!plan?.prefixed) return "";
  const version = versionOf(sourcePath, plan);
  return version === void 0 ? "" : `${version}/`;
}
function withinSite(sourcePath, plan) {
  return sourcePath.startsWith(plan.site) ? sourcePath.slice(plan.site.length) : void 0;
}

// src/documents/html/built-by.ts
var GENERATORS = /* @__PURE__ */ new WeakMap();
function builtBy(document) {
  return GENERATORS.get(document);
}
function recordBuiltBy(document, generator) {
  GENERATORS.set(document, generator);
}

export {
  canonicalLocale,
  localeKey,
  matchLocale,
  isInside,
  decodeUtf8,
  OUTSIDE_ROOT_MESSAGE,
  TOO_LARGE_MESSAGE,
  readSourceBytes,
  readSourceText,
  NO_TEXT_MESSAGE,
  textlessOutcome,
  compareCodeUnits,
  normalizeTags,
  sourceUrlOf,
  linkResolver,
  selectVersions,
  versionOf,
  versionedPath,
  versionPrefix,
  builtBy,
  recordBuiltBy
};
