import type { HttpOverrides } from "../targets/context.js";
import type { Logger } from "../log.js";
import { colorEnabled, colorsFor, type Colors } from "../output/color.js";
import { createProgress, type ProgressSink } from "../output/progress.js";
import { retryLine } from "../output/retry-log.js";
import type { CliIO } from "./run.js";

/** How loud a command is: `-v`, `-q`, or neither. */
export interface Loudness {
  verbose: boolean;
  quiet: boolean;
}

/** What one CLI run writes with: colours per stream, the stderr logger, progress and retry logging. */
export interface Terminal {
  /** Colour for stdout (the report). */
  color: boolean;
  log: Logger;
  /** A status line per phase, on an interactive terminal only (never with --json or --quiet). */
  progress?: ProgressSink;
  /** HTTP hooks: every retry and Retry-After wait is logged with `-v`. */
  http?: HttpOverrides;
  /** Stops the progress timer and finishes the last status line. */
  close(): void;
}

/**
 * Colour follows NO_COLOR/FORCE_COLOR and whether each stream is a terminal; progress shows on
 * an interactive stderr only; a log line first clears a status line so the two never mix.
 */
export function openTerminal(io: CliIO, loudness: Loudness, options: { progress: boolean }): Terminal {
  const errColors = colorsFor(colorEnabled(io.env, io.tty?.stderr ?? false));
  const showProgress = options.progress && io.interactive && !loudness.quiet;
  const progress = showProgress ? createProgress({ write: io.stderr, now: () => performance.now(), colors: errColors }) : undefined;
  const timer = progress ? setInterval(() => progress.render(), 250) : undefined;
  timer?.unref();
  const log = stderrLogger(io, loudness, errColors, progress);
  return {
    color: colorEnabled(io.env, io.tty?.stdout ?? false),
    log,
    progress,
    http: loudness.verbose ? { onRetry: (info) => log.debug(retryLine(info)) } : undefined,
    close() {
      if (timer) clearInterval(timer);
      progress?.end();
    },
  };
}

/** Info and debug lines with `-v` only, warnings unless `-q`; all on stderr. */
export function stderrLogger(io: CliIO, loudness: Loudness, colors: Colors = colorsFor(false), progress?: ProgressSink): Logger {
  const write = (line: string) => {
    progress?.interrupt();
    io.stderr(`${line}\n`);
  };
  return {
    info: (message) => loudness.verbose && write(message),
    debug: (message) => loudness.verbose && write(colors.dim(message)),
    warn: (message) => !loudness.quiet && write(`${colors.yellow("warning:")} ${message}`),
  };
}
