import { writeFile } from "node:fs/promises";
import { CommanderError } from "commander";
import { ConfigError } from "../config/errors.js";
import { resolveSettings } from "../config/resolve.js";
import { ExitCode, exitCodeFor } from "../exit-codes.js";
import { envName } from "../config/env.js";
import { buildUserAgent } from "../http/index.js";
import { createRedactor, secretsOf, type Redactor } from "../output/redactor.js";
import { rollbackWarning } from "../report/held.js";
import { outcomeToJson } from "../report/outcome.js";
import { renderPlanText, renderResultText } from "../report/text.js";
import { sync } from "../sync.js";
import { VERSION } from "../version.js";
import { runExport } from "./export.js";
import { usageError } from "./help.js";
import { prepareOutFile } from "./out-file.js";
import { buildProgram, type Invocation } from "./program.js";
import { openTerminal } from "./terminal.js";

/** The process around the CLI, injectable so tests run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Progress is shown only on an interactive terminal outside CI. */
  interactive: boolean;
  /** Which streams are terminals (colour, see colorEnabled). Default: neither. */
  tty?: { stdout: boolean; stderr: boolean };
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
  // Subcommands copy the output settings when they are created, so each one is told too. Parse
  // errors are printed below, in two lines, instead of commander's message and help.
  for (const command of [program, ...program.commands]) {
    command.configureOutput({ writeOut: out.stdout, writeErr: out.stderr, outputError: () => undefined });
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, argv, out);
    const message = error instanceof ConfigError ? error.message : `kb-publish: ${(error as Error).message}`;
    out.stderr(`${message}\nsee ${helpCommand(argv)}\n`);
    return ExitCode.error;
  }
  return exitCode;
}

/** Help and version exit 0; a parse error is two lines and exit 1; bare `kb-publish` shows the help. */
function commanderExit(error: CommanderError, argv: string[], io: CliIO): number {
  if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
  if (error.code === "commander.help") return ExitCode.error;
  io.stderr(usageError(error.message, subcommandOf(argv)));
  return ExitCode.error;
}

function subcommandOf(argv: string[]): string | undefined {
  return argv.find((arg) => ["plan", "sync", "export"].includes(arg));
}

function helpCommand(argv: string[]): string {
  const command = subcommandOf(argv);
  return command ? `kb-publish ${command} --help` : "kb-publish --help";
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
  const terminal = openTerminal(io, output, { progress: !output.json });
  try {
    const settings = await resolveSettings({ raw, env: io.env, cwd: io.cwd, runner: "cli", warn: terminal.log.warn });
    redactor.add(...secretsOf(settings));
    const outFile = output.out === undefined ? undefined : await prepareOutFile(io.cwd, output.out);
    const { progress } = terminal;
    const outcome = await sync(settings, {
      log: terminal.log,
      userAgent: buildUserAgent(VERSION, "cli"),
      onPhase: progress && ((phase, total) => progress.phase(phase, total)),
      onProgress: progress && ((done, total) => progress.update(done, total)),
      http: terminal.http,
    });
    terminal.close();
    const rollback = rollbackWarning(outcome.plan);
    if (rollback) terminal.log.warn(rollback);
    // Built only when asked for: it lists every operation, unchanged ones included.
    const json = output.json || outFile ? JSON.stringify(outcomeToJson(settings.command, outcome), null, 2) : "";
    if (outFile) await writeFile(outFile, `${redactor.text(json)}\n`);
    if (output.json) io.stdout(`${json}\n`);
    else {
      const text = { color: terminal.color, verbose: output.verbose, all: output.all, quiet: output.quiet };
      io.stdout(`${renderPlanText(outcome.plan, text)}\n`);
      if (outcome.result) io.stdout(`${renderResultText(outcome.result, text)}\n`);
    }
    return exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: output.detailedExitcode });
  } finally {
    terminal.close();
  }
}
