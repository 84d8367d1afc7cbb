import type { Settings } from "../config/settings.js";
import type { HttpClientOptions } from "../http/index.js";
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
  /**
   * Overrides for the HTTP client of remote targets, e.g. a small `baseBackoffMs` in tests and
   * chaos runs, an `onRequest` counter in the benchmark, or the CLI's `onRetry` log. Default: none (the target's own defaults).
   */
  http?: HttpOverrides;
  /**
   * The run will write: take exclusive use of the knowledge base from the snapshot until
   * `Target.close` (the local store locks; remote targets rely on the workflow's `concurrency`
   * group and the rollback guard). Default false: plans and other reads take no lock.
   */
  exclusive?: boolean;
}

/** The HTTP client options a caller may override; auth, base URL and user agent stay with the target. */
export type HttpOverrides = Partial<
  Pick<
    HttpClientOptions,
    "timeoutMs" | "maxRetries" | "baseBackoffMs" | "maxBackoffMs" | "maxRetryAfterMs" | "concurrency" | "random" | "onRequest" | "onRetry"
  >
>;

export type TargetFactory = (settings: Settings, context: TargetContext) => Target;
