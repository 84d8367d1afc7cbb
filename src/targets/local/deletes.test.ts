import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordFileName } from "./naming.js";
import { FIXED_NOW, doc, localTarget, tempStore, upsertOf } from "./test-fixtures.js";

let store: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, cleanup } = await tempStore()));
afterEach(() => cleanup());

const readJson = async (path: string) => JSON.parse(await readFile(path, "utf8"));
const recordPath = (id: string) => join(store, "records", recordFileName(id));

describe("local target: deletes", () => {
  it("tombstones keep the record and its content, with deletedAt", async () => {
    const { target, advance } = localTarget(store);
    await target.upsertBatch([upsertOf(target, doc("old"))]);
    advance(60_000);
    const [remote] = (await target.snapshot()).records;
    expect(await target.deleteBatch([remote!], "tombstone")).toEqual([{ externalId: "old", status: "deleted" }]);
    const record = await readJson(recordPath("old"));
    expect(record).toMatchObject({ state: "tombstoned", content: "Body of old", deletedAt: new Date(FIXED_NOW + 60_000).toISOString() });
    const index = await readJson(join(store, "index.json"));
    expect(index.records.old).toMatchObject({ state: "tombstoned", deletedAt: record.deletedAt });
    const [tombstone] = (await target.snapshot()).records;
    await target.loadContent!([tombstone!]);
    expect(tombstone).toMatchObject({ externalId: "old", state: "tombstoned", content: "Body of old" });
  });

  it("an upsert restores a tombstone as live without deletedAt", async () => {
    const { target } = localTarget(store);
    await target.upsertBatch([upsertOf(target, doc("back"))]);
    await target.deleteBatch([{ externalId: "back", owned: true, state: "live" }], "tombstone");
    expect(await target.upsertBatch([upsertOf(target, doc("back"))])).toEqual([{ externalId: "back", status: "updated" }]);
    const record = await readJson(recordPath("back"));
    expect(record.state).toBe("live");
    expect(record).not.toHaveProperty("deletedAt");
    expect((await target.snapshot()).records[0]?.state).toBe("live");
  });

  it("hard delete removes the file and the index entry; missing records count as deleted", async () => {
    const { target } = localTarget(store);
    await target.upsertBatch([upsertOf(target, doc("x")), upsertOf(target, doc("y"))]);
    const results = await target.deleteBatch(
      [
        { externalId: "x", owned: true, state: "live" },
        { externalId: "never-existed", owned: true, state: "live" },
      ],
      "hard",
    );
    expect(results.map((r) => r.status)).toEqual(["deleted", "deleted"]);
    expect(await readdir(join(store, "records"))).toEqual([recordFileName("y")]);
    expect(Object.keys((await readJson(join(store, "index.json"))).records)).toEqual(["y"]);
    expect((await target.snapshot()).records.map((r) => r.externalId)).toEqual(["y"]);
  });
});
