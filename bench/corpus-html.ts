/**
 * `node --import tsx bench/corpus-html.ts <name>=<markdown root>:<built root> … [--show N] [--json FILE]`:
 * the built-HTML corpus harness. Reads each real site twice the way a run does (`readDocuments`,
 * generator config detected): from its Markdown sources and from the HTML its generator built,
 * then scores what a user would check — ids equal on both sides, titles equal, code blocks
 * identical, no chrome residue, no fallback page published as a translation — and the HTML
 * throughput. A missing Markdown root (`name=:<built root>`) scores the HTML side alone. The sites
 * themselves are not in the repository (fetched or built under /work/corpus).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Code, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES } from "../src/config/settings.js";
import type { Document } from "../src/documents/document.js";
import { readDocuments } from "../src/sources/prepare.js";
import type { LoadResult } from "../src/sources/load.js";

interface Site {
  name: string;
  markdown?: string;
  built: string;
}

/** Text that only a site's chrome shows (edit links, pagers, feedback, copy buttons, empty anchors). */
const CHROME = [
  /(?<!!)\[\]\([^)]*\)/, /\bEdit (?:this )?page\b/i, /\bLast (?:updated|modified)\b/i, /^\s*(?:Previous|Next)(?: page)?\s*$/im,
  /\bWas this page helpful\b/i, /^\s*Copy(?: code)?\s*$/im, /\bOn this page\b/i, /« Previous|Next »/,
];

async function main(): Promise<void> {
  const sites = process.argv.slice(2).filter((arg) => arg.includes("=")).map(parseSite);
  const show = Number(flag("--show") ?? 5);
  const report: Record<string, unknown>[] = [];
  for (const site of sites) report.push(await scoreSite(site, show));
  console.log(`\n| Site | HTML MB | MB/s | Docs | Excluded | Warnings | Ids matched | Titles equal | Code blocks equal | Blank-doubled code | Chrome | Fallback translations |`);
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|`);
  for (const row of report) console.log(`| ${Object.values(row.table as Record<string, unknown>).join(" | ")} |`);
  const out = flag("--json");
  if (out) await import("node:fs/promises").then((fs) => fs.writeFile(out, JSON.stringify(report, null, 2)));
}

function parseSite(arg: string): Site {
  const [name, roots] = arg.split("=") as [string, string];
  const [markdown, built] = roots.split(":") as [string, string];
  return markdown ? { name, markdown, built } : { name, built };
}

async function read(root: string, include: string[]): Promise<{ result: LoadResult; ms: number }> {
  const started = performance.now();
  const result = await readDocuments(
    { root, include, exclude: ["**/node_modules/**", "_site/**", "build/**"], idPrefix: "", idKey: "id", maxFileBytes: DEFAULT_MAX_FILE_BYTES, locales: [], defaultLocale: "en" },
    { nativeTranslations: false },
  );
  return { result, ms: performance.now() - started };
}

async function scoreSite(site: Site, show: number): Promise<Record<string, unknown>> {
  const html = await read(site.built, ["**/*.{html,htm}"]);
  const bytes = await htmlBytes(site.built, html.result);
  const markdown = site.markdown ? (await read(site.markdown, DEFAULT_INCLUDE)).result : undefined;
  const docs = html.result.documents;
  const byId = new Map((markdown?.documents ?? []).map((d) => [d.externalId, d]));
  const pairs = docs.filter((d) => byId.has(d.externalId)).map((d) => [d, byId.get(d.externalId)!] as const);
  const titles = pairs.filter(([h, m]) => h.title === m.title);
  const code = pairs.map(([h, m]) => compareCode(h, m));
  const chrome = docs.filter((d) => CHROME.some((pattern) => pattern.test(d.content)));
  const fallbacks = fallbackTranslations(docs);
  const doubled = docs.filter((d) => codeBlocks(d.content).some(isBlankDoubled));
  console.log(`\n## ${site.name}`);
  list("HTML only (no Markdown page with that id)", markdown ? docs.filter((d) => !byId.has(d.externalId)).map((d) => `${d.externalId} ← ${d.sourcePath}`) : [], show);
  const htmlIds = new Set(docs.map((d) => d.externalId));
  list("Markdown only", (markdown?.documents ?? []).filter((d) => !htmlIds.has(d.externalId)).map((d) => `${d.externalId} ← ${d.sourcePath}`), show);
  list("titles differ", pairs.filter(([h, m]) => h.title !== m.title).map(([h, m]) => `${h.externalId}: html "${h.title}" md "${m.title}"`), show);
  list("code differs", code.filter((c) => c.equal < c.total).map((c) => c.sample), show);
  list("chrome residue", chrome.map((d) => `${d.externalId}: ${CHROME.find((p) => p.test(d.content))!.exec(d.content)![0]}`), show);
  list("fallback pages published as translations", fallbacks, show);
  list("blank lines doubled in code", doubled.map((d) => d.externalId), show);
  list("excluded", summarize(html.result.excluded.map((e) => e.reason)), 50);
  list("diagnostics", summarize(html.result.diagnostics.map((d) => `${d.severity}: ${d.message.slice(0, 120)}`)), 20);
  const totalCode = code.reduce((n, c) => n + c.total, 0);
  const equalCode = code.reduce((n, c) => n + c.equal, 0);
  const MB = bytes / 1e6;
  return {
    site: site.name,
    table: {
      site: site.name, mb: MB.toFixed(1), mbps: (MB / (html.ms / 1000)).toFixed(1), docs: docs.length, excluded: html.result.excluded.length,
      warnings: html.result.diagnostics.length, ids: markdown ? `${pairs.length}/${docs.length}` : "—", titles: markdown ? `${titles.length}/${pairs.length}` : "—",
      code: markdown ? `${equalCode}/${totalCode}` : "—", doubled: doubled.length, chrome: chrome.length, fallbacks: fallbacks.length,
    },
  };
}

