import { Command } from "commander";
import type { RawOptions } from "../config/raw.js";
import { VERSION } from "../version.js";
import { helpFooter } from "./help.js";

/** CLI flags that only shape the output; everything else becomes RawOptions. */
export interface OutputFlags {
  json: boolean;
  out?: string;
  detailedExitcode: boolean;
  verbose: boolean;
  /** Problems and the summary only. */
  quiet: boolean;
  /** Every change row, not the first ones of each action. */
  all: boolean;
}

export type Invocation = { raw: RawOptions; output: OutputFlags };

/** `kb-publish export`: what to write, besides the reading options in `raw`. */
export interface ExportInvocation {
  raw: RawOptions;
  format: string;
  out?: string;
  siteName?: string;
  summary?: string;
  verbose: boolean;
}

/** Builds the commander program; `onRun` receives each parsed invocation. */
export function buildProgram(onRun: (invocation: Invocation) => Promise<void>, onExport?: (invocation: ExportInvocation) => Promise<void>): Command {
  const program = new Command("kb-publish")
    .description("Publish a docs folder into an AI knowledge base: plan, diff, upsert and tombstone.")
    .version(VERSION, "-V, --version")
    .addHelpText("after", helpFooter())
    .exitOverride();

  for (const name of ["plan", "sync"] as const) {
    const command = program
      .command(name)
      .description(name === "plan" ? "show what a sync would change, without writing" : "publish the docs into the target")
      // No default here: a default would count as set and hide `path` in kb-publish.yml.
      .argument("[path]", "docs folder to read (default: path in kb-publish.yml, else .)")
      .addHelpText("after", helpFooter());
    addSharedOptions(command);
    command.action(async (docsPath: string | undefined, options: Record<string, unknown>) => {
      await onRun(toInvocation(name, docsPath, options));
    });
  }
  if (onExport) addExportCommand(program, onExport);
  return program;
}

function addExportCommand(program: Command, onExport: (invocation: ExportInvocation) => Promise<void>): void {
  const command = program
    .command("export")
    .description("write the docs as llms.txt or llms-full.txt (https://llmstxt.org), read exactly as plan reads them")
    .argument("[path]", "docs folder to read (default: path in kb-publish.yml, else .)")
    .option("--format <format>", "llms-txt (links by section) or llms-full-txt (every page's text)", "llms-txt")
    .option("--out <file>", "write to this file (default: stdout)")
    .option("--site-name <name>", "the file's H1 (default: the home page's title, else the folder name)")
    .option("--summary <text>", "the blockquote summary (default: the home page's description)");
  addReadOptions(command);
  command.option("-c, --config <file>", "config file (default kb-publish.yml in the working directory)").option("-v, --verbose", "log each step on stderr");
  command.addHelpText("after", helpFooter());
  command.action(async (docsPath: string | undefined, o: Record<string, unknown>) => {
    const { raw } = toInvocation("plan", docsPath, o);
    const text = (key: string) => (typeof o[key] === "string" ? (o[key] as string) : undefined);
    await onExport({ raw, format: String(o.format), out: text("out"), siteName: text("siteName"), summary: text("summary"), verbose: o.verbose === true });
  });
}

/** Options that decide which files are read and how pages are derived: shared by every command. */
function addReadOptions(command: Command): void {
  command
    .option("--include <glob...>", "files to read, relative to path (default **/*.{md,mdx,markdown})")
    .option("--exclude <glob...>", "files to skip (.git/ and node_modules/ are always skipped)")
    .option("--id-prefix <prefix>", "prefix for every external id")
    .option("--id-scope <scope>", "how a frontmatter id is read: global (the whole id) or folder (relative to the page's folder; default for Docusaurus sites)")
    .option("--max-file-size <bytes>", "files larger than this are reported and skipped (default 5 MiB)")
    .option("--base-url <url>", "site URL: relative links become absolute, source URLs are built from it")
    .option("--locales <codes...>", "locale codes the site is translated into (e.g. en fr de)")
    .option("--default-locale <code>", "language of pages that name none (default en)")
    .option("--versions <names...>", "Docusaurus docs versions to publish: latest (default), current, all, or version names");
}

