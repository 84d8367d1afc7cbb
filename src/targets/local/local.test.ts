import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fingerprintOf } from "../../documents/hash.js";
import { recordFileName } from "./naming.js";
import { FIXED_NOW, doc, localTarget, tempStore, upsertOf } from "./test-fixtures.js";

let store: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, cleanup } = await tempStore()));
afterEach(() => cleanup());

const readJson = async (path: string) => JSON.parse(await readFile(path, "utf8"));
const recordPath = (id: string) => join(store, "records", recordFileName(id));

describe("local target: upsert and snapshot", () => {
  it("round-trips records with their fingerprints and ownership", async () => {
    const { target } = localTarget(store);
    expect(await target.snapshot()).toEqual({ records: [], complete: true });
    const items = [upsertOf(target, doc("guide/intro")), upsertOf(target, doc("faq"))];
    expect(await target.upsertBatch(items)).toEqual([
      { externalId: "guide/intro", status: "created" },
      { externalId: "faq", status: "created" },
    ]);
    const snapshot = await target.snapshot();
    expect(snapshot.complete).toBe(true);
    expect(snapshot.records.map((r) => r.externalId)).toEqual(["faq", "guide/intro"]);
    const intro = snapshot.records[1]!;
    expect(intro).toMatchObject({ owned: true, state: "live", title: "Title guide/intro", drifted: false });
    expect(intro.fingerprint).toEqual(fingerprintOf(target.payloadOf(doc("guide/intro"))));
    expect(intro.updatedAt).toBe(new Date(FIXED_NOW).toISOString());
    // The snapshot reads the index alone; content is read only for the records a diff shows.
    expect(intro.content).toBeUndefined();
    await target.loadContent!([intro]);
    expect(intro.content).toBe("Body of guide/intro");
  });

  it("keeps each record's provenance in the index and returns it with the record", async () => {
    const { target } = localTarget(store);
    const provenance = { sources: { "docs/page.md": "a".repeat(64) }, derivation: "d1", commit: { sha: "c0ffee", time: 1_700_000_000 } };
    await target.upsertBatch([{ ...upsertOf(target, doc("page")), provenance }, upsertOf(target, doc("plain"))]);
    const index = await readJson(join(store, "index.json"));
    expect(index.records.page.provenance).toEqual(provenance);
    const [page, plain] = (await target.snapshot()).records;
    expect(page).toMatchObject({ externalId: "page", provenance });
    expect(plain!.externalId).toBe("plain");
    expect(plain!.provenance).toBeUndefined();
  });

  it("writes the documented record and index layout", async () => {
    const { target } = localTarget(store);
    const item = upsertOf(target, doc("page"));
    await target.upsertBatch([item]);
    const record = await readJson(recordPath("page"));
    expect(record).toMatchObject({ externalId: "page", sourcePath: "docs/page.md", owner: "kb-publish", toolVersion: "1.2.3" });
    expect(record).toMatchObject({ tags: ["a"], lang: "en", metadata: { n: 1 }, state: "live", fingerprint: item.fingerprint });
    const index = await readJson(join(store, "index.json"));
    const { ino, size, mtimeMs } = await stat(recordPath("page"));
    expect(index).toEqual({
      version: 1,
      records: {
        page: {
          file: recordFileName("page"),
          owner: "kb-publish",
          hash: item.fingerprint.hash,
          parts: item.fingerprint.parts,
          state: "live",
          updatedAt: record.updatedAt,
          title: "Title page",
          sourcePath: "docs/page.md",
          stamp: `${ino}:${size}:${mtimeMs}`,
        },
      },
    });
  });

  it("reports updated for an existing record and marks records of other owners as not owned", async () => {
    await localTarget(store, "someone-else").target.upsertBatch([upsertOf(localTarget(store).target, doc("theirs"))]);
    const { target } = localTarget(store);
    await target.upsertBatch([upsertOf(target, doc("mine"))]);
    expect(await target.upsertBatch([upsertOf(target, doc("mine", "new body"))])).toEqual([{ externalId: "mine", status: "updated" }]);
    const owned = Object.fromEntries((await target.snapshot()).records.map((r) => [r.externalId, r.owned]));
    expect(owned).toEqual({ mine: true, theirs: false });
  });

  it("refuses to overwrite or delete a record owned by someone else", async () => {
    const other = localTarget(store, "hand-made");
    await other.target.upsertBatch([upsertOf(other.target, doc("shared"))]);
    const { target } = localTarget(store);
    const [result] = await target.upsertBatch([upsertOf(target, doc("shared", "mine now"))]);
    expect(result).toMatchObject({ externalId: "shared", status: "failed" });
    expect(result?.status === "failed" && result.error).toMatch(/owned by "hand-made", expected owner "kb-publish"/);
    const [deleted] = await target.deleteBatch([{ externalId: "shared", owned: true, state: "live" }], "hard");
    expect(deleted?.status).toBe("failed");
    expect((await readJson(recordPath("shared"))).content).toBe("Body of shared");
  });

  it("maps ids with slashes, unicode and case differences to distinct files", async () => {
    const { target } = localTarget(store);
    const ids = ["a/b", "a-b", "a_b", "Café/Ü", "cafe/u", "A/B", "../escape", "日本語/ページ"];
    const names = ids.map(recordFileName);
    expect(new Set(names).size).toBe(ids.length);
    expect(names.every((n) => !n.includes("/") && !n.startsWith("."))).toBe(true);
    await target.upsertBatch(ids.map((id) => upsertOf(target, doc(id))));
    expect((await readdir(join(store, "records"))).sort()).toEqual([...names].sort());
    expect((await target.snapshot()).records.map((r) => r.externalId).sort()).toEqual([...ids].sort());
  });

  it("flags a record edited by hand as drifted", async () => {
    const { target } = localTarget(store);
    await target.upsertBatch([upsertOf(target, doc("p"))]);
    const { writeFile } = await import("node:fs/promises");
    const record = await readJson(recordPath("p"));
    await writeFile(recordPath("p"), JSON.stringify({ ...record, content: "edited by hand" }));
    const [snap] = (await target.snapshot()).records;
    expect(snap).toMatchObject({ drifted: true, content: "edited by hand" });
  });
});
