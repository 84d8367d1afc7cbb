import path from "node:path";
import { exists, MAX_CONFIG_LEVELS, readSmallFile } from "./config-files.js";
import type { ConfigFormat } from "../documents/locale/detect/hugo.js";
import { docusaurusPlugins, hugoRules, jekyllRules, mkdocsDocsDir, vitepressRules } from "../documents/urls/config.js";
import type { SiteUrlRules, UrlRulesBase } from "../documents/urls/types.js";

type Base = Omit<UrlRulesBase, "config">;

/** Reads one kind of config into rules; undefined when the file is not that generator's after all. */
type Reader = (text: string, base: Base) => SiteUrlRules | undefined;

const JS = ["js", "ts", "mjs", "cjs", "mts"];

// Tried in order in each folder, from the docs root up; the first config found decides.
const CONFIGS: [string, Reader][] = [
  ...JS.map((ext): [string, Reader] => [`docusaurus.config.${ext}`, (text, base) => ({ generator: "docusaurus", config: "", ...base, ...docusaurusPlugins(text) })]),
  ...["js", "ts", "mjs", "mts"].flatMap((ext) => [`.vitepress/config.${ext}`, `.vitepress/config/index.${ext}`]).map((name): [string, Reader] => [
    name, (text, base) => ({ generator: "vitepress", config: "", ...base, ...vitepressRules(text) }),
  ]),
  ...["mjs", "js", "ts", "mts", "cjs"].map((ext): [string, Reader] => [
    `astro.config.${ext}`, (text, base) => (/\bstarlight\s*\(/.test(text) ? { generator: "starlight", config: "", ...base, docsDir: "src/content/docs" } : undefined),
  ]),
  ["mkdocs.yml", (text, base) => ({ generator: "mkdocs", config: "", ...base, docsDir: mkdocsDocsDir(text) })],
  ["mkdocs.yaml", (text, base) => ({ generator: "mkdocs", config: "", ...base, docsDir: mkdocsDocsDir(text) })],
  ...["hugo", "config/_default/hugo", "config/_default/config", "config"].flatMap((stem) =>
    (["toml", "yaml", "yml", "json"] as const).map((ext): [string, Reader] => [`${stem}.${ext}`, hugoReader(ext === "yml" ? "yaml" : ext, stem === "config")]),
  ),
  ["_config.yml", jekyllReader],
  ["_config.yaml", jekyllReader],
];

function hugoReader(format: ConfigFormat, ambiguous: boolean): Reader {
  return (text, base) => {
    // `config.toml` belongs to many tools: Hugo's names `baseURL` or has a content folder setting.
    if (ambiguous && !/\b(?:baseURL|contentDir|defaultContentLanguage|permalinks|theme)\b/i.test(text)) return undefined;
    const rules = hugoRules(text, format);
    return rules && { generator: "hugo", config: "", ...base, ...rules };
  };
}

function jekyllReader(text: string, base: Base): SiteUrlRules | undefined {
  const rules = jekyllRules(text);
  return rules && { generator: "jekyll", config: "", ...base, ...rules };
}


/**
 * The URL rules of the generator that builds the docs under `root`: the first generator config
 * found in `root` or a parent folder (up to the repository root, the folder holding `.git`).
 * `locales` are the site's locales when languages are in play (their URL segment is taken off
 * ids). Undefined when no generator config is found: ids then come from paths. Configs are read
 * as data, never executed.
 */
export async function detectUrlRules(root: string, locales: readonly string[] = []): Promise<SiteUrlRules | undefined> {
  const start = path.resolve(root);
  let dir = start;
  for (let level = 0; level < MAX_CONFIG_LEVELS; level++) {
    const within = path.relative(dir, start).split(path.sep).filter(Boolean).map((s) => `${s}/`).join("");
    for (const [name, read] of CONFIGS) {
      const text = await readSmallFile(path.join(dir, name));
      const rules = text === undefined ? undefined : read(text, { within, locales });
      if (rules) return { ...rules, config: path.relative(start, path.join(dir, name)).split(path.sep).join("/") };
    }
    const parent = path.dirname(dir);
    if (parent === dir || (await exists(path.join(dir, ".git")))) return undefined;
    dir = parent;
  }
  return undefined;
}
