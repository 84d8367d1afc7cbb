// Writes the third-party notice file that ships beside the bundles: every npm package esbuild
// put into dist/, with its version, licence and full licence text, read from node_modules.
// The bundles drop legal comments (they would repeat per file); this file is where they live.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** Package folders (`node_modules/a`, `node_modules/@s/b`, nested ones too) of every input esbuild used. */
export function bundledPackageDirs(metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) dirs.add(match[1]);
    }
  }
  return [...dirs];
}

async function packageNotice(dir) {
  const pkg = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
  const files = (await readdir(dir)).filter((name) => LICENSE_FILE.test(name)).sort();
  const texts = await Promise.all(files.map((name) => readFile(path.join(dir, name), "utf8")));
  const licence = typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "UNKNOWN");
  const body = texts.length > 0 ? texts.map((t) => t.trim()).join("\n\n") : `${licence} (no licence file in the package)`;
  return { name: pkg.name, version: pkg.version, licence, body };
}

/** The notice text for the bundles' packages, sorted by name so the file is deterministic. */
export async function noticeText(metafiles) {
  const notices = await Promise.all(bundledPackageDirs(metafiles).map(packageNotice));
  const unique = new Map(notices.map((n) => [`${n.name}@${n.version}`, n]));
  const sorted = [...unique.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const header =
    "kb-publish bundles the following third-party packages into dist/index.js and dist/cli.js.\n" +
    "Their licences and notices follow.\n";
  const sections = sorted.map((n) => `${"-".repeat(78)}\n${n.name}@${n.version} (${n.licence})\n\n${n.body}\n`);
  return `${header}\n${sections.join("\n")}`;
}
