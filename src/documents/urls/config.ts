import { isRecord, parseData, type ConfigFormat } from "../locale/detect/hugo.js";
import { flatten } from "../locale/detect/js-config.js";
import { blockAfter, propertyValue, stringValue, withoutComments } from "../locale/detect/js-text.js";
import type { DocusaurusPlugin, HugoRules, JekyllCollection, JekyllDefault, JekyllRules, VitePressRules } from "./types.js";

// Generator configs read as data: YAML, TOML and JSON parsed (tags never resolved), JavaScript
// and TypeScript read as text with the same patterns as locale detection (never executed): only
// literals and constants holding literals are seen.

/** Docusaurus: the docs and blog instances of the classic preset and of `plugin-content-*` entries. */
export function docusaurusPlugins(text: string): { docs: DocusaurusPlugin[]; blog: DocusaurusPlugin[] } {
  const code = withoutComments(text);
  const docs = presetOptions(code, "docs", /\b(?:routeBasePath|sidebarPath|path|editUrl|include)\s*:/);
  const blog = presetOptions(code, "blog", /\b(?:routeBasePath|path|showReadingTime|blogTitle|feedOptions|editUrl|authorsMapPath|postsPerPage)\s*:/);
  return {
    docs: [...(docs === false ? [] : [plugin(docs, code, "docs")]), ...pluginEntries(code, "docs")],
    blog: [...(blog === false ? [] : [plugin(blog, code, "blog")]), ...pluginEntries(code, "blog")],
  };
}

/**
 * The preset's `docs: {…}` (or `blog: {…}`) options: the first such block holding a plugin
 * option (the theme config has `docs: { sidebar }` too), `false` for `docs: false`, `""` for none.
 */
function presetOptions(code: string, key: string, optionKey: RegExp): string | false {
  if (new RegExp(`\\b${key}\\s*:\\s*false\\b`).test(code)) return false;
  const opener = new RegExp(`\\b${key}\\s*:\\s*\\{`, "g");
  for (let match = opener.exec(code); match; match = opener.exec(code)) {
    const body = blockAfter(code.slice(match.index), new RegExp(`^${key}\\s*:\\s*\\{`)) ?? "";
    if (optionKey.test(flatten(body))) return body;
  }
  return "";
}

/** `['@docusaurus/plugin-content-docs', { id, path, routeBasePath }]` entries of `plugins`. */
function pluginEntries(code: string, kind: "docs" | "blog"): DocusaurusPlugin[] {
  const entry = new RegExp(`['"]@docusaurus/plugin-content-${kind}['"]\\s*,\\s*\\{`, "g");
  const found: DocusaurusPlugin[] = [];
  for (let match = entry.exec(code); match; match = entry.exec(code)) {
    found.push(plugin(blockAfter(code.slice(match.index), /^['"][^'"]+['"]\s*,\s*\{/) ?? "", code, kind));
  }
  return found;
}

function plugin(body: string, code: string, kind: "docs" | "blog"): DocusaurusPlugin {
  const top = flatten(body);
  const read = (name: string) => {
    const value = propertyValue(top, code, name);
    return value === undefined ? undefined : stringValue(code, value);
  };
  const path = trimSlashes(read("path") ?? kind);
  return { id: read("id") ?? "default", path, routeBasePath: trimSlashes(read("routeBasePath") ?? kind) };
}

/** Hugo: content folders, permalinks, language codes and path case, from a parsed site config. */
export function hugoRules(text: string, format: ConfigFormat): Omit<HugoRules, "generator" | "config" | "within" | "locales"> | undefined {
  const data = parseData(text, format);
  if (!data) return undefined;
  const languages = valueOf(data, "languages");
  const languageDirs = isRecord(languages)
    ? Object.values(languages).map((language) => (isRecord(language) ? valueOf(language, "contentDir") : undefined)).filter((dir): dir is string => typeof dir === "string")
    : [];
  const contentDir = valueOf(data, "contentDir");
  const permalinks = valueOf(data, "permalinks");
  return {
    contentDirs: [...new Set([...languageDirs, typeof contentDir === "string" ? contentDir : "content"].map(trimSlashes))],
    languages: isRecord(languages) ? Object.keys(languages) : [],
    permalinks: isRecord(permalinks) ? permalinks : {},
    keepCase: valueOf(data, "disablePathToLower") === true,
  };
}

/** Jekyll `_config.yml`: `permalink`, `collections` (map or list) and the `defaults` that set a permalink. */
export function jekyllRules(text: string): Omit<JekyllRules, "generator" | "config" | "within" | "locales"> | undefined {
  const data = parseData(text, "yaml");
  if (!data) return undefined;
  const collections: Record<string, JekyllCollection> = { posts: { output: true } };
  const declared = data.collections;
  const entries: [string, unknown][] = Array.isArray(declared) ? declared.map((name) => [String(name), {}]) : isRecord(declared) ? Object.entries(declared) : [];
  for (const [name, options] of entries) {
    if (name === "posts") continue;
    const settings = isRecord(options) ? options : {};
    collections[name] = { output: settings.output === true, ...(typeof settings.permalink === "string" ? { permalink: settings.permalink } : {}) };
  }
  return { permalink: typeof data.permalink === "string" ? data.permalink : "date", collections, defaults: jekyllDefaults(data.defaults) };
}

function jekyllDefaults(defaults: unknown): JekyllDefault[] {
  if (!Array.isArray(defaults)) return [];
  return defaults.flatMap((entry): JekyllDefault[] => {
    if (!isRecord(entry) || !isRecord(entry.values) || typeof entry.values.permalink !== "string") return [];
    const scope = isRecord(entry.scope) ? entry.scope : {};
    const path = typeof scope.path === "string" ? trimSlashes(scope.path) : "";
    return [{ path, ...(typeof scope.type === "string" ? { type: scope.type } : {}), permalink: entry.values.permalink }];
  });
}

/** MkDocs `docs_dir` (default `docs`), read from its top-level line: mkdocs.yml may hold Python tags. */
export function mkdocsDocsDir(text: string): string {
  const written = /^docs_dir\s*:\s*['"]?([^'"#\n]+?)['"]?\s*(?:#.*)?$/m.exec(text)?.[1];
  return trimSlashes(written ?? "docs");
}

/** VitePress: `srcDir` and the string pairs of an object `rewrites` (a function is not read). */
export function vitepressRules(text: string): Pick<VitePressRules, "srcDir" | "rewrites"> {
  const code = withoutComments(text);
  const srcDir = propertyValue(code, code, "srcDir");
  const rewrites = propertyValue(code, code, "rewrites");
  const body = rewrites?.startsWith("{") ? (blockAfter(rewrites, /^\{/) ?? "") : "";
  const pairs = [...flatten(body).matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*:\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3/g)].map((m): [string, string] => [m[2]!, m[4]!]);
  const dir = srcDir === undefined ? undefined : stringValue(code, srcDir);
  return { srcDir: trimSlashes((dir ?? "").replace(/^\.\//, "")), rewrites: pairs };
}

function valueOf(data: Record<string, unknown>, key: string): unknown {
  const found = Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : data[found];
}

function trimSlashes(path: string): string {
  return path.trim().replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "");
}
