import { describe, expect, it } from "vitest";
import type { Document } from "../../src/documents/document.js";
import { fingerprintOf } from "../../src/documents/hash.js";
import { createTotoyTarget, readMarker } from "../../src/targets/totoy/index.js";
import type { Provenance, Target } from "../../src/targets/target.js";
import { captureLog, docsFolder, page, runSync, startEmulator, totoySettings, writesSince } from "./helpers.js";

const provenance: Provenance = {
  sources: { "docs/guide.md": "a".repeat(64) },
  derivation: "b".repeat(64),
  commit: { sha: "c".repeat(40), time: 1_767_225_600 },
};

function guide(extra: Partial<Document> = {}): Document {
  return { externalId: "guide", title: "Guide", content: "Read me.", tags: [], sourcePath: "guide.md", metadata: {}, ...extra };
}

async function write(target: Target, doc: Document, withProvenance: Provenance | undefined) {
  const snapshot = await target.snapshot({ externalIds: [doc.externalId] });
  const payload = target.payloadOf(doc);
  const remote = snapshot.records.find((r) => r.externalId === doc.externalId);
  const results = await target.upsertBatch([{ doc, payload, fingerprint: fingerprintOf(payload), remote, provenance: withProvenance }]);
  return { results, notes: (await target.finish?.(results)) ?? [] };
}

describe("totoy: state in custom_metadata", () => {
  it("stores an Upsert's provenance and returns it on the owned record", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({});
    const context = { log: captureLog(), userAgent: "kb-publish/0.0.0-test (cli; node test)" };
    const target = createTotoyTarget(totoySettings(emu, root), context);
    expect((await write(target, guide(), provenance)).results).toEqual([{ externalId: "guide", status: "created" }]);
    const again = createTotoyTarget(totoySettings(emu, root), context);
    const [record] = (await again.snapshot({ externalIds: ["guide"] })).records;
    expect(record).toMatchObject({ externalId: "guide", owned: true, state: "live", provenance });
  });

  it("a provenance too long for metadata-value-limit is left out (the record is planned by full derivation) and the run says so", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({});
    const context = { log: captureLog(), userAgent: "kb-publish/0.0.0-test (cli; node test)" };
    const target = createTotoyTarget(totoySettings(emu, root, { metadataValueLimit: 200 }), context);
    const { results, notes } = await write(target, guide(), provenance);
    expect(results).toEqual([{ externalId: "guide", status: "created" }]);
    expect(notes).toEqual([expect.stringMatching(/^1 page was written without their provenance: it is longer than 200 characters/)]);
    const [record] = (await createTotoyTarget(totoySettings(emu, root), context).snapshot()).records;
    expect(record?.provenance).toBeUndefined();
    expect(record?.fingerprint?.hash).toBe(fingerprintOf(target.payloadOf(guide())).hash);
  });

  it("an id longer than a metadata value is stored as its digest; the plan shows the full id and a re-run writes nothing", async () => {
    const emu = await startEmulator();
    const longId = `reference/${"deeply-nested-section/".repeat(30)}page`;
    const root = await docsFolder({ "long.md": page("Long", "text", { id: longId }) });
    const first = await runSync(totoySettings(emu, root));
    expect(first.plan.operations).toMatchObject([{ kind: "create", doc: { externalId: longId } }]);
    expect(first.plan.diagnostics).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/^external id is \d+ characters, over 512 \(metadata-value-limit\): stored as sha256:/) })]);
    expect(readMarker(emu.sources()[0]?.custom_metadata)?.storedId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const before = emu.ledger.length;
    const second = await runSync(totoySettings(emu, root));
    expect(second.plan.summary).toMatchObject({ create: 0, unchanged: 1 });
    expect(writesSince(emu, before)).toEqual([]);
  });
});
