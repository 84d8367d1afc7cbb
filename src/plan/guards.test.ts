import { describe, expect, it } from "vitest";
import { buildPlan } from "./build.js";
import { emptySourceGuard, massDeleteGuard, type GuardInput } from "./guards.js";
import { doc, input, ownedRecord } from "./test-fixtures.js";
import { isBlocked } from "./types.js";

function guardInput(deletes: number, ownedLive: number, extra: Partial<GuardInput> = {}): GuardInput {
  return { deletes, ownedLive, documents: ownedLive - deletes, rejected: 0, allowMassDelete: false, ...extra };
}

describe("mass-delete guard", () => {
  it.each([
    [5, 10, false],
    [6, 10, true],
    [6, 100, false],
    [10, 100, false],
    [11, 100, true],
    [0, 0, false],
  ])("default rule: %i of %i owned trips=%s", (deletes, owned, tripped) => {
    expect(massDeleteGuard(guardInput(deletes, owned)).tripped).toBe(tripped);
  });

  it.each([
    [{ kind: "count", value: 3 } as const, 3, false],
    [{ kind: "count", value: 3 } as const, 4, true],
    [{ kind: "count", value: 0 } as const, 1, true],
    [{ kind: "percent", value: 30 } as const, 3, false],
    [{ kind: "percent", value: 30 } as const, 4, true],
  ])("limit %o with %i of 10 owned", (maxDeletes, deletes, tripped) => {
    expect(massDeleteGuard(guardInput(deletes, 10, { maxDeletes })).tripped).toBe(tripped);
  });

  it("a count limit ignores the default floor of 5", () => {
    expect(massDeleteGuard(guardInput(2, 1000, { maxDeletes: { kind: "count", value: 1 } })).tripped).toBe(true);
  });

  it("names the numbers and the override flag when it trips", () => {
    const verdict = massDeleteGuard(guardInput(6, 10));
    expect(verdict.message).toContain("6 of 10 owned records (60%)");
    expect(verdict.message).toContain("--allow-mass-delete (input allow-mass-delete)");
    expect(verdict.overridden).toBe(false);
  });

  it("is overridden by allow-mass-delete", () => {
    const verdict = massDeleteGuard(guardInput(6, 10, { allowMassDelete: true }));
    expect(verdict).toMatchObject({ tripped: true, overridden: true });
    expect(verdict.message).toContain("proceeding");
  });
});

describe("empty-source guard", () => {
  it("trips when the source is empty and the target holds owned records", () => {
    const verdict = emptySourceGuard(guardInput(0, 3, { documents: 0 }));
    expect(verdict.tripped).toBe(true);
    expect(verdict.message).toContain("3 owned records");
  });

  it("does not trip when every document was rejected, or when the target holds nothing owned", () => {
    expect(emptySourceGuard(guardInput(0, 3, { documents: 0, rejected: 1 })).tripped).toBe(false);
    expect(emptySourceGuard(guardInput(0, 0, { documents: 0 })).tripped).toBe(false);
  });
});

describe("buildPlan: guards", () => {
  const owned = Array.from({ length: 10 }, (_, i) => ownedRecord(`d${i}`));
  const keep = (n: number) => owned.slice(0, n).map((r) => doc(r.externalId));

  it("always reports both guards", () => {
    const plan = buildPlan(input({ documents: keep(10), records: owned }));
    expect(plan.guards.map((g) => [g.guard, g.tripped])).toEqual([
      ["mass-delete", false],
      ["empty-source", false],
    ]);
  });

  it("blocks a plan deleting 6 of 10 and lets allow-mass-delete through", () => {
    const blocked = buildPlan(input({ documents: keep(4), records: owned }));
    expect(isBlocked(blocked)).toBe(true);
    const allowed = buildPlan(
      input({ documents: keep(4), records: owned, options: { allowMassDelete: true, deletions: "tombstone" } }),
    );
    expect(isBlocked(allowed)).toBe(false);
    expect(allowed.summary.delete).toBe(6);
  });

  it("counts only owned live records as the base", () => {
    const extra = [ownedRecord("f1", { owned: false }), ownedRecord("t1", { state: "tombstoned" })];
    const plan = buildPlan(input({ documents: keep(5), records: [...owned, ...extra] }));
    expect(plan.guards[0]?.message).toContain("5 of 10 owned records");
  });

  it("trips empty-source when no documents were found", () => {
    const plan = buildPlan(input({ documents: [], records: owned.slice(0, 1) }));
    expect(plan.guards.find((g) => g.guard === "empty-source")?.tripped).toBe(true);
    expect(isBlocked(plan)).toBe(true);
  });
});
