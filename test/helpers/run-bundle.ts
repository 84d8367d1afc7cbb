import { execFile } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a committed bundle (`dist/cli.js` or `dist/index.js`) with Node, as a user or GitHub would. */
export function runBundle(bundle: "cli.js" | "index.js", args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<BundleRun> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "dist", bundle), ...args], { env, cwd: options.cwd ?? ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
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
