import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Operation } from "../plan/types.js";
import { Spool } from "../spool/spool.js";
import type { ItemResult, Upsert } from "../targets/target.js";
import { applyPlan } from "./apply.js";
import { createOp, fakeTarget, plan } from "./test-fixtures.js";

const spools: Spool[] = [];
const dirs: string[] = [];
afterEach(() => {
  spools.splice(0).forEach((spool) => spool.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** The same creates, their pages in the spool: the plan keeps ids, fingerprints and reasons. */
function spooledOps(ops: Operation[]): { ops: Operation[]; spool: Spool } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kbp-apply-spool-"));
  dirs.push(dir);
  const spool = new Spool({ dir, budget: 0 });
  spools.push(spool);
  const spooled = ops.map((op): Operation => {
    if (op.kind !== "create" || op.spooled) throw new Error("expected creates in memory");
    const { doc, payload, ...rest } = op;
    const ref = { externalId: doc.externalId, title: doc.title, sourcePath: doc.sourcePath };
    return { ...rest, doc: ref, spooled: spool.append({ doc, payload }), contentBytes: Buffer.byteLength(doc.content) };
  });
  return { ops: spooled, spool };
}

describe("applyPlan with spooled pages", () => {
  it("reads each page back for its batch, in every retry round, and sends exactly the page planned", async () => {
    const original = ["a", "b", "c", "d", "e"].map((id) => createOp(id, `Body of ${id} ✓`));
    const { ops, spool } = spooledOps(original);
    const received: Upsert[][] = [];
    const { target } = fakeTarget({
      limits: { upsert: { maxItems: 2 } },
      onUpsert: (items) => {
        received.push(items);
        // b and d fail transiently the first time they are sent.
        return items.map((item): ItemResult => {
          const id = item.doc.externalId;
          const first = received.flat().filter((seen) => seen.doc.externalId === id).length === 1;
          return first && (id === "b" || id === "d") ? { externalId: id, status: "failed", error: "503 busy", retryable: true } : { externalId: id, status: "created" };
        });
      },
    });
    const result = await applyPlan(plan(ops), target, { deletions: "off", spool, retry: { sleep: async () => undefined } });
    expect(result.counts.created).toBe(5);
    expect(received.map((batch) => batch.map((item) => item.doc.externalId))).toEqual([["a", "b"], ["c", "d"], ["e"], ["b", "d"]]);
    const expected = new Map(original.map((op) => [op.kind === "create" && op.doc.externalId, op]));
    for (const item of received.flat()) {
      const op = expected.get(item.doc.externalId);
      if (op?.kind !== "create" || op.spooled) throw new Error(`unexpected item ${item.doc.externalId}`);
      expect(item).toEqual({ doc: op.doc, payload: op.payload, fingerprint: op.fingerprint });
    }
  });

  it("batches spooled pages by their payload's bytes, as it batches pages in memory", async () => {
    const original = ["a", "b", "c", "d"].map((id, index) => createOp(id, "x".repeat(300 + 100 * index)));
    const { ops, spool } = spooledOps(original);
    const batchesOf = async (operations: Operation[]) => {
      const { target, calls } = fakeTarget({ limits: { upsert: { maxItems: 10, maxBytes: 1100 } } });
      await applyPlan(plan(operations), target, { deletions: "off", spool });
      return calls.flatMap((call) => (call.kind === "upsert" ? [call.ids] : []));
    };
    expect(await batchesOf(ops)).toEqual([["a", "b"], ["c"], ["d"]]);
    expect(await batchesOf(original)).toEqual(await batchesOf(ops));
  });

  it("fails the items of a spooled plan applied without its spool, naming the page", async () => {
    const { ops } = spooledOps([createOp("a")]);
    const { target } = fakeTarget();
    const result = await applyPlan(plan(ops), target, { deletions: "off", retry: { rounds: 0 } });
    expect(result.results[0]).toMatchObject({ externalId: "a", status: "failed", error: expect.stringMatching(/"a": its page is spooled/) });
  });
});