function addSharedOptions(command: Command): void {
  addReadOptions(command);
  command
    .option("-t, --target <name>", "knowledge base to publish to (local, heppu, humind, chatbot, totoy)")
    .option("--store <dir>", "local store directory (target local; default .kb-publish/store)")
    .option("--lock-timeout <seconds>", "how long a sync waits for another run to release the local store (default 60)")
    .option("--max-deletes <n|n%>", "refuse to delete more than this many (or this % of) owned records")
    .option("--allow-mass-delete", "override the mass-delete and empty-source guards")
    .option("--full", "derive every page, even those whose sources did not change (slower; same plan)")
    .option("--allow-rollback", "write even over records a newer commit published (an older commit skips them by default)")
    .option("--deletions <mode>", "what removed files become: tombstone, hard or off (default tombstone)")
    .option("--owner <name>", "owner marker; records of other owners are never touched (default kb-publish)")
    .option("--api-url <url>", "API base URL override")
    .option("--api-key <key>", "API key (prefer the KB_PUBLISH_API_KEY environment variable)")
    .option("--collection-id <id>", "knowledge collection to publish into (heppu)")
    .option("--source-id <id>", "Developer API source to publish into (chatbot)")
    .option("--knowledge-base-id <id>", "knowledge base to publish into (totoy, kb_…)")
    .option("--rate-limit <perMinute>", "client-side request rate limit")
    .option("--wait", "wait until the target has processed the changed documents")
    .option("--wait-timeout <seconds>", "how long --wait waits (default 600)")
    .option("--timeout <ms>", "per-request timeout (default 30000)")
    .option("-c, --config <file>", "config file (default kb-publish.yml in the working directory)")
    .option("--json", "print the plan/result as JSON on stdout")
    .option("--out <file>", "also write the plan/result JSON to this file")
    .option("--detailed-exitcode", "plan: exit 2 when there are changes to apply")
    .option("--all", "list every change, not the first 20 of each action")
    .option("-q, --quiet", "print problems and the summary only; no progress")
    .option("-v, --verbose", "log each step, retry and wait on stderr; list left-out pages and every warned file");
}

/** Only what the user typed: commander leaves every flag without a default undefined when absent. */
function toInvocation(command: "plan" | "sync", docsPath: string | undefined, o: Record<string, unknown>): Invocation {
  const text = (key: string) => (typeof o[key] === "string" ? (o[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(o[key]) ? (o[key] as string[]) : undefined);
  const raw: RawOptions = {
    command,
    path: docsPath,
    target: text("target"),
    store: text("store"),
    lockTimeout: text("lockTimeout"),
    include: list("include"),
    exclude: list("exclude"),
    idPrefix: text("idPrefix"),
    idScope: text("idScope"),
    maxDeletes: text("maxDeletes"),
    allowMassDelete: o.allowMassDelete === true ? true : undefined,
    full: o.full === true ? true : undefined,
    allowRollback: o.allowRollback === true ? true : undefined,
    deletions: text("deletions"),
    owner: text("owner"),
    apiUrl: text("apiUrl"),
    apiKey: text("apiKey"),
    collectionId: text("collectionId"),
    sourceId: text("sourceId"),
    knowledgeBaseId: text("knowledgeBaseId"),
    rateLimit: text("rateLimit"),
    wait: o.wait === true ? true : undefined,
    waitTimeout: text("waitTimeout"),
    timeout: text("timeout"),
    maxFileSize: text("maxFileSize"),
    config: text("config"),
    baseUrl: text("baseUrl"),
    locales: list("locales"),
    defaultLocale: text("defaultLocale"),
    versions: list("versions"),
  };
  return {
    raw,
    output: {
      json: o.json === true,
      out: text("out"),
      detailedExitcode: o.detailedExitcode === true,
      verbose: o.verbose === true,
      quiet: o.quiet === true,
      all: o.all === true,
    },
  };
}
