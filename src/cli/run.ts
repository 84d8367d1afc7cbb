import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CommanderError } from "commander";
import { ConfigError } from "../config/errors.js";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { envName } from "../config/env.js";
import { buildUserAgent } from "../http/index.js";
import { createRedactor, secretsOf, type Redactor } from "../output/redactor.js";
import type { Logger } from "../log.js";
import { rollbackWarning } from "../report/held.js";
import { outcomeToJson } from "../report/outcome.js";
import { renderPlanText, renderResultText } from "../report/text.js";
import { sync } from "../sync.js";
import { VERSION } from "../version.js";
import { runExport } from "./export.js";
import { buildProgram, type Invocation } from "./program.js";

/** The process around the CLI, injectable so tests run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Progress is shown only on an interactive terminal outside CI. */
  interactive: boolean;
}

/**
 * Runs one CLI invocation and returns its exit code; never throws. Everything it prints or
 * writes passes through one Redactor, which knows the secrets of the environment and the
 * arguments before anything is parsed, and those of the resolved settings after.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const redactor = createRedactor([
    ...secretsOf({ apiKey: io.env[envName("api-key")], apiUrl: io.env[envName("api-url")] }),
    ...argumentSecrets(argv),
  ]);
  const out: CliIO = { ...io, stdout: (text) => io.stdout(redactor.text(text)), stderr: (text) => io.stderr(redactor.text(text)) };
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(
    async (invocation) => {
      redactor.add(...secretsOf(invocation.raw));
      exitCode = await execute(invocation, out, redactor);
    },
    async (invocation) => {
      exitCode = await runExport(invocation, out);
    },
  );
  // Subcommands copy the output settings when they are created, so each one is told too.
  for (const command of [program, ...program.commands]) command.configureOutput({ writeOut: out.stdout, writeErr: out.stderr });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.error;
    const message = error instanceof ConfigError ? error.message : `kb-publish: ${(error as Error).message}`;
    out.stderr(`${message}\n`);
    return ExitCode.error;
  }
  return exitCode;
}

/** Values of `--api-key` and `--api-url` as typed, so even an argument error cannot print them. */
function argumentSecrets(argv: readonly string[]): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag !== "--api-key" && flag !== "--api-url") return;
    const value = inline ?? argv[i + 1];
    found.push(...(flag === "--api-key" ? [value ?? ""] : secretsOf({ apiUrl: value })));
  });
  return found;
}

async function execute({ raw, output }: Invocation, io: CliIO, redactor: Redactor): Promise<number> {
  const settings = await resolveSettings({ raw, env: io.env, cwd: io.cwd, runner: "cli" });
  redactor.add(...secretsOf(settings));
  const log = stderrLogger(io, output.verbose);
  const outcome = await sync(settings, {
    log,
    userAgent: buildUserAgent(VERSION, "cli"),
    onProgress: io.interactive && !output.json ? progressPrinter(io) : undefined,
  });
  const rollback = rollbackWarning(outcome.plan);
  if (rollback) log.warn(rollback);
  const json = JSON.stringify(outcomeToJson(settings.command, outcome), null, 2);
  if (output.out) await writeFile(path.resolve(io.cwd, output.out), `${redactor.text(json)}\n`);
  if (output.json) io.stdout(`${json}\n`);
  else {
    io.stdout(`${renderPlanText(outcome.plan)}\n`);
    if (outcome.result) io.stdout(`${renderResultText(outcome.result)}\n`);
  }
  return exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: output.detailedExitcode });
}

export function stderrLogger(io: CliIO, verbose: boolean): Logger {
  return {
    info: (message) => verbose && io.stderr(`${message}\n`),
    debug: (message) => verbose && io.stderr(`${message}\n`),
    warn: (message) => io.stderr(`warning: ${message}\n`),
  };
}

function progressPrinter(io: CliIO) {
  return (done: number, total: number) => {
    io.stderr(`\rWriting ${done}/${total}${done === total ? "\n" : ""}`);
  };
}
