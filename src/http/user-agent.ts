/** Where kb-publish runs; part of the User-Agent so vendors can tell CI traffic from local runs. */
export type Runner = "cli" | "action";

/** `kb-publish/<version> (<runner>; node <process.version>)`, e.g. `kb-publish/0.1.0 (action; node v20.19.0)`. */
export function buildUserAgent(version: string, runner: Runner): string {
  return `kb-publish/${version} (${runner}; node ${process.version})`;
}
