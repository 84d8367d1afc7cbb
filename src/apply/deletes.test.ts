import { describe, expect, it } from "vitest";
import { applyPlan } from "./apply.js";
import { createOp, deleteOp, fakeTarget, plan } from "./test-fixtures.js";
import type { Upsert } from "../targets/target.js";

const failB = (items: Upsert[]) =>
  items.map((i) =>
    i.doc.externalId === "b"
      ? { externalId: "b", status: "failed" as const, error: "rejected by API" }
      : { externalId: i.doc.externalId, status: "created" as const },
  );

describe("applyPlan: deletes", () => {
  it("runs deletes after every upsert, batched, in the requested mode", async () => {
    const { target, calls } = fakeTarget({ limits: { upsert: { maxItems: 1 }, delete: { maxItems: 2 }, concurrency: 4 } });
    const ops = [createOp("a"), createOp("b"), createOp("c"), deleteOp("x"), deleteOp("y"), deleteOp("z")];
    const result = await applyPlan(plan(ops), target, { deletions: "hard" });
    const kinds = calls.map((c) => c.kind);
    expect(kinds).toEqual(["upsert", "upsert", "upsert", "delete", "delete", "finish"]);
    expect(calls.filter((c) => c.kind === "delete")).toEqual([
      { kind: "delete", ids: ["x", "y"], mode: "hard" },
      { kind: "delete", ids: ["z"], mode: "hard" },
    ]);
    expect(result.counts.deleted).toBe(3);
    expect(result.deletesSkipped).toBeUndefined();
  });

  it("skips every delete when an upsert failed", async () => {
    const { target, calls } = fakeTarget({ onUpsert: failB });
    const result = await applyPlan(plan([createOp("a"), createOp("b"), deleteOp("x"), deleteOp("y")]), target, {
      deletions: "tombstone",
    });
    expect(calls.some((c) => c.kind === "delete")).toBe(false);
    expect(result.deletesSkipped).toBe("1 document failed; deletes skipped so nothing is lost");
    expect(result.results.filter((r) => r.status === "skipped").map((r) => r.externalId)).toEqual(["x", "y"]);
    expect(result.counts).toMatchObject({ created: 1, failed: 1, skipped: 2, deleted: 0 });
  });

  it("skips deletes when a document was rejected by the plan", async () => {
    const { target, calls } = fakeTarget();
    const rejected = [{ externalId: "r", sourcePath: "docs/r.md", message: "too big" }];
    const result = await applyPlan(plan([deleteOp("x")], { rejected }), target, { deletions: "tombstone" });
    expect(calls.some((c) => c.kind === "delete")).toBe(false);
    expect(result.deletesSkipped).toMatch(/1 document failed/);
  });

  it("skips deletes when the plan withheld them", async () => {
    const { target, calls } = fakeTarget();
    const withheld = plan([createOp("a"), deleteOp("x")], { deletesWithheld: ["the remote listing was incomplete"] });
    const result = await applyPlan(withheld, target, { deletions: "tombstone" });
    expect(calls.map((c) => c.kind)).toEqual(["upsert", "finish"]);
    expect(result.deletesSkipped).toBe("deletes withheld: the remote listing was incomplete");
    expect(result.results[1]).toMatchObject({ externalId: "x", status: "skipped" });
  });

  it("skips deletes when deletions are off, and still completes progress", async () => {
    const { target, calls } = fakeTarget();
    const progress: number[] = [];
    const result = await applyPlan(plan([createOp("a"), deleteOp("x")]), target, {
      deletions: "off",
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(calls.some((c) => c.kind === "delete")).toBe(false);
    expect(result.deletesSkipped).toMatch(/"off"/);
    expect(progress.at(-1)).toBe(1);
  });

  it("never sends a record that is not owned", async () => {
    const { target, calls } = fakeTarget();
    const result = await applyPlan(plan([deleteOp("mine"), deleteOp("theirs", false)]), target, { deletions: "tombstone" });
    expect(calls.filter((c) => c.kind === "delete")).toEqual([{ kind: "delete", ids: ["mine"], mode: "tombstone" }]);
    expect(result.results.map((r) => r.status)).toEqual(["deleted", "skipped"]);
  });

  it("leaves deletesSkipped unset when there is nothing to delete", async () => {
    const { target } = fakeTarget({ onUpsert: failB });
    const result = await applyPlan(plan([createOp("b")]), target, { deletions: "tombstone" });
    expect(result.deletesSkipped).toBeUndefined();
    expect(result.counts.failed).toBe(1);
  });
});
