import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../../src/documents/hash.js";
import type { Document } from "../../src/documents/document.js";
import { createChatbotTarget } from "../../src/targets/chatbot/index.js";
import type { Provenance } from "../../src/targets/target.js";
import { captureLog, chatbotSettings, docsFolder, startEmulator } from "./helpers.js";

const doc = (externalId: string): Document => ({ externalId, title: externalId, content: `About ${externalId}.`, tags: [], sourcePath: `${externalId}.md`, metadata: {} });

describe("chatbot: provenance", () => {
  it("stores each upsert's provenance with the marker and returns it as RemoteRecord.provenance on owned records", async () => {
    const emu = await startEmulator();
    const settings = chatbotSettings(emu, await docsFolder({}));
    const context = { log: captureLog(), userAgent: "kb-publish/9.9.9 (cli; node test)" };
    const target = createChatbotTarget(settings, context);
    await target.snapshot();
    const provenance: Provenance = { sources: { "a.md": "a".repeat(64), "_partials/x.md": "b".repeat(64) }, derivation: "k1", commit: { sha: "c0ffee", time: 1_900_000_000 } };
    const payloadA = target.payloadOf(doc("a"));
    const payloadB = target.payloadOf(doc("b"));
    const results = await target.upsertBatch([
      { doc: doc("a"), payload: payloadA, fingerprint: fingerprintOf(payloadA), provenance },
      { doc: doc("b"), payload: payloadB, fingerprint: fingerprintOf(payloadB) },
    ]);
    expect(results.map((r) => r.status)).toEqual(["created", "created"]);
    expect(emu.items()[0]?.metadata).toMatchObject({ kbPublish: { owner: "kb-publish", version: "9.9.9", provenance } });

    const again = createChatbotTarget(settings, context);
    const records = (await again.snapshot()).records;
    expect(records.find((r) => r.externalId === "a")).toMatchObject({ owned: true, provenance, fingerprint: fingerprintOf(payloadA) });
    expect(records.find((r) => r.externalId === "b")?.provenance).toBeUndefined();
    emu.seedItem({ externalItemId: "c", title: "C", content: "C.", metadata: { kbPublish: { owner: "other", hash: "h", parts: {}, provenance } } });
    expect((await again.snapshot()).records.find((r) => r.externalId === "c")).toEqual({ externalId: "c", owned: false, state: "live", title: "C", updatedAt: expect.any(String) });
  });
});
