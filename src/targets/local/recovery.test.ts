import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordFileName } from "./naming.js";
import { doc, localTarget, tempStore, upsertOf } from "./test-fixtures.js";

let store: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, cleanup } = await tempStore()));
afterEach(() => cleanup());

const indexPath = () => join(store, "index.json");

async function seed(ids: string[]) {
  const { target } = localTarget(store);
  await target.upsertBatch(ids.map((id) => upsertOf(target, doc(id))));
  return JSON.parse(await readFile(indexPath(), "utf8"));
}

describe("local target: recovery", () => {
  it("rebuilds a corrupt index.json from the record files and warns", async () => {
    const index = await seed(["a", "b"]);
    await writeFile(indexPath(), '{"version": 1, "records": {"a": ');
    const { target, warnings } = localTarget(store);
    const snapshot = await target.snapshot();
    expect(snapshot.records.map((r) => [r.externalId, r.fingerprint?.hash])).toEqual([
      ["a", index.records.a.hash],
      ["b", index.records.b.hash],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/index\.json was unreadable .*rebuilt it from 2 record files/);
    expect(JSON.parse(await readFile(indexPath(), "utf8"))).toEqual(index);
  });

  it("rebuilds a missing index.json", async () => {
    const index = await seed(["a"]);
    await rm(indexPath());
    const { target, warnings } = localTarget(store);
    expect((await target.snapshot()).records).toHaveLength(1);
    expect(warnings[0]).toMatch(/was missing; rebuilt/);
    expect(JSON.parse(await readFile(indexPath(), "utf8"))).toEqual(index);
  });

  it("repairs an index that lags behind the records (a crash between the two writes)", async () => {
    const before = await seed(["a"]);
    await seed(["a", "b"]);
    await writeFile(indexPath(), JSON.stringify(before));
    const { target, warnings } = localTarget(store);
    expect((await target.snapshot()).records.map((r) => r.externalId)).toEqual(["a", "b"]);
    expect(warnings[0]).toMatch(/disagreed with the record files/);
  });

  it("ignores leftover temp files and says nothing when the store is healthy", async () => {
    await seed(["a"]);
    const leftover = join(store, "records", `.${recordFileName("z")}.1234.abcd.tmp`);
    await writeFile(leftover, '{"externalId": "z", "trunc');
    await writeFile(join(store, ".index.json.99.ffff.tmp"), "{");
    const { target, warnings } = localTarget(store);
    const snapshot = await target.snapshot();
    expect(snapshot).toMatchObject({ complete: true });
    expect(snapshot.records.map((r) => r.externalId)).toEqual(["a"]);
    expect(warnings).toEqual([]);
    expect(await target.upsertBatch([upsertOf(target, doc("z"))])).toEqual([{ externalId: "z", status: "created" }]);
  });

  it("marks the snapshot incomplete when a record file is corrupt, and never overwrites it", async () => {
    await seed(["a"]);
    await writeFile(join(store, "records", recordFileName("broken")), "not json");
    const { target, warnings } = localTarget(store);
    const snapshot = await target.snapshot();
    expect(snapshot.complete).toBe(false);
    expect(warnings.some((w) => w.includes(recordFileName("broken")))).toBe(true);
    const [result] = await target.upsertBatch([upsertOf(target, doc("broken"))]);
    expect(result?.status).toBe("failed");
    expect(await readFile(join(store, "records", recordFileName("broken")), "utf8")).toBe("not json");
  });
});

describe("local target: reading the index, not the records", () => {
  it("after a clean run trusts the index; after an interrupted run or with --full reads files whose stamp changed", async () => {
    const { target } = localTarget(store);
    await target.upsertBatch([upsertOf(target, doc("a"))]);
    expect(existsSync(join(store, "index.dirty"))).toBe(true);
    await target.finish!([]);
    expect(existsSync(join(store, "index.dirty"))).toBe(false);
    const file = join(store, "records", recordFileName("a"));
    await writeFile(file, (await readFile(file, "utf8")).replace("Body of a", "Body of A"));
    // A clean store is planned from its index alone: the file is not opened.
    const clean = localTarget(store);
    expect((await clean.target.snapshot()).records[0]).toMatchObject({ externalId: "a", drifted: false });
    expect(clean.warnings).toEqual([]);
    // A --full run checks every stamp: the edit shows as drift.
    expect((await localTarget(store, "kb-publish", { full: true }).target.snapshot()).records[0]).toMatchObject({ drifted: true, content: "Body of A" });
    // So does any run after one that stopped before writing its index.
    await writeFile(join(store, "index.dirty"), "{}");
    expect((await localTarget(store).target.snapshot()).records[0]).toMatchObject({ drifted: true, content: "Body of A" });
  });

  it("keeps provenance recorded for unchanged records in the index, written once at finish", async () => {
    await seed(["a"]);
    const { target } = localTarget(store);
    const [record] = (await target.snapshot()).records;
    const provenance = { sources: { "docs/a.md": "f".repeat(64) }, derivation: "d" };
    await target.recordProvenance!([{ record: record!, provenance }]);
    expect(JSON.parse(await readFile(indexPath(), "utf8")).records.a.provenance).toBeUndefined();
    await target.finish!([]);
    expect(JSON.parse(await readFile(indexPath(), "utf8")).records.a.provenance).toEqual(provenance);
    expect((await localTarget(store).target.snapshot()).records[0]?.provenance).toEqual(provenance);
  });

  it("rewrites a record of its own whose file no longer reads (a power cut mid-write)", async () => {
    await seed(["a"]);
    await writeFile(join(store, "records", recordFileName("a")), "");
    const { target } = localTarget(store);
    const [record] = (await target.snapshot()).records;
    expect(record).toMatchObject({ externalId: "a", owned: true, drifted: true });
    expect(await target.upsertBatch([upsertOf(target, doc("a"))])).toEqual([{ externalId: "a", status: "updated" }]);
    expect((await localTarget(store).target.snapshot()).records[0]).toMatchObject({ externalId: "a", drifted: false });
  });
});
