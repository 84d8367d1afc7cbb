import picocolors from "picocolors";

/** Colour functions (picocolors); each is the identity when colour is off. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/**
 * Whether a stream gets colour: never with `NO_COLOR` (https://no-color.org), always with
 * `FORCE_COLOR` (except `FORCE_COLOR=0`/`false`), else only on a terminal that is not `dumb`.
 * Decided from the given environment rather than picocolors' own guess at import time, so the
 * CLI can be run in-process with any environment (tests) and stdout and stderr decide apart.
 */
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  return isTTY && env.TERM !== "dumb";
}

export function colorsFor(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}
