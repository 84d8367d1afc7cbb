import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../apply/apply.js";
import type { Plan } from "../../plan/types.js";
import { doc, localTarget, tempStore, upsertOf } from "./test-fixtures.js";

let store: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, cleanup } = await tempStore()));
afterEach(() => cleanup());

const emptyPlan = (operations: Plan["operations"]): Plan => ({
  operations,
  summary: { create: 0, update: 0, unchanged: 0, delete: 0 },
  errors: [],
  rejected: [],
  diagnostics: [],
  guards: [],
  deletesWithheld: [],
});

describe("applyPlan through the local target", () => {
  it("creates, then tombstones a removed document on the next run", async () => {
    const { target } = localTarget(store);
    const creates = ["a", "b"].map((id) => ({ kind: "create" as const, ...upsertOf(target, doc(id)), reasons: ["new"] }));
    const first = await applyPlan(emptyPlan(creates), target, { deletions: "tombstone" });
    expect(first.counts.created).toBe(2);

    const [a, b] = (await target.snapshot()).records;
    const second = await applyPlan(
      emptyPlan([
        { kind: "unchanged", doc: doc("a"), fingerprint: a!.fingerprint!, remote: a! },
        { kind: "delete", remote: b!, reasons: ["file removed"] },
      ]),
      target,
      { deletions: "tombstone" },
    );
    expect(second.counts).toMatchObject({ unchanged: 1, deleted: 1 });
    const states = (await target.snapshot()).records.map((r) => [r.externalId, r.state]);
    expect(states).toEqual([
      ["a", "live"],
      ["b", "tombstoned"],
    ]);
  });
});
