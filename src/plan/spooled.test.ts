import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../documents/hash.js";
import { buildPlan } from "./build.js";
import { REASONS } from "./reasons.js";
import { doc, input, syncedRecord, target } from "./test-fixtures.js";
import type { SpooledPayload } from "./upserts.js";

/** A page whose payload the reading step spooled: the plan sees its fingerprint, verdict and size, and a stripped document. */
function spooledEntry(id: string, problems: SpooledPayload["problems"] = []): SpooledPayload {
  const fingerprint = fingerprintOf(target.payloadOf(doc(id)));
  return { spooled: { offset: 0, payloadBytes: 10, docBytes: 10 }, fingerprint, problems, contentBytes: 42 };
}

const stripped = (id: string) => doc(id, { content: "" });

describe("buildPlan with spooled pages", () => {
  it("plans a spooled page from its entry alone: never from the stripped document", () => {
    const prepared = new Map([["a.md", spooledEntry("a")], ["b.md", spooledEntry("b")]]);
    const b = doc("b", { content: "old" });
    const plan = buildPlan({ ...input({ documents: [stripped("a"), stripped("b")], records: [syncedRecord(b)] }), prepared });
    expect(plan.operations).toEqual([
      { kind: "create", doc: { externalId: "a", title: "Title of a", sourcePath: "a.md" }, spooled: prepared.get("a.md")!.spooled, contentBytes: 42, fingerprint: spooledEntry("a").fingerprint, reasons: [REASONS.created] },
      expect.objectContaining({ kind: "update", doc: { externalId: "b", title: "Title of b", sourcePath: "b.md" }, contentBytes: 42, reasons: ["content changed"] }),
    ]);
  });

  it("keeps a spooled page unchanged when its fingerprint matches, and rejects one the target refused before it was spooled", () => {
    const refused = spooledEntry("big", [{ severity: "error", message: "document big exceeds 1 MB" }, { severity: "warning", message: "long" }]);
    const prepared = new Map([["a.md", spooledEntry("a")], ["big.md", refused]]);
    const plan = buildPlan({ ...input({ documents: [stripped("a"), stripped("big")], records: [syncedRecord(doc("a"))] }), prepared });
    expect(plan.operations).toMatchObject([{ kind: "unchanged", doc: { externalId: "a" } }]);
    expect(plan.rejected).toEqual([{ externalId: "big", sourcePath: "big.md", message: "document big exceeds 1 MB" }]);
    expect(plan.diagnostics).toContainEqual({ severity: "warning", file: "big.md", message: "long" });
  });
});
