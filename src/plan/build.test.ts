import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../documents/hash.js";
import { buildPlan } from "./build.js";
import { REASONS } from "./reasons.js";
import { doc, input, ownedRecord, syncedRecord, target } from "./test-fixtures.js";
import type { Provenance } from "../targets/target.js";
import { isBlocked, type Operation } from "./types.js";

function kinds(operations: Operation[]): string[] {
  return operations.map((op) => `${op.kind} ${op.kind === "delete" ? op.remote.externalId : op.doc.externalId}`);
}

describe("buildPlan: matching", () => {
  it("creates a document the target does not hold", () => {
    const plan = buildPlan(input({ documents: [doc("a")] }));
    expect(plan.operations).toHaveLength(1);
    const [op] = plan.operations;
    expect(op?.kind).toBe("create");
    if (op?.kind !== "create") return;
    expect(op.reasons).toEqual([REASONS.created]);
    expect(op.payload).toEqual(target.payloadOf(doc("a")));
    expect(op.fingerprint).toEqual(fingerprintOf(target.payloadOf(doc("a"))));
  });

  it("leaves a record with the same hash unchanged", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a], records: [syncedRecord(a)] }));
    expect(kinds(plan.operations)).toEqual(["unchanged a"]);
    expect(plan.summary).toEqual({ create: 0, update: 0, unchanged: 1, delete: 0 });
  });

  it("updates a drifted record even when the hash matches", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a], records: [syncedRecord(a, { drifted: true })] }));
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.drift] });
  });

  it("restores a tombstoned owned record", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a], records: [syncedRecord(a, { state: "tombstoned" })] }));
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.restored] });
  });

  it("updates a record without a stored hash", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a], records: [syncedRecord(a, { fingerprint: undefined })] }));
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.noStoredHash] });
  });

  it("names each changed field, known fields first", () => {
    const old = doc("a", { metadata: { x: 1 } });
    const now = doc("a", { title: "New", content: "New body", tags: ["t"], metadata: { x: 1 } });
    const plan = buildPlan(input({ documents: [now], records: [syncedRecord(old)] }));
    expect(plan.operations[0]).toMatchObject({
      kind: "update",
      reasons: ["content changed", "title changed", "tags changed"],
    });
  });

  it("says the format changed when the hash differs but every part matches", () => {
    const a = doc("a");
    const stored = fingerprintOf(target.payloadOf(a));
    const record = syncedRecord(a, { fingerprint: { hash: "old-schema-hash", parts: stored.parts } });
    const plan = buildPlan(input({ documents: [a], records: [record] }));
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.format] });
  });

  it("says the format changed when the stored parts are missing", () => {
    const a = doc("a");
    const record = syncedRecord(a, { fingerprint: { hash: "old", parts: {} } });
    const plan = buildPlan(input({ documents: [a], records: [record] }));
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.format] });
  });

  it("orders creates, updates, unchanged, deletes, each by id", () => {
    const docs = [doc("c"), doc("b"), doc("u2"), doc("u1", { title: "changed" }), doc("s")];
    const records = [
      ownedRecord("u1"),
      ownedRecord("u2", { fingerprint: undefined }),
      ownedRecord("s"),
      ownedRecord("z"),
      ownedRecord("y"),
    ];
    const plan = buildPlan(input({ documents: docs, records }));
    expect(kinds(plan.operations)).toEqual([
      "create b",
      "create c",
      "update u1",
      "update u2",
      "unchanged s",
      "delete y",
      "delete z",
    ]);
    expect(plan.summary).toEqual({ create: 2, update: 2, unchanged: 1, delete: 2 });
    expect(plan.deletesWithheld).toEqual([]);
    expect(isBlocked(plan)).toBe(false);
  });
});

