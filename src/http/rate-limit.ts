/** Client-side rate limit. */
export interface RateLimit {
  /** Sustained requests per minute. */
  perMinute: number;
  /** Requests allowed back to back after an idle period. Default: 5 seconds' worth, at least 1. */
  burst?: number;
}

/** Default burst: five seconds' worth of the sustained rate, so a short sync is not throttled. */
export function defaultBurst(perMinute: number): number {
  return Math.max(1, Math.floor((perMinute / 60) * 5));
}

/**
 * A token bucket that hands out reservations: each caller takes a token now (the balance may go
 * negative) and learns how long to wait before its token exists. Reservations are FIFO, so
 * concurrent callers are spaced evenly instead of racing for each refilled token.
 * Pure: the caller passes the clock.
 */
export class TokenBucket {
  private readonly capacity: number;
  private readonly perMs: number;
  private tokens: number;
  private updatedAt: number | undefined;

  constructor(limit: RateLimit) {
    if (!(limit.perMinute > 0)) {
      throw new Error(`rate limit perMinute is ${limit.perMinute}: expected a number above 0`);
    }
    this.capacity = Math.max(1, limit.burst ?? defaultBurst(limit.perMinute));
    this.perMs = limit.perMinute / 60_000;
    this.tokens = this.capacity;
  }

  /** Take one token at time `now`; returns how many ms the caller must wait before sending (0 = now). */
  reserve(now: number): number {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.perMs);
  }

  private refill(now: number): void {
    if (this.updatedAt !== undefined && now > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perMs);
    }
    this.updatedAt = Math.max(now, this.updatedAt ?? now);
  }
}

/**
 * A gate every request passes just before it is sent. A `Retry-After` from the server closes it
 * for all requests of the client, because the limit it signals is per key, not per request.
 */
export class PauseGate {
  private pausedUntil = 0;

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Keep the gate closed until at least `now() + ms`; never shortens an existing pause. */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  /** Resolve once the gate is open; re-checks after each sleep because a pause may have grown meanwhile. */
  async wait(): Promise<void> {
    for (let left = this.pausedUntil - this.now(); left > 0; left = this.pausedUntil - this.now()) {
      await this.sleep(left);
    }
  }
}
