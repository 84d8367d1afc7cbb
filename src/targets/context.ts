import type { Settings } from "../config/settings.js";
import type { Logger } from "../log.js";
import type { Target } from "./target.js";

/** What a target factory gets besides the settings. */
export interface TargetContext {
  log: Logger;
  /** `kb-publish/<version> (cli|action; node <version>)`. */
  userAgent: string;
  /** Injectable clock and sleep, so tests and chaos runs can use virtual time. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type TargetFactory = (settings: Settings, context: TargetContext) => Target;
