import { describe, expect, it } from "vitest";
import { buildPlan } from "./build.js";
import { doc, input, ownedRecord } from "./test-fixtures.js";

const NOTHING_LOST = "deletes are withheld so nothing is lost";

describe("buildPlan: deletes", () => {
  it("deletes owned live records whose file was removed", () => {
    const plan = buildPlan(input({ documents: [doc("a")], records: [ownedRecord("a"), ownedRecord("gone")] }));
    const deletes = plan.operations.filter((op) => op.kind === "delete");
    expect(deletes).toEqual([{ kind: "delete", remote: ownedRecord("gone"), reasons: ["file removed"] }]);
    expect(plan.deletesWithheld).toEqual([]);
  });

  it("adds the target's delete note (e.g. a grace window) after the reason", () => {
    const snapshot = { records: [ownedRecord("a"), ownedRecord("gone")], complete: true, deleteNote: "tombstone for 7 days" };
    const plan = buildPlan({ ...input({ documents: [doc("a")] }), snapshot });
    const deletes = plan.operations.filter((op) => op.kind === "delete");
    expect(deletes.map((op) => op.reasons)).toEqual([["file removed", "tombstone for 7 days"]]);
  });

  it("plans no deletes when deletions are off and says how many records have no file", () => {
    const plan = buildPlan(
      input({
        documents: [doc("a")],
        records: [ownedRecord("a"), ownedRecord("x"), ownedRecord("y")],
        options: { allowMassDelete: false, deletions: "off" },
      }),
    );
    expect(plan.summary.delete).toBe(0);
    expect(plan.deletesWithheld).toEqual(["deletions are off: 2 owned records have no source file"]);
  });

  it("adds no note when deletions are off and nothing would be deleted", () => {
    const plan = buildPlan(
      input({ documents: [doc("a")], records: [ownedRecord("a")], options: { allowMassDelete: false, deletions: "off" } }),
    );
    expect(plan.deletesWithheld).toEqual([]);
  });

  it("never deletes the record of a rejected document", () => {
    const plan = buildPlan(input({ documents: [doc("a", { title: "too big" })], records: [ownedRecord("a")] }));
    expect(plan.operations).toEqual([]);
    expect(plan.rejected).toHaveLength(1);
  });

  it("never deletes the record of a duplicate or invalid id", () => {
    const docs = [doc("a", { sourcePath: "1.md" }), doc("a", { sourcePath: "2.md" }), doc("b/../c")];
    const plan = buildPlan(input({ documents: docs, records: [ownedRecord("a"), ownedRecord("b/../c")] }));
    expect(plan.summary.delete).toBe(0);
  });

  it("withholds deletes when a file could not be read, counting files once", () => {
    const diagnostics = [
      { severity: "error" as const, file: "broken.md", line: 3, message: "bad YAML" },
      { severity: "error" as const, file: "broken.md", line: 9, message: "bad YAML again" },
      { severity: "error" as const, file: "other.md", message: "unreadable" },
      { severity: "warning" as const, file: "fine.md", message: "no title" },
    ];
    const plan = buildPlan(input({ documents: [doc("a")], diagnostics, records: [ownedRecord("broken"), ownedRecord("gone")] }));
    expect(plan.summary.delete).toBe(1);
    expect(plan.kept?.map((k) => k.externalId)).toEqual(["broken"]);
    expect(plan.deletesWithheld).toEqual([`2 files could not be read; ${NOTHING_LOST}`]);
    expect(plan.diagnostics).toEqual(diagnostics);
  });

  it("withholds deletes when the listing was incomplete", () => {
    const plan = buildPlan(
      input({ documents: [doc("a")], snapshot: { records: [ownedRecord("old")], complete: false } }),
    );
    expect(plan.deletesWithheld).toEqual([`the knowledge base listing was incomplete; ${NOTHING_LOST}`]);
  });

  it("lists every reason at once", () => {
    const plan = buildPlan(
      input({
        documents: [doc("a", { title: "too big" }), doc("b", { title: "too big" })],
        diagnostics: [{ severity: "error", file: "c.md", message: "bad" }],
        snapshot: { records: [], complete: false },
      }),
    );
    expect(plan.deletesWithheld).toEqual([
      `1 file could not be read; ${NOTHING_LOST}`,
      `2 documents were rejected; ${NOTHING_LOST}`,
      `the knowledge base listing was incomplete; ${NOTHING_LOST}`,
    ]);
  });
});