describe("buildPlan: ownership", () => {
  it("rejects a document whose id belongs to a foreign record and never touches that record", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a, doc("b")], records: [syncedRecord(a, { owned: false })] }));
    expect(plan.rejected).toEqual([
      {
        externalId: "a",
        sourcePath: "a.md",
        message: 'a record with id "a" already exists in the knowledge base and is not owned by kb-publish; it is left untouched',
      },
    ]);
    expect(kinds(plan.operations)).toEqual(["create b"]);
  });

  it("never deletes foreign records or owned tombstones", () => {
    const records = [ownedRecord("foreign", { owned: false }), ownedRecord("gone", { state: "tombstoned" })];
    const plan = buildPlan(input({ documents: [doc("a")], records }));
    expect(kinds(plan.operations)).toEqual(["create a"]);
  });

  it("re-adopts a record of unknown ownership that a document names, and never deletes the others", () => {
    const a = doc("a");
    const unknown = { owned: false, adoptable: true, fingerprint: undefined };
    const records = [syncedRecord(a, unknown), ownedRecord("stray", unknown), ownedRecord("old", { state: "live" })];
    const plan = buildPlan(input({ documents: [a], records }));
    expect(kinds(plan.operations)).toEqual(["update a", "delete old"]);
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.readopted] });
    expect(plan.rejected).toEqual([]);
    // Only the one owned live record is the base for the mass-delete percentage.
    expect(plan.guards.find((g) => g.guard === "mass-delete")?.message).toContain("1 of 1 owned records");
  });

  it("leaves an adoptable record unchanged when its content-derived fingerprint matches", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a], records: [syncedRecord(a, { owned: false, adoptable: true })] }));
    expect(kinds(plan.operations)).toEqual(["unchanged a"]);
    const changed = doc("a", { content: "other" });
    const again = buildPlan(input({ documents: [changed], records: [syncedRecord(a, { owned: false, adoptable: true })] }));
    expect(again.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.readopted] });
  });

  it("restores an archived record of unknown ownership that a document names", () => {
    const a = doc("a");
    const record = syncedRecord(a, { owned: false, adoptable: true, state: "tombstoned" });
    const plan = buildPlan(input({ documents: [a], records: [record] }));
    expect(plan.operations[0]).toMatchObject({ kind: "update", reasons: [REASONS.restored, REASONS.readopted] });
  });

  it("prefers a foreign record over one of unknown ownership with the same id", () => {
    const records = [ownedRecord("a", { owned: false, adoptable: true }), ownedRecord("a", { owned: false })];
    const plan = buildPlan(input({ documents: [doc("a")], records }));
    expect(plan.rejected.map((r) => r.externalId)).toEqual(["a"]);
  });

  it("prefers a foreign record when the listing holds an owned one with the same id too", () => {
    const records = [ownedRecord("a"), ownedRecord("a", { owned: false })];
    const plan = buildPlan(input({ documents: [doc("a")], records }));
    expect(plan.rejected.map((r) => r.externalId)).toEqual(["a"]);
    expect(plan.operations).toEqual([]);
  });
});

describe("buildPlan: validation", () => {
  it("rejects documents with validation errors and keeps their remote copy", () => {
    const big = doc("big", { title: "too big" });
    const records = [ownedRecord("big")];
    const plan = buildPlan(input({ documents: [big, doc("ok")], records }));
    expect(plan.rejected).toEqual([{ externalId: "big", sourcePath: "big.md", message: "document big exceeds 1 MB" }]);
    expect(kinds(plan.operations)).toEqual(["create ok"]);
    expect(plan.deletesWithheld).toEqual(["1 document was rejected; deletes are withheld so nothing is lost"]);
  });

  it("turns validation warnings into diagnostics and still plans the document", () => {
    const plan = buildPlan(input({ documents: [doc("a", { title: "long title", sourcePath: "docs/a.md" })] }));
    expect(plan.diagnostics).toEqual([
      { severity: "warning", file: "docs/a.md", message: "title is longer than 200 characters" },
    ]);
    expect(kinds(plan.operations)).toEqual(["create a"]);
  });

  it("rejects a document whose payload cannot be built instead of throwing", () => {
    const throwing = {
      payloadOf: (d: { externalId: string }) => {
        if (d.externalId === "bad") throw new Error("unsupported language");
        return { id: d.externalId };
      },
    };
    const plan = buildPlan(input({ documents: [doc("bad"), doc("good")], target: throwing }));
    expect(plan.rejected[0]?.message).toContain("unsupported language");
    expect(plan.rejected[0]?.message).toContain("bad.md");
    expect(kinds(plan.operations)).toEqual(["create good"]);
  });
});

