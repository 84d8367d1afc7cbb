import { readFile, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode, exitCodeFor } from "../src/exit-codes.js";
import { silentLogger } from "../src/log.js";
import { loadDocuments } from "../src/sources/load.js";
import { readDocuments } from "../src/sources/prepare.js";
import { sync } from "../src/sync.js";
import { createLocalTarget } from "../src/targets/local/index.js";
import { fixtureWorkspace, testSettings, treeState } from "./helpers/workspace.js";

const deps = { log: silentLogger, userAgent: "kb-publish/test" };

async function setUp() {
  const ws = await fixtureWorkspace();
  const settings = testSettings({ root: ws.docs, store: ws.store });
  const first = await sync(settings, deps);
  return { ws, settings, first };
}

async function storeRecords(settings: ReturnType<typeof testSettings>) {
  const snapshot = await createLocalTarget(settings, deps).snapshot();
  return new Map(snapshot.records.map((r) => [r.externalId, r]));
}

describe("sync into the local store", () => {
  it("publishes every non-draft page, then a re-run writes nothing", async () => {
    const { ws, settings, first } = await setUp();
    // What a run publishes: translations shaped (the fixture's `lang` + `translationKey` pages are grouped).
    const local = await readDocuments(settings, { nativeTranslations: false });
    expect(local.documents.length).toBeGreaterThanOrEqual(15);
    expect(first.result?.counts.created).toBe(local.documents.length);
    expect(first.result?.counts.failed).toBe(0);
    const records = await storeRecords(settings);
    expect([...records.keys()].sort()).toEqual(local.documents.map((d) => d.externalId).sort());

    const before = await treeState(ws.store);
    const second = await sync(settings, deps);
    expect(second.plan.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: local.documents.length });
    expect(await treeState(ws.store)).toEqual(before);
  });

  it("an edited file is exactly one update with the reason", async () => {
    const { settings } = await setUp();
    const [doc] = (await loadDocuments(settings)).documents;
    const file = path.join(settings.root, doc!.sourcePath);
    await writeFile(file, `${await readFile(file, "utf8")}\nOne more paragraph.\n`);
    const outcome = await sync(settings, deps);
    expect(outcome.plan.summary).toMatchObject({ create: 0, update: 1, delete: 0 });
    const update = outcome.plan.operations.find((op) => op.kind === "update");
    expect(update?.kind === "update" && update.reasons).toContain("content changed");
    expect(outcome.result?.counts.updated).toBe(1);
  });

  it("a removed file becomes a tombstone, and comes back when the file returns", async () => {
    const { settings } = await setUp();
    const [doc] = (await loadDocuments(settings)).documents;
    const file = path.join(settings.root, doc!.sourcePath);
    const text = await readFile(file);
    await unlink(file);

    const removed = await sync(settings, deps);
    expect(removed.result?.counts.deleted).toBe(1);
    expect((await storeRecords(settings)).get(doc!.externalId)?.state).toBe("tombstoned");

    await writeFile(file, text);
    const restored = await sync(settings, deps);
    expect(restored.plan.summary.update).toBe(1);
    expect((await storeRecords(settings)).get(doc!.externalId)?.state).toBe("live");
    expect((await sync(settings, deps)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });

  it("refuses to delete 40% of the pages, with exit code 3, and writes nothing", async () => {
    const { ws, settings } = await setUp();
    const docs = (await loadDocuments(settings)).documents;
    const doomed = docs.slice(0, Math.ceil(docs.length * 0.4));
    await Promise.all(doomed.map((d) => rm(path.join(settings.root, d.sourcePath))));
    const before = await treeState(ws.store);

    const outcome = await sync(settings, deps);
    expect(outcome.result).toBeUndefined();
    expect(exitCodeFor({ plan: outcome.plan, detailed: false })).toBe(ExitCode.guardRefused);
    expect(await treeState(ws.store)).toEqual(before);

    const forced = await sync({ ...settings, allowMassDelete: true }, deps);
    expect(forced.result?.counts.deleted).toBe(doomed.length);
  });

  it("a file with broken YAML is reported, and its published copy is kept", async () => {
    const { settings } = await setUp();
    const [doc] = (await loadDocuments(settings)).documents;
    const file = path.join(settings.root, doc!.sourcePath);
    await writeFile(file, "---\ntitle: [unclosed\n---\n# Broken\n");

    const outcome = await sync(settings, deps);
    const error = outcome.plan.diagnostics.find((d) => d.severity === "error");
    expect(error?.file).toBe(doc!.sourcePath);
    expect(outcome.result?.counts.deleted).toBe(0);
    expect(outcome.plan.deletesWithheld).toEqual(["1 file could not be read; deletes are withheld so nothing is lost"]);
    expect(outcome.plan.kept?.map((k) => k.externalId)).toEqual([doc!.externalId]);
    expect((await storeRecords(settings)).get(doc!.externalId)?.state).toBe("live");
    expect(exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false })).toBe(ExitCode.partialFailure);
  });

  it("an empty docs folder never empties the store", async () => {
    const { ws, settings } = await setUp();
    const before = await treeState(ws.store);
    const outcome = await sync({ ...settings, include: ["nothing-matches/**"] }, deps);
    expect(outcome.plan.guards.find((g) => g.guard === "empty-source")?.tripped).toBe(true);
    expect(await treeState(ws.store)).toEqual(before);
  });
});
