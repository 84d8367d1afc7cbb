/**
 * `node --import tsx bench/inputs-case.ts <json>`: reads one generated site the way a run does
 * (`readDocuments`) and prints its figures as JSON. bench/inputs.ts runs each case in its own
 * process, so peak RSS is that case's alone. `<json>` is {@link CaseRequest}.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MAX_FILE_BYTES } from "../src/config/settings.js";
import { cleanContent } from "../src/documents/html/clean.js";
import { locateMainContent } from "../src/documents/html/content.js";
import { htmlOf, markdownOf, stripPresentation } from "../src/documents/html/convert.js";
import { readHead } from "../src/documents/html/head.js";
import { parseTop } from "../src/documents/html/locate.js";
import { normalizeText } from "../src/documents/normalize.js";
import { readDocuments } from "../src/sources/prepare.js";
import { rssSampler } from "./measure.js";

/** What the parent asks for. */
export interface CaseRequest {
  root: string;
  include: string[];
  /** Built HTML: also time the stages over this many pages. Default 0 (no split). */
  splitSample?: number;
  /** Built HTML: keep `Document.html`, as for a target that sends HTML (LoadOptions.html). Default false. */
  html?: boolean;
}

/** What one case measured. */
export interface CaseFigures {
  documents: number;
  excluded: number;
  errors: number;
  warnings: number;
  /** Documents whose content still shows import lines, JSX components, shortcodes or `:::` fences. */
  residue: number;
  ms: number;
  /** CPU time (user + system, all threads), steadier than wall time on a shared machine. */
  cpuMs: number;
  peakRssMiB: number;
  /** Share of derivation time per stage, in percent, over a sample of pages (built HTML only). */
  split?: Record<string, number>;
}

const RESIDUE = /^import |^export |<\/?(?:Tabs|TabItem|Callout|details|summary)\b|\{\{[<%]|^:::|\{props\.|\{frontMatter\./m;

async function main(request: CaseRequest): Promise<CaseFigures> {
  const sampler = rssSampler();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await readDocuments(
    // One thread: from the TypeScript sources every worker would compile them again (tsx), which
    // the bundle a user runs never does; this measures derivation speed per core.
    { root: request.root, include: request.include, exclude: [], idPrefix: "", idKey: "id", maxFileBytes: DEFAULT_MAX_FILE_BYTES, locales: [], defaultLocale: "en", html: request.html ?? false, workers: 0 },
    { nativeTranslations: false },
  );
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const peakRssMiB = sampler.stop();
  const figures: CaseFigures = {
    documents: result.documents.length,
    excluded: result.excluded.length,
    errors: result.diagnostics.filter((d) => d.severity === "error").length,
    warnings: result.diagnostics.filter((d) => d.severity === "warning").length,
    residue: result.documents.filter((d) => RESIDUE.test(d.content)).length,
    ms,
    cpuMs: (user + system) / 1000,
    peakRssMiB,
  };
  if (request.splitSample) figures.split = await htmlSplit(request.root, result.documents.slice(0, request.splitSample).map((d) => d.sourcePath));
  return figures;
}

/** Times each stage of built-HTML derivation separately, over already-warm code. */
async function htmlSplit(root: string, files: string[]): Promise<Record<string, number>> {
  const texts = await Promise.all(files.map((file) => readFile(path.join(root, file), "utf8")));
  const totals = { "parse top + find content": 0, clean: 0, "to Markdown": 0, "to HTML": 0 };
  const time = <T>(stage: keyof typeof totals, run: () => T): T => {
    const started = performance.now();
    const value = run();
    totals[stage] += performance.now() - started;
    return value;
  };
  for (const text of texts) {
    const found = time("parse top + find content", () => {
      const normalized = normalizeText(text);
      const top = parseTop(normalized);
      readHead(top.tree);
      return locateMainContent(normalized, top.bodyFrom);
    });
    if (found.kind !== "found") continue;
    time("clean", () => {
      cleanContent(found.element);
      stripPresentation(found.element);
    });
    time("to Markdown", () => markdownOf(found.element));
    time("to HTML", () => htmlOf(found.element));
  }
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(totals).map(([stage, ms]) => [stage, Math.round((100 * ms) / sum)]));
}

const request = JSON.parse(process.argv[2] ?? "null") as CaseRequest | null;
if (!request?.root) {
  console.error(`Invalid argument: got ${JSON.stringify(process.argv[2])}, expected a JSON case request with a root (bench/inputs-case.ts)`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(await main(request)));