describe("buildPlan: plan errors", () => {
  it("reports a duplicate id naming every file and plans neither", () => {
    const docs = [doc("a", { sourcePath: "one.md" }), doc("a", { sourcePath: "two.md" }), doc("b")];
    const plan = buildPlan(input({ documents: docs, records: [ownedRecord("a")] }));
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toContain('"a"');
    expect(plan.errors[0]).toContain("one.md");
    expect(plan.errors[0]).toContain("two.md");
    expect(kinds(plan.operations)).toEqual(["create b"]);
    expect(isBlocked(plan)).toBe(true);
  });

  it("reports invalid ids with their file", () => {
    const docs = [doc(" padded", { sourcePath: "p.md" }), doc("a/../b", { sourcePath: "dots.md" }), doc("")];
    const plan = buildPlan(input({ documents: docs }));
    expect(plan.errors).toHaveLength(3);
    expect(plan.errors[0]).toBe('invalid id in p.md: id " padded" starts or ends with whitespace; expected none');
    expect(plan.errors[1]).toContain("dots.md");
    expect(plan.operations).toEqual([]);
    expect(isBlocked(plan)).toBe(true);
  });
});

describe("buildPlan: incremental input", () => {
  const provenance = { sources: { "a.md": "sha-a" }, derivation: "k" };

  it("plans records kept without parsing as unchanged, never deletes them, and counts them as documents", () => {
    const kept = ownedRecord("kept", { provenance: { sources: { "kept.md": "s" }, derivation: "k" } });
    const unchanged = [{ doc: { externalId: "kept", title: "Kept", sourcePath: "kept.md" }, record: kept }];
    const plan = buildPlan(input({ documents: [], unchanged, records: [kept, ownedRecord("gone")] }));
    expect(kinds(plan.operations)).toEqual(["unchanged kept", "delete gone"]);
    expect(plan.operations[0]).toMatchObject({ fingerprint: kept.fingerprint, remote: kept });
    expect(plan.guards.find((g) => g.guard === "empty-source")?.tripped).toBe(false);
  });

  it("stamps the commit into the provenance of every write, and sets it on an unchanged record only when it differs", () => {
    const commit = { sha: "c0ffee", time: 1_700_000_000 };
    const same = doc("same", { sourcePath: "a.md" });
    const stale = doc("stale", { sourcePath: "b.md" });
    const map = new Map<string, Provenance>([
      ["a.md", provenance],
      ["b.md", { sources: { "b.md": "new" }, derivation: "k" }],
      ["new.md", { sources: { "new.md": "n" }, derivation: "k" }],
    ]);
    const records = [syncedRecord(same, { provenance: { ...provenance, commit: { sha: "old", time: 1 } } }), syncedRecord(stale, { provenance: { sources: { "b.md": "old" }, derivation: "k" } })];
    const plan = buildPlan(input({ documents: [same, stale, doc("new", { sourcePath: "new.md" })], records, provenance: map, commit }));
    const byId = new Map(plan.operations.map((op) => [op.kind === "delete" ? op.remote.externalId : op.doc.externalId, op]));
    expect(byId.get("new")).toMatchObject({ kind: "create", provenance: { sources: { "new.md": "n" }, derivation: "k", commit } });
    expect(byId.get("same")).toMatchObject({ kind: "unchanged" });
    expect(byId.get("same")).not.toHaveProperty("provenance");
    expect(byId.get("stale")).toMatchObject({ kind: "unchanged", provenance: { sources: { "b.md": "new" } } });
  });

  it("keeps only what reports show of an unchanged document, not its text", () => {
    const a = doc("a");
    const plan = buildPlan(input({ documents: [a], records: [syncedRecord(a)] }));
    expect(plan.operations[0]).toMatchObject({ kind: "unchanged", doc: { externalId: "a", title: "Title of a", sourcePath: "a.md" } });
    expect(plan.operations[0]!.kind === "unchanged" && "content" in plan.operations[0]!.doc).toBe(false);
  });
});
