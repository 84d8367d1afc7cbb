import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { editPages, renderMarkdown } from "./generate.js";

/** A generated benchmark site. */
export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
  /** Body bytes per page. */
  sizes: number[];
}

/** Largest page body: with pages from 1 KB, 10,000 pages come to about 110 MiB, like the site. */
export const MAX_PAGE_BYTES = 80_000;

/** Generates `count` pages into `dir` in a child process, so the page text never counts toward a measured process. */
export function generateCorpus(dir: string, count: number, seed = 1): Corpus {
  const script = path.join(import.meta.dirname, "generate-cli.ts");
  const args = ["--import", "tsx", script, dir, String(count), String(seed), String(MAX_PAGE_BYTES)];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`generating the benchmark site failed (exit ${run.status}): ${run.stderr}`);
  return { dir, ...(JSON.parse(run.stdout) as Omit<Corpus, "dir">) };
}

export function describeCorpus(corpus: Corpus): string {
  const sorted = [...corpus.sizes].sort((a, b) => a - b);
  const at = (q: number) => `${(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! / 1024).toFixed(1)} KiB`;
  return `${corpus.files.length} pages, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MiB; page body median ${at(0.5)}, p90 ${at(0.9)}, max ${at(1)}`;
}

/** What a 1% change did, so it can be undone. */
export interface Change {
  edited: Map<string, string>;
  removed: Map<string, string>;
  added: string[];
}

/** 1% of the pages change: 0.8% edited, 0.1% added, 0.1% removed (at least one each). */
export async function changeOnePercent(corpus: Corpus, seed: number): Promise<Change> {
  const share = (fraction: number) => Math.max(1, Math.round(corpus.files.length * fraction));
  const removable = corpus.files.slice(0, share(0.001));
  const rest = corpus.files.slice(removable.length);
  const change: Change = { edited: new Map(), removed: new Map(), added: [] };
  const step = Math.max(1, Math.floor(rest.length / share(0.008)));
  for (const file of rest.filter((_, i) => i % step === 0).slice(0, share(0.008))) {
    change.edited.set(file, await readFile(path.join(corpus.dir, file), "utf8"));
  }
  await editPages(corpus.dir, [...change.edited.keys()], 1, seed);
  for (const file of removable) {
    change.removed.set(file, await readFile(path.join(corpus.dir, file), "utf8"));
    await unlink(path.join(corpus.dir, file));
  }
  await mkdir(path.join(corpus.dir, "added"), { recursive: true });
  for (let i = 0; i < share(0.001); i++) {
    const file = `added/page-${seed}-${i}.md`;
    const body = `# Added page ${i}\n\nA page added between runs.\n`;
    await writeFile(path.join(corpus.dir, file), renderMarkdown({ file, title: `Added page ${i}`, description: "New", tags: ["new"], body }));
    change.added.push(file);
  }
  return change;
}

/** Puts the site back as it was before `change`. */
export async function undoChange(corpus: Corpus, change: Change): Promise<void> {
  for (const [file, text] of [...change.edited, ...change.removed]) await writeFile(path.join(corpus.dir, file), text);
  for (const file of change.added) await rm(path.join(corpus.dir, file), { force: true });
}

/** Pages the change touched: what a sync after it must write (created + updated + deleted). */
export function changedCount(change: Change): number {
  return change.edited.size + change.removed.size + change.added.length;
}
