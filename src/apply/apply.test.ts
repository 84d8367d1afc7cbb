import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../exit-codes.js";
import { applyPlan } from "./apply.js";
import { createOp, deleteOp, fakeTarget, plan, remote, unchangedOp, updateOp } from "./test-fixtures.js";
import type { Upsert } from "../targets/target.js";

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, "0")}`);

describe("applyPlan: batching and concurrency", () => {
  it("batches upserts by maxItems and reports progress after each batch", async () => {
    const { target, calls } = fakeTarget({ limits: { upsert: { maxItems: 2 } } });
    const progress: Array<[number, number]> = [];
    const result = await applyPlan(plan(ids("d", 5).map((id) => createOp(id))), target, {
      deletions: "tombstone",
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(calls.filter((c) => c.kind === "upsert").map((c) => ("ids" in c ? c.ids : []))).toEqual([
      ["d00", "d01"],
      ["d02", "d03"],
      ["d04"],
    ]);
    expect(progress).toEqual([[2, 5], [4, 5], [5, 5]]);
    expect(result.counts.created).toBe(5);
  });

  it("batches upserts by payload bytes", async () => {
    const big = "x".repeat(400);
    const { target, calls } = fakeTarget({ limits: { upsert: { maxItems: 100, maxBytes: 1200 } } });
    await applyPlan(plan(ids("b", 5).map((id) => createOp(id, big))), target, { deletions: "off" });
    const sizes = calls.filter((c) => c.kind === "upsert").map((c) => ("ids" in c ? c.ids.length : 0));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("never runs more batches at once than limits.concurrency", async () => {
    const { target, stats } = fakeTarget({ limits: { upsert: { maxItems: 1 }, concurrency: 3 } });
    const result = await applyPlan(plan(ids("c", 12).map((id) => createOp(id))), target, { deletions: "off" });
    expect(result.counts.created).toBe(12);
    expect(stats.maxInFlight).toBe(3);
  });
});

describe("applyPlan: results", () => {
  it("fails only the items of a batch that throws and keeps going", async () => {
    const onUpsert = (items: Upsert[]) => {
      if (items.some((i) => i.doc.externalId === "t02")) throw new Error("HTTP 500 from /documents");
      return items.map((i) => ({ externalId: i.doc.externalId, status: "updated" as const }));
    };
    const { target } = fakeTarget({ limits: { upsert: { maxItems: 2 } }, onUpsert });
    // One pass: retry rounds (retry-rounds.test.ts) would send the failed items again.
    const result = await applyPlan(plan(ids("t", 6).map((id) => updateOp(id))), target, { deletions: "tombstone", retry: { rounds: 0 } });
    const failed = result.results.filter((r) => r.status === "failed");
    expect(failed.map((r) => r.externalId)).toEqual(["t02", "t03"]);
    expect(failed.every((r) => r.error === "HTTP 500 from /documents")).toBe(true);
    expect(result.counts).toEqual({ created: 0, updated: 4, unchanged: 0, deleted: 0, failed: 2, skipped: 0 });
  });

  it("fails an item the target left out of its response", async () => {
    const onUpsert = (items: Upsert[]) => items.slice(1).map((i) => ({ externalId: i.doc.externalId, status: "created" as const }));
    const { target } = fakeTarget({ onUpsert });
    const result = await applyPlan(plan([createOp("a"), createOp("b")]), target, { deletions: "off", retry: { rounds: 0 } });
    expect(result.results[0]).toMatchObject({ externalId: "a", status: "failed", error: "no result returned for this document" });
    expect(result.results[1]).toMatchObject({ externalId: "b", status: "created", sourcePath: "docs/b.md", title: "Title b" });
  });

  it("reports unchanged without a request and rejected documents as failed", async () => {
    const { target, calls } = fakeTarget();
    const rejected = [{ externalId: "huge", sourcePath: "docs/huge.md", message: "content is 9 MB; expected at most 1 MB" }];
    const result = await applyPlan(plan([unchangedOp("u")], { rejected }), target, { deletions: "tombstone" });
    expect(calls.map((c) => c.kind)).toEqual(["finish"]);
    expect(result.results).toEqual([
      { externalId: "u", status: "unchanged", sourcePath: "docs/u.md", title: "Title u" },
      { externalId: "huge", status: "failed", error: rejected[0]!.message, sourcePath: "docs/huge.md" },
    ]);
  });

  it("returns the notes from finish() and passes it every item result", async () => {
    const { target, calls } = fakeTarget({ finishNotes: ["processing finished for 2 documents"] });
    const result = await applyPlan(plan([createOp("a"), deleteOp("gone")]), target, { deletions: "tombstone" });
    expect(result.notes).toEqual(["processing finished for 2 documents"]);
    const finish = calls.find((c) => c.kind === "finish");
    expect(finish && "results" in finish ? finish.results.map((r) => r.status) : []).toEqual(["created", "deleted"]);
  });

  it("keeps a failed closing step (FinishReport.failure) as a note and a run-level failure: exit code 4", async () => {
    const failure = "publishing failed: 502 build_failed; the previous generation keeps serving";
    const { target } = fakeTarget({ finishNotes: { notes: ["staged 1 item"], failure } });
    const result = await applyPlan(plan([createOp("a")]), target, { deletions: "tombstone" });
    expect(result.failure).toBe(failure);
    expect(result.notes).toEqual(["staged 1 item", failure]);
    expect(result.counts.failed).toBe(0);
    expect(exitCodeFor({ plan: plan([createOp("a")]), result, detailed: false })).toBe(4);
    const clean = await applyPlan(plan([createOp("a")]), fakeTarget({ finishNotes: { notes: [] } }).target, { deletions: "tombstone" });
    expect(exitCodeFor({ plan: plan([createOp("a")]), result: clean, detailed: false })).toBe(0);
  });

  it("throws on a blocked plan without writing", async () => {
    const { target, calls } = fakeTarget();
    const blocked = plan([createOp("a")], { errors: ['duplicate id "a" in a.md and b.md'] });
    await expect(applyPlan(blocked, target, { deletions: "tombstone" })).rejects.toThrow(/blocked plan/);
    expect(calls).toEqual([]);
  });
});

describe("applyPlan: provenance", () => {
  const provenance = { sources: { "docs/a.md": "sha" }, derivation: "k" };

  it("sends each write's provenance, and records that of unchanged owned records before finish", async () => {
    const { target, calls } = fakeTarget();
    const sent: Upsert[] = [];
    const recorded: string[] = [];
    target.upsertBatch = async (items) => (sent.push(...items), items.map((i) => ({ externalId: i.doc.externalId, status: "created" as const })));
    target.recordProvenance = async (updates) => void recorded.push(...updates.map((u) => `${u.record.externalId}:${calls.length}`));
    const unchangedWith = { ...unchangedOp("u"), provenance } as ReturnType<typeof unchangedOp>;
    const foreign = { ...unchangedOp("f"), provenance, remote: { ...remote("f"), owned: false } } as ReturnType<typeof unchangedOp>;
    await applyPlan(plan([{ ...createOp("c"), provenance } as ReturnType<typeof createOp>, unchangedWith, unchangedOp("plain"), foreign]), target, { deletions: "off" });
    expect(sent.map((s) => s.provenance)).toEqual([provenance]);
    expect(recorded).toEqual(["u:0"]);
    expect(calls.map((c) => c.kind)).toEqual(["finish"]);
  });

  it("turns a failure to record provenance into a note, not a failed run", async () => {
    const { target } = fakeTarget();
    target.recordProvenance = async () => {
      throw new Error("disk full");
    };
    const result = await applyPlan(plan([{ ...unchangedOp("u"), provenance } as ReturnType<typeof unchangedOp>]), target, { deletions: "off" });
    expect(result.counts.failed).toBe(0);
    expect(result.notes).toEqual([expect.stringContaining("could not record the provenance of 1 unchanged records (they are derived again next run): disk full")]);
  });
});
