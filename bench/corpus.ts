/**
 * `npm run corpus -- <docs folder> [more folders] [--include GLOBS] [--examples N] [--json FILE]`:
 * the corpus harness. Publishes each folder as a new user would (no flags beyond the folder) into
 * a temporary local store, re-plans to check the run is a no-op the second time, and scores every
 * published page against its source: residue by kind outside code, code blocks kept, headings
 * kept, pages shrunk by half or more, titles taken from file names, languages and translation
 * orphans. Prints one Markdown table row per folder and, with `--examples`, what to look at.
 * Folders are run one at a time. Nothing here reaches the network.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { resolveSettings } from "../src/config/resolve.js";
import type { Document } from "../src/documents/document.js";
import { parseFrontmatter } from "../src/documents/frontmatter.js";
import { normalizeText } from "../src/documents/normalize.js";
import { silentLogger } from "../src/log.js";
import { discoverFiles } from "../src/sources/discover.js";
import { isBlocked } from "../src/plan/types.js";
import { planRun, sync } from "../src/sync.js";
import { renderExamples, renderRow, SITE_HEADER, type SiteScore } from "./corpus-report.js";
import { scorePage } from "./corpus-score.js";

// Every page stays in memory: the harness scores each document's text from the plan.
const deps = { log: silentLogger, userAgent: "kb-publish-corpus", spool: { budget: Number.POSITIVE_INFINITY } };

async function scoreSite(folder: string, include: string[] | undefined): Promise<SiteScore> {
  const work = await mkdtemp(path.join(os.tmpdir(), "kbp-corpus-"));
  try {
    const raw = { path: path.resolve(folder), store: path.join(work, "store"), command: "sync", ...(include ? { include } : {}) };
    const settings = await resolveSettings({ raw, env: {}, cwd: work, runner: "cli" });
    const started = performance.now();
    const { plan } = await sync(settings, deps);
    const ms = performance.now() - started;
    const replan = (await planRun({ ...settings, command: "plan" }, deps)).plan.summary;
    const documents = plan.operations.flatMap((op) => ((op.kind === "create" || op.kind === "update") && !op.spooled ? [op.doc] : []));
    const site: SiteScore = {
      name: path.basename(path.resolve(folder)),
      documents: documents.length,
      files: (await discoverFiles(settings)).length,
      blocked: isBlocked(plan),
      errors: [...plan.errors, ...plan.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}: ${d.message}`)],
      warnings: plan.diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.file}: ${d.message}`),
      noop: replan.create + replan.update + replan.delete === 0,
      ms,
      pages: [],
      langs: countBy(documents, (doc) => doc.lang ?? "-"),
    };
    for (const doc of documents) site.pages.push({ doc, ...(await scoreDocument(settings.root, doc)) });
    return site;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function scoreDocument(root: string, doc: Document) {
  const text = normalizeText(await readFile(path.join(root, doc.sourcePath), "utf8"));
  const front = parseFrontmatter(text);
  const body = front.ok ? front.body : text;
  return scorePage(body, doc.content);
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const valued = new Set(["--include", "--examples", "--json"]);
  const folders = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith("--") && !valued.has(all[index - 1] ?? ""));
  if (folders.length === 0) {
    console.error("Missing folder: got no docs folder; expected `npm run corpus -- <docs folder> [--include GLOBS] [--examples N] [--json FILE]` (bench/corpus.ts)");
    process.exit(2);
  }
  const include = flag("--include")?.split(",").map((glob) => glob.trim());
  const examples = Number(flag("--examples") ?? 0);
  const rows: string[] = [];
  const json: unknown[] = [];
  for (const folder of folders) {
    const site = await scoreSite(folder, include);
    rows.push(renderRow(site));
    if (examples > 0) console.log(renderExamples(site, examples));
    json.push({ name: site.name, row: renderRow(site) });
  }
  console.log(`\n${SITE_HEADER}\n${rows.join("\n")}`);
  const out = flag("--json");
  if (out) await writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
}

await main();
