import { describe, expect, it } from "vitest";
import type { ItemResult } from "../targets/target.js";
import { retryNote, sendWithRetryRounds } from "./retry-rounds.js";
import { isRetryable, MISSING_RESULT } from "./retryable.js";

/** A fake target: each id fails `failures[id]` times (with `error`) before it succeeds. */
function flaky(failures: Record<string, number>, error = "Service temporarily unavailable, please retry") {
  const sent: string[][] = [];
  const send = async (ids: string[]): Promise<ItemResult[]> => {
    sent.push(ids);
    return ids.map((id) => {
      if ((failures[id] ?? 0) <= 0) return { externalId: id, status: "created" };
      failures[id]! -= 1;
      return { externalId: id, status: "failed", error };
    });
  };
  return { send, sent };
}

const noPause = { sleep: async () => undefined, random: () => 1 };

describe("sendWithRetryRounds", () => {
  it("sends only the transient failures again, in later rounds, until they succeed", async () => {
    const target = flaky({ b: 1, c: 3 });
    const pauses: number[] = [];
    const { results, stats } = await sendWithRetryRounds(["a", "b", "c", "d"], (id) => id, target.send, { sleep: async (ms) => void pauses.push(ms), random: () => 1 });
    expect(target.sent).toEqual([["a", "b", "c", "d"], ["b", "c"], ["c"], ["c"]]);
    expect(results.map((r) => `${r.externalId} ${r.status}`)).toEqual(["a created", "b created", "c created", "d created"]);
    expect(stats).toEqual({ retried: 2, recovered: 2, rounds: 3 });
    expect(pauses).toEqual([1000, 2000, 4000]);
    expect(retryNote("upserts", stats)).toEqual(["retried 2 upserts that failed transiently (3 rounds): 2 succeeded, 0 still failing"]);
  });

  it("gives up after the last round and reports the last error", async () => {
    const target = flaky({ a: 99 });
    const { results, stats } = await sendWithRetryRounds(["a"], (id) => id, target.send, { ...noPause, rounds: 2 });
    expect(target.sent).toHaveLength(3);
    expect(results[0]).toMatchObject({ status: "failed", error: expect.stringContaining("temporarily unavailable") });
    expect(stats).toEqual({ retried: 1, recovered: 0, rounds: 2 });
  });

  it("never retries a failure that is not transient", async () => {
    const target = flaky({ a: 1 }, "Validation error: content is required");
    const { results, stats } = await sendWithRetryRounds(["a"], (id) => id, target.send, noPause);
    expect(target.sent).toEqual([["a"]]);
    expect(results[0]?.status).toBe("failed");
    expect(retryNote("upserts", stats)).toEqual([]);
  });

  it("caps the pause and jitters it", async () => {
    const pauses: number[] = [];
    await sendWithRetryRounds(["a"], (id) => id, flaky({ a: 6 }).send, { rounds: 6, sleep: async (ms) => void pauses.push(ms), random: () => 0.5 });
    expect(pauses).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });
});

describe("isRetryable: the target-neutral rule", () => {
  const failed = (error: string, retryable?: boolean): ItemResult => ({ externalId: "x", status: "failed", error, ...(retryable === undefined ? {} : { retryable }) });
  it.each([
    ["Heppu rejected the source: Service temporarily unavailable, please retry", true],
    ["Humind refused the entry: internal_error: upstream timed out", true],
    ["POST /knowledge/batch failed: 503: Service Unavailable", true],
    ["request failed: ECONNRESET: socket hang up", true],
    ["too many requests, slow down", true],
    [MISSING_RESULT, true],
    ["Heppu rejected the source: Validation error: content is required", false],
    ["Humind refused the entry: invalid_lang_format: zh-Hans", false],
    ["refused to delete record x: it is owned by someone else", false],
  ])("%s → %s", (error, expected) => {
    expect(isRetryable(failed(error))).toBe(expected);
  });

  it("lets a target decide when it knows", () => {
    expect(isRetryable(failed("Validation error", true))).toBe(true);
    expect(isRetryable(failed("temporarily unavailable", false))).toBe(false);
    expect(isRetryable({ externalId: "x", status: "created" })).toBe(false);
  });
});
