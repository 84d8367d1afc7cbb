/** Where engine code writes human-facing lines. The CLI and the Action each provide one. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = { info() {}, warn() {}, debug() {} };
