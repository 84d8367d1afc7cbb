import { describe, expect, it } from "vitest";
import { defaultBurst, PauseGate, TokenBucket } from "./rate-limit.js";
import { virtualClock } from "./test-server.js";

describe("TokenBucket", () => {
  it("allows the burst at once, then spaces reservations at the sustained rate", () => {
    const bucket = new TokenBucket({ perMinute: 60, burst: 2 });
    const waits = [0, 0, 0, 0, 0].map(() => bucket.reserve(1_000));
    expect(waits).toEqual([0, 0, 1_000, 2_000, 3_000]);
  });

  it("refills with time but never above the burst", () => {
    const bucket = new TokenBucket({ perMinute: 120, burst: 3 });
    for (let i = 0; i < 3; i++) expect(bucket.reserve(0)).toBe(0);
    expect(bucket.reserve(0)).toBe(500); // owes one token at 2/s
    expect(bucket.reserve(1_000)).toBe(0); // 2 refilled: debt paid, one spare
    expect(bucket.reserve(60_000)).toBe(0); // a long idle period refills to 3 only
    expect(bucket.reserve(60_000)).toBe(0);
    expect(bucket.reserve(60_000)).toBe(0);
    expect(bucket.reserve(60_000)).toBe(500);
  });

  it("defaults the burst to five seconds' worth, at least one", () => {
    expect(defaultBurst(120)).toBe(10);
    expect(defaultBurst(600)).toBe(50);
    expect(defaultBurst(6)).toBe(1);
    const bucket = new TokenBucket({ perMinute: 120 });
    const waits = Array.from({ length: 11 }, () => bucket.reserve(0));
    expect(waits.slice(0, 10).every((w) => w === 0)).toBe(true);
    expect(waits[10]).toBe(500);
  });

  it("rejects a non-positive rate with the value in the message", () => {
    expect(() => new TokenBucket({ perMinute: 0 })).toThrow(/perMinute is 0/);
  });
});

describe("PauseGate", () => {
  it("holds waiters until the pause is over, including pauses extended while waiting", async () => {
    const clock = virtualClock(0);
    const gate = new PauseGate(clock.now, clock.sleep);
    await gate.wait();
    expect(clock.now()).toBe(0);
    gate.pauseFor(1_000);
    const waiting = gate.wait();
    gate.pauseFor(3_000);
    gate.pauseFor(500); // shorter pauses never shorten the gate
    await waiting;
    expect(clock.now()).toBe(3_000);
  });
});
