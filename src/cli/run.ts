import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CommanderError } from "commander";
import { ConfigError } from "../config/errors.js";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { buildUserAgent, redact } from "../http/index.js";
import type { Logger } from "../log.js";
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

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let secrets: string[] = [];
  const program = buildProgram(
    async (invocation) => {
      secrets = [invocation.raw.apiKey ?? io.env.KB_PUBLISH_API_KEY ?? ""].filter(Boolean);
      exitCode = await execute(invocation, io);
    },
    async (invocation) => {
      exitCode = await runExport(invocation, io);
    },
  );
  // Subcommands copy the output settings when they are created, so each one is told too.
  for (const command of [program, ...program.commands]) command.configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.error;
    const message = error instanceof ConfigError ? error.message : `kb-publish: ${(error as Error).message}`;
    io.stderr(`${redact(message, secrets)}\n`);
    return ExitCode.error;
  }
  return exitCode;
}

async function execute({ raw, output }: Invocation, io: CliIO): Promise<number> {
  const settings = await resolveSettings({ raw, env: io.env, cwd: io.cwd, runner: "cli" });
  const log = stderrLogger(io, output.verbose);
  const outcome = await sync(settings, {
    log,
    userAgent: buildUserAgent(VERSION, "cli"),
    onProgress: io.interactive && !output.json ? progressPrinter(io) : undefined,
  });
  const json = JSON.stringify(outcomeToJson(settings.command, outcome), null, 2);
  if (output.out) await writeFile(path.resolve(io.cwd, output.out), `${json}\n`);
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
