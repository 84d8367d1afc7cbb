import { describe, expect, it } from "vitest";
import { snapshotFromDocuments } from "./baseline.js";
import { buildPlan } from "./build.js";
import { doc, input, target } from "./test-fixtures.js";

describe("snapshotFromDocuments", () => {
  it("turns base documents into owned live records with the target's fingerprints and content", () => {
    const snapshot = snapshotFromDocuments([doc("a"), doc("b", { title: "B" })], target);
    expect(snapshot.complete).toBe(true);
    expect(snapshot.records.map((r) => [r.externalId, r.owned, r.state, r.title, r.content])).toEqual([
      ["a", true, "live", "Title of a", "Body of a"],
      ["b", true, "live", "B", "Body of b"],
    ]);
  });

  it("plans only what differs from the base: an edit, a new page and a removed page", () => {
    const base = [doc("same"), doc("edited"), doc("removed")];
    const head = [doc("same"), doc("edited", { content: "new body" }), doc("added")];
    const plan = buildPlan(input({ documents: head, snapshot: snapshotFromDocuments(base, target) }));
    expect(plan.summary).toEqual({ create: 1, update: 1, unchanged: 1, delete: 1 });
    const update = plan.operations.find((op) => op.kind === "update");
    expect(update?.kind === "update" && update.reasons).toEqual(["content changed"]);
    expect(update?.kind === "update" && update.remote.content).toBe("Body of edited");
  });

  it("leaves out a base document whose payload cannot be built", () => {
    const throwing = { payloadOf: (d: ReturnType<typeof doc>) => (d.externalId === "bad" ? JSON.parse("{") : { content: d.content }) };
    const snapshot = snapshotFromDocuments([doc("bad"), doc("ok")], throwing);
    expect(snapshot.records.map((r) => r.externalId)).toEqual(["ok"]);
  });
});
