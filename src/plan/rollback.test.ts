import { describe, expect, it } from "vitest";
import type { CommitStamp } from "../targets/target.js";
import { buildPlan } from "./build.js";
import { doc, input, ownedRecord, syncedRecord } from "./test-fixtures.js";
import type { Operation } from "./types.js";

const OLD: CommitStamp = { sha: "a".repeat(40), time: 1_700_000_000 };
const NEW: CommitStamp = { sha: "b".repeat(40), time: 1_700_000_500 };
const written = (commit: CommitStamp) => ({ provenance: { sources: { "x.md": "ab" }, derivation: "k", commit } });
const ids = (ops: Operation[]) => ops.map((op) => `${op.kind} ${op.kind === "delete" ? op.remote.externalId : op.doc.externalId}`);

describe("the rollback guard", () => {
  const edited = doc("edited", { content: "old text from the older commit" });
  const records = [
    syncedRecord(doc("edited"), written(NEW)),
    ownedRecord("removed-later", written(NEW)),
    syncedRecord(doc("archived"), { ...written(NEW), state: "tombstoned" }),
    syncedRecord(doc("same"), written(NEW)),
  ];
  const documents = [edited, doc("archived"), doc("same"), doc("fresh")];

  it("skips the updates, restores and deletes of records a newer commit wrote", () => {
    const plan = buildPlan(input({ documents, records, commit: OLD }));
    expect(ids(plan.operations)).toEqual(["create fresh", "unchanged same"]);
    expect(plan.skipped?.map((s) => [s.externalId, s.action, s.reasons])).toEqual([
      ["edited", "update", ["content changed"]],
      ["archived", "update", ["restored (file is back)"]],
      ["removed-later", "delete", ["file removed"]],
    ]);
    expect(plan.skipped?.[0]).toMatchObject({ commit: NEW, reason: `newer version published from ${"b".repeat(12)}`, sourcePath: "edited.md" });
    expect(plan.summary).toEqual({ create: 1, update: 0, unchanged: 1, delete: 0 });
    // Skipped deletes never reach the mass-delete guard.
    expect(plan.guards[0]?.message).toContain("deletes 0 of");
  });

  it.each([
    ["the same commit time", { commit: { sha: "c".repeat(40), time: NEW.time } }],
    ["a newer commit", { commit: { sha: "d".repeat(40), time: NEW.time + 1 } }],
    ["--allow-rollback", { commit: OLD, options: { allowMassDelete: false, deletions: "tombstone" as const, allowRollback: true } }],
    ["no git (no commit)", {}],
  ])("does not apply with %s", (_name, extra) => {
    const plan = buildPlan(input({ documents, records, ...extra }));
    expect(plan.skipped ?? []).toEqual([]);
    expect(plan.summary).toEqual({ create: 1, update: 2, unchanged: 1, delete: 1 });
  });

  it("does not apply to records written without a commit", () => {
    const plan = buildPlan(input({ documents: [edited], records: [syncedRecord(doc("edited"))], commit: OLD }));
    expect(ids(plan.operations)).toEqual(["update edited"]);
  });

  it("stamps every write with the run's commit, keeping what provenance already says", () => {
    const plan = buildPlan(input({ documents: [doc("new"), edited], records: [syncedRecord(doc("edited"), written(OLD)), ownedRecord("gone", written(OLD))], commit: NEW }));
    const provenance = plan.operations.map((op) => (op.kind === "delete" ? op.remote.provenance : op.kind === "unchanged" ? undefined : op.provenance));
    expect(provenance).toEqual([
      { sources: {}, derivation: "", commit: NEW },
      { sources: {}, derivation: "", commit: NEW },
      { sources: { "x.md": "ab" }, derivation: "k", commit: NEW },
    ]);
    const unstamped = buildPlan(input({ documents: [doc("new")] }));
    expect(unstamped.operations[0]).not.toHaveProperty("provenance");
  });
});
