/**
 * Token buckets on an injectable clock, one per name (e.g. per API key and class of request), for
 * emulators of APIs that document "N requests per minute, burst B". Generic: no API specifics.
 */

/** A documented limit: `perMinute` sustained, at most `burst` at once. */
export interface BucketRate {
  perMinute: number;
  burst: number;
}

/** The outcome of one request against its bucket. */
export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number,
  ) {}

  /**
   * Spends one token of bucket `name`. When empty, answers how long until one token is back,
   * in whole seconds rounded up (never 0, so a client that waits exactly that long succeeds).
   */
  take(name: string): Take {
    const now = this.now();
    const bucket = this.refill(this.buckets.get(name) ?? { tokens: this.rate.burst, at: now }, now);
    this.buckets.set(name, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const msPerToken = 60_000 / this.rate.perMinute;
    const waitMs = (1 - bucket.tokens) * msPerToken;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  private refill(bucket: Bucket, now: number): Bucket {
    const elapsed = Math.max(0, now - bucket.at);
    const tokens = Math.min(this.rate.burst, bucket.tokens + (elapsed * this.rate.perMinute) / 60_000);
    return { tokens, at: now };
  }
}
