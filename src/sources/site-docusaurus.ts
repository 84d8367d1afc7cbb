import path from "node:path";
import { docusaurusSettings } from "../documents/locale/detect/js-config.js";
import type { SiteVersions } from "../documents/versions/index.js";
import { readSmallFile, subfolders } from "./config-files.js";

/** What kb-publish reads from a Docusaurus site besides its locales. */
export interface DocusaurusSite {
  /** `markdown.format` (`mdx`, Docusaurus's default, when the config does not say). */
  markdownFormat: string;
  /** Versioned docs, when `versions.json` lists any. */
  versions?: SiteVersions;
}

/**
 * Reads a Docusaurus site's config (as text, never executed), `versions.json` and its
 * `versioned_docs/` folders. `root` is the docs root of the run; folders are relative to it.
 */
export async function readDocusaurusSite(configFile: string, root: string): Promise<DocusaurusSite> {
  const dir = path.dirname(configFile);
  const settings = docusaurusSettings((await readSmallFile(configFile)) ?? "");
  const site: DocusaurusSite = { markdownFormat: settings.markdownFormat ?? "mdx" };
  const released = parseVersions(await readSmallFile(path.join(dir, "versions.json")));
  const relative = path.relative(path.resolve(root), dir).split(path.sep).join("/");
  if (released.length === 0 || relative.startsWith("..")) return site;
  const folders = (await subfolders(path.join(dir, "versioned_docs"))).filter((name) => name.startsWith("version-")).map((name) => name.slice("version-".length));
  const current = (await subfolders(dir)).includes("docs");
  site.versions = { site: relative ? `${relative}/` : "", released, folders, current, ...(settings.lastVersion ? { lastVersion: settings.lastVersion } : {}) };
  return site;
}

function parseVersions(text: string | undefined): string[] {
  try {
    const data: unknown = JSON.parse(text ?? "[]");
    return Array.isArray(data) ? data.filter((name): name is string => typeof name === "string" && name.trim() !== "") : [];
  } catch {
    return [];
  }
}
