/**
 * DOC C-IDX: per key, default 120 requests per minute; over it → 429 `rate_limited` with
 * `Retry-After: 60`. Counted over a sliding 60-second window (INF; the strictest reading, so a
 * client that passes here passes a fixed-window server too). Refused requests do not count.
 */
import { fail } from "./chatbot-envelope.js";
import type { EmulatorResponse } from "./http-util.js";

const WINDOW_MS = 60_000;

export class SlidingWindow {
  private readonly accepted = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Undefined when the request may go on; otherwise the 429 to answer. */
  take(key: string): EmulatorResponse | undefined {
    const now = this.now();
    const times = (this.accepted.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    this.accepted.set(key, times);
    if (times.length >= this.perMinute) {
      const response = fail(429, "rate_limited", "Too many requests. Please slow down.");
      return { ...response, headers: { "retry-after": "60" }, retryAfterUntil: now + WINDOW_MS };
    }
    times.push(now);
    return undefined;
  }
}

/** The most requests of one key that fell in any `WINDOW_MS` window, from arrival times (ms). */
export function busiestWindow(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= WINDOW_MS) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
