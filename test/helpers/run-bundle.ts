import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a committed bundle (`dist/cli.js` or `dist/index.js`), or one built in `dist`, with Node, as a user or GitHub would. */
export function runBundle(
  bundle: "cli.js" | "index.js",
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; dist?: string } = {},
): Promise<BundleRun> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(options.dist ?? path.join(ROOT, "dist"), bundle), ...args], { env, cwd: options.cwd ?? ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks as written by @actions/core). */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
    outputs[name!] = value.join("\n");
  }
  return outputs;
}

/** What one Action run left behind: exit code, output streams, outputs and job summary. */
export interface ActionRun extends BundleRun {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs dist/index.js the way the GitHub runner does, in workspace `dir`: `INPUT_*` variables
 * (names upper-cased, dashes kept), fresh `GITHUB_OUTPUT`/`GITHUB_STEP_SUMMARY` files, an event file.
 */
export async function runAction(dir: string, inputs: Record<string, string>, eventName: string): Promise<ActionRun> {
  const files = { output: path.join(dir, "output"), summary: path.join(dir, "summary.md"), event: path.join(dir, "event.json") };
  await Promise.all([writeFile(files.output, ""), writeFile(files.summary, ""), writeFile(files.event, "{}")]);
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  const run = await runBundle("index.js", [], { env, cwd: dir });
  return { ...run, outputs: parseGithubOutput(await readFile(files.output, "utf8")), summary: await readFile(files.summary, "utf8") };
}

/** Builds the current sources into `outdir` the way `npm run build` builds dist/ (for tests of what is not committed yet). */
export function buildBundle(outdir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, "scripts/build.mjs"), "--outdir", outdir], { cwd: ROOT, timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`building the bundle into ${outdir} failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}