async function htmlBytes(root: string, result: LoadResult): Promise<number> {
  const files = [...result.documents.map((d) => d.sourcePath), ...result.excluded.map((e) => e.file)];
  const sizes = await Promise.all([...new Set(files)].map((file) => readFile(path.join(root, file)).then((b) => b.length)));
  return sizes.reduce((a, b) => a + b, 0);
}

function codeBlocks(markdown: string): string[] {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const blocks: string[] = [];
  visit(tree, "code", (node: Code) => void blocks.push(node.value));
  return blocks;
}

/** Every other line blank across the whole block: the signature of a line structure read twice. */
function isBlankDoubled(code: string): boolean {
  const lines = code.split("\n");
  return lines.length >= 5 && lines.every((line, i) => (i % 2 === 1) === (line === ""));
}

function compareCode(html: Document, markdown: Document): { total: number; equal: number; sample: string } {
  const built = codeBlocks(html.content);
  const source = new Set(codeBlocks(markdown.content).map((c) => c.trimEnd()));
  const missing = built.filter((c) => !source.has(c.trimEnd()));
  return { total: built.length, equal: built.length - missing.length, sample: `${html.externalId}: ${JSON.stringify(missing[0]?.slice(0, 100))}` };
}

/** Non-default-language documents whose text is that of the default-language page with the same base id. */
function fallbackTranslations(docs: readonly Document[]): string[] {
  const text = (d: Document) => d.content.replace(/\]\([^)]*\)/g, "]").replace(/\s+/g, " ");
  const defaults = new Map(docs.filter((d) => !/^[a-z]{2}(?:-[a-z]+)?\//i.test(d.externalId) || d.lang === "en").map((d) => [d.externalId, text(d)]));
  return docs.filter((d) => {
    const base = d.externalId.replace(/^[^/]+\//, "");
    return d.lang !== "en" && base !== d.externalId && defaults.get(base) === text(d);
  }).map((d) => `${d.externalId} (${d.lang})`);
}

function summarize(items: string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([item, n]) => `${n} × ${item}`);
}

function list(title: string, items: string[], show: number): void {
  if (items.length === 0) return;
  console.log(`- ${title}: ${items.length}`);
  for (const item of items.slice(0, show)) console.log(`    ${item}`);
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

await main();
