import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter } from "./retry.js";

const policy = { baseBackoffMs: 100, maxBackoffMs: 1_000 };

describe("backoffDelay", () => {
  it("grows exponentially up to the cap when random() is 1", () => {
    const delays = [0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, policy, () => 1));
    expect(delays).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it("applies full jitter: random() scales the whole window", () => {
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(9, policy, () => 0.25)).toBe(250);
  });

  it("stays within [0, cap] for any random value", () => {
    for (let retry = 0; retry < 40; retry++) {
      const d = backoffDelay(retry, policy, Math.random);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(1_000);
    }
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2030-01-01T00:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("5", now, 120_000)).toBe(5_000);
    expect(parseRetryAfter(" 0 ", now, 120_000)).toBe(0);
    expect(parseRetryAfter("1.5", now, 120_000)).toBe(1_500);
  });

  it("reads an HTTP-date relative to now", () => {
    expect(parseRetryAfter("Tue, 01 Jan 2030 00:00:07 GMT", now, 120_000)).toBe(7_000);
  });

  it("treats a date in the past as no wait", () => {
    expect(parseRetryAfter("Mon, 31 Dec 2029 23:59:00 GMT", now, 120_000)).toBe(0);
  });

  it("caps long waits", () => {
    expect(parseRetryAfter("3600", now, 120_000)).toBe(120_000);
    expect(parseRetryAfter("Wed, 02 Jan 2030 00:00:00 GMT", now, 60_000)).toBe(60_000);
  });

  it("returns undefined for missing or unreadable values", () => {
    expect(parseRetryAfter(null, now, 1)).toBeUndefined();
    expect(parseRetryAfter("", now, 1)).toBeUndefined();
    expect(parseRetryAfter("soon", now, 1)).toBeUndefined();
    expect(parseRetryAfter("-3", now, 1)).toBeUndefined();
  });
});
