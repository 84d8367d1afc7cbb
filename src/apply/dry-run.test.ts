import { describe, expect, it } from "vitest";
import { planToDryRunResult } from "./dry-run.js";
import { createOp, deleteOp, plan, unchangedOp, updateOp } from "./test-fixtures.js";

describe("planToDryRunResult", () => {
  it("reports every operation as its planned outcome", () => {
    const result = planToDryRunResult(plan([createOp("a"), updateOp("b"), unchangedOp("c"), deleteOp("d")]));
    expect(result.results.map((r) => [r.externalId, r.status])).toEqual([
      ["a", "created"],
      ["b", "updated"],
      ["c", "unchanged"],
      ["d", "deleted"],
    ]);
    expect(result.counts).toEqual({ created: 1, updated: 1, unchanged: 1, deleted: 1, failed: 0, skipped: 0 });
    expect(result.deletesSkipped).toBeUndefined();
  });

  it("shows deletes as skipped when a real run would skip them", () => {
    const rejected = [{ externalId: "r", sourcePath: "docs/r.md", message: "too big" }];
    const result = planToDryRunResult(plan([deleteOp("d")], { rejected }));
    expect(result.counts).toMatchObject({ failed: 1, skipped: 1, deleted: 0 });
    expect(result.deletesSkipped).toMatch(/1 document failed/);
    expect(planToDryRunResult(plan([deleteOp("d")]), "off").counts.skipped).toBe(1);
  });
});
