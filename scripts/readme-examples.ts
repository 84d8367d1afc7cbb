// The README's examples, produced by the tool itself: the plan table, a config error and a
// pull-request comment. `npm run readme` rewrites them in README.md; a test
// (test/cli/readme-examples.test.ts) fails when the README and the tool disagree.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCli } from "../src/cli/run.js";
import { parse } from "yaml";
import { buildProgram } from "../src/cli/program.js";
import { envName, envOptions } from "../src/config/env.js";
import { FILE_FIELDS } from "../src/config/fields.js";
import { resolveSettings } from "../src/config/resolve.js";
import { destinationOf, fileUrlFor, scopeOf } from "../src/github/deliver-comment.js";
import { silentLogger } from "../src/log.js";
import { commentMarker, renderPrComment } from "../src/report/comment.js";
import { planRun } from "../src/sync.js";

const ROOT = path.resolve(import.meta.dirname, "..");
export const README = path.join(ROOT, "README.md");
const HEAD_SHA = "6e074533a1c9f0d2b8e7a6c5d4e3f2a1b0c9d8e7";

/** `CONFIG_EXAMPLE` with two mistakes, as the README shows it before the error. */
export const CONFIG_EXAMPLE = [
  "path: docs",
  "target: local",
  "max-deletes: 20%",
  "rate-limit: fast",
  "overrides:",
  "  - files: internal/**",
  "    exclude: true",
  "  - files: guides/**",
  "    tag: [guide]",
].join("\n");

/** Every example by name, as the README's marked blocks hold them. */
export async function readmeExamples(): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kbp-readme-"));
  try {
    const docs = await editedSite(dir);
    return {
      "plan-text": await cliOutput(["plan", "docs", "--store", ".kb-publish/store"], dir),
      "pr-comment": await prComment(dir, docs),
      "config-file": `${CONFIG_EXAMPLE}\n`,
      "config-error": await configError(dir),
      "settings-table": await settingsTable(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The fixture site, published with one extra page, then edited as a pull request would: a
 * page removed, a draft published, one sentence and a title changed.
 */
async function editedSite(dir: string): Promise<string> {
  const docs = path.join(dir, "docs");
  await cp(path.join(ROOT, "fixtures/docs-site"), docs, { recursive: true });
  const oldEndpoint = path.join(docs, "reference/old-endpoint.md");
  await writeFile(oldEndpoint, "# Old endpoint\n\nThe `/v1/enqueue` endpoint was replaced by `/v2/jobs`.\n");
  await cliOutput(["sync", "docs", "--store", ".kb-publish/store"], dir);
  await rm(oldEndpoint);
  await edit(path.join(docs, "guides/webhooks.md"), (text) => text.replace("draft: true\n", ""));
  await edit(path.join(docs, "guides/retries.md"), (text) =>
    text
      .replace("# Retries and backoff", "# Retries, backoff and dead jobs")
      .replace("schedules another attempt. The", "schedules another attempt after a pause. The"),
  );
  return docs;
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`README example: the edit of ${file} changed nothing; the fixture moved`);
  await writeFile(file, after);
}

async function cliOutput(argv: string[], cwd: string): Promise<string> {
  let text = "";
  const write = (chunk: string) => void (text += chunk);
  await runCli(argv, { stdout: write, stderr: write, env: {}, cwd, interactive: false });
  return text;
}

async function prComment(dir: string, docs: string): Promise<string> {
  const settings = await resolveSettings({ raw: { command: "plan", path: "docs", store: ".kb-publish/store" }, env: {}, cwd: dir, runner: "action" });
  const { plan } = await planRun(settings, { log: silentLogger, userAgent: "readme" });
  const github = { eventName: "pull_request", repository: "acme/docs", apiUrl: "", serverUrl: "https://github.com", workspace: dir, pullRequest: { number: 7, headSha: HEAD_SHA, fromFork: false } };
  const body = renderPrComment(plan, {
    marker: commentMarker(settings.target, scopeOf(settings, dir)),
    destination: destinationOf(settings, dir),
    command: "plan",
    comparison: { kind: "live" },
    fileUrl: fileUrlFor(github, settings),
    runUrl: "https://github.com/acme/docs/actions/runs/7",
    headSha: HEAD_SHA,
  });
  return `${body}\n`.replace(docs, "docs");
}

async function configError(dir: string): Promise<string> {
  await writeFile(path.join(dir, "kb-publish.yml"), `${CONFIG_EXAMPLE}\n`);
  return cliOutput(["plan"], dir);
}

/**
 * Where each setting can be set: CLI flag, action input, environment variable, config file.
 * Settings without a flag or an input are marked, so nobody looks for one.
 */
async function settingsTable(): Promise<string> {
  const plan = buildProgram(async () => undefined).commands.find((command) => command.name() === "plan")!;
  const flags = new Map(plan.options.map((option) => [option.long?.replace(/^--/, "") ?? "", option.flags]));
  const inputs = Object.keys(parse(await readFile(path.join(ROOT, "action.yml"), "utf8")).inputs as object);
  const keys = [...Object.keys(FILE_FIELDS), "api-key", "config"];
  const cell = (value: string | undefined) => (value ? `\`${value}\`` : "—");
  const rows = keys.map((key) => {
    const flag = key === "path" ? "[path]" : flags.get(key)?.replace(/ <.*$/, "");
    const env = Object.keys(envOptions({ [envName(key)]: "x" })).length > 0 ? envName(key) : undefined;
    const file = key in FILE_FIELDS ? "yes" : "no";
    const only = flag || inputs.includes(key) ? "" : env ? " **(file or environment only)**" : " **(config file only)**";
    return `| \`${key}\`${only} | ${cell(flag)} | ${cell(inputs.includes(key) ? key : undefined)} | ${cell(env)} | ${file} |`;
  });
  return ["| Setting | CLI flag | Action input | Environment | `kb-publish.yml` |", "|---|---|---|---|---|", ...rows].join("\n");
}

/**
 * The README with every example replaced by `examples[NAME]`: a fenced block after
 * `<!-- example: NAME … -->`, or everything between `<!-- generated: NAME … -->` and `<!-- /generated -->`.
 */
export function withExamples(readme: string, examples: Record<string, string>): string {
  const example = (name: string) => {
    const text = examples[name];
    if (text === undefined) throw new Error(`README example "${name}" is not produced by scripts/readme-examples.ts`);
    return text.replace(/\n$/, "");
  };
  return readme
    .replace(/(<!-- example: ([\w-]+) [^\n]*-->\n)(`{3,})(\w*)\n[\s\S]*?\n\3\n/g, (_all, marker: string, name: string, fence: string, lang: string) => {
      const text = example(name);
      if (text.includes(`\n${fence}`)) throw new Error(`README example "${name}" holds its own fence ${fence}; use a longer one`);
      return `${marker}${fence}${lang}\n${text}\n${fence}\n`;
    })
    .replace(/(<!-- generated: ([\w-]+) [^\n]*-->\n)[\s\S]*?\n(<!-- \/generated -->\n)/g, (_all, marker: string, name: string, end: string) => `${marker}${example(name)}\n${end}`);
}

if (process.argv[1] === import.meta.filename) {
  const readme = await readFile(README, "utf8");
  await writeFile(README, withExamples(readme, await readmeExamples()));
  console.log("README.md examples rewritten");
}
