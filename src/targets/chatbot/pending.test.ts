import { describe, expect, it } from "vitest";
import { unpublishedReason } from "./pending.js";

const generation = { id: "gen_1", runId: "run_1", publishedAt: "2030-01-01T10:00:00.000Z" };

describe("unpublishedReason", () => {
  it("is silent when everything staged is older than the generation and the last run is the generation's", () => {
    const owned = [{ updatedAt: "2030-01-01T09:59:59.999Z" }, { updatedAt: "2030-01-01T10:00:00.000Z" }];
    expect(unpublishedReason({ owned, generation })).toBeUndefined();
    expect(unpublishedReason({ owned: [], generation: null })).toBeUndefined();
  });

  it("sees staged items with no generation at all, and items written after the generation was published", () => {
    expect(unpublishedReason({ owned: [{}, {}], generation: null })).toBe("2 staged items but no published generation");
    const owned = [{ updatedAt: "2030-01-01T10:00:00.001Z" }, { updatedAt: "2030-01-01T09:00:00Z" }];
    expect(unpublishedReason({ owned, generation })).toBe("1 staged item written after generation gen_1 was published");
  });

  it("sees a later run that recorded changes (a removal leaves no item), unless its counts say nothing changed", () => {
    const lastRun = { id: "run_2", changeCounts: { removed_page: 1, unchanged: 4 } };
    expect(unpublishedReason({ owned: [], generation, lastRun })).toBe("run run_2 recorded changes that were never applied (generation gen_1 serves run run_1)");
    expect(unpublishedReason({ owned: [], generation, lastRun: { id: "run_2", changeCounts: { unchanged: 5 } } })).toBeUndefined();
    expect(unpublishedReason({ owned: [], generation, lastRun: { id: "run_2" } })).toMatch(/run run_2 recorded changes/);
    expect(unpublishedReason({ owned: [], generation, lastRun: { id: "run_1", changeCounts: { new_page: 1 } } })).toBeUndefined();
  });

  it("ignores timestamps it cannot read instead of guessing", () => {
    expect(unpublishedReason({ owned: [{ updatedAt: "soon" }], generation })).toBeUndefined();
    expect(unpublishedReason({ owned: [{ updatedAt: "2031-01-01T00:00:00Z" }], generation: { id: "gen_1" } })).toBeUndefined();
  });
});
