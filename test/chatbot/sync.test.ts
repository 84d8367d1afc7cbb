import { describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/sources/load.js";
import { fingerprintOf } from "../../src/documents/hash.js";
import { chatbotPayloadOf } from "../../src/targets/chatbot/index.js";
import { readMarker } from "../../src/targets/heppu/index.js";
import { captureLog, chatbotSettings, docsFolder, livePages, page, requestsSince, runSync, startEmulator, writeFiles, writesSince } from "./helpers.js";

const SITE = {
  "guide/setup.md": page("Setup", "Install it.\n\n- one\n- two", { tags: ["install"], description: "How to install." }),
  "faq/shipping.md": page("Shipping", "Standard delivery takes **3-5** days."),
  "promo.md": page("Black Friday", "Half price."),
};

async function published(options: Parameters<typeof startEmulator>[0] = {}) {
  const emu = await startEmulator(options);
  const root = await docsFolder(SITE);
  const settings = chatbotSettings(emu, root);
  const first = await runSync(settings);
  return { emu, root, settings, first };
}

describe("chatbot: publishing", () => {
  it("stages every page in one batch, then one run and one apply publish them in one generation; a re-run writes nothing", async () => {
    const { emu, settings, first } = await published();
    expect(first.result?.counts).toMatchObject({ created: 3, failed: 0 });
    expect(first.result?.failure).toBeUndefined();
    expect(writesSince(emu, 0).map((w) => `${w.method} ${w.path.replace(/^.*\/sources\/[^/]+/, "")}`)).toEqual([
      "POST /items/batch",
      "POST /runs",
      `POST /runs/${emu.runs()[0]?.id}/apply`,
    ]);
    expect(emu.generations()).toHaveLength(1);
    expect(livePages(emu)).toEqual(["faq/shipping", "guide/setup", "promo"]);
    expect(first.result?.notes[0]).toMatch(new RegExp(`^published generation ${emu.generation()?.id} from run run_\\w+: 3 new$`));

    const from = emu.ledger.length;
    const second = await runSync(settings);
    expect(second.plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
    expect(second.result?.notes).toEqual([]);
    expect(writesSince(emu, from)).toEqual([]);
    expect(requestsSince(emu, from)).toEqual(["GET /", "GET /items", "GET /generation"]);
  });

  it("stores exactly the planned payload, kb-publish's marker in metadata and the fingerprint in externalVersion", async () => {
    const { emu, settings } = await published();
    const { documents } = await loadDocuments(settings);
    for (const doc of documents) {
      const payload = chatbotPayloadOf(doc);
      const item = emu.items().find((i) => i.externalItemId === doc.externalId)!;
      const marker = readMarker(item.metadata);
      expect(marker).toMatchObject({ owner: "kb-publish", hash: fingerprintOf(payload).hash, version: "0.0.0-test" });
      expect(item.externalVersion).toBe(marker?.hash);
      expect(item).toMatchObject({ title: payload.title, content: payload.content, contentType: "text/markdown" });
      const { kbPublish: _marker, ...metadata } = item.metadata ?? {};
      expect(metadata).toEqual(payload.metadata);
    }
    expect(emu.items().find((i) => i.externalItemId === "guide/setup")?.metadata).toMatchObject({ tags: ["install"], description: "How to install.", sourcePath: "guide/setup.md" });
  });

  it("an edited page is one batch of one item, one run and one apply, with the reasons named", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "faq/shipping.md": page("Shipping times", "Standard delivery takes 2 days.") });
    const from = emu.ledger.length;
    const outcome = await runSync(settings);
    const update = outcome.plan.operations.find((op) => op.kind === "update");
    expect(update?.kind === "update" && update.reasons).toEqual(["content changed", "title changed"]);
    const writes = writesSince(emu, from);
    expect(writes.map((w) => w.method)).toEqual(["POST", "POST", "POST"]);
    expect((writes[0]?.body as { items: unknown[] }).items).toHaveLength(1);
    expect(emu.generation()?.pages.get("faq/shipping")?.item).toMatchObject({ title: "Shipping times" });
    expect(outcome.result?.notes[0]).toMatch(/1 changed, 2 unchanged$/);
  });

  it("a removed page becomes a tombstone for the grace window, said in the plan, and is live again when the file returns", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "promo.md": null });
    const planned = await runSync({ ...settings, command: "plan" });
    const remove = planned.plan.operations.find((op) => op.kind === "delete");
    expect(remove?.reasons).toEqual(["file removed", expect.stringMatching(/^tombstone for 7 days, purged after about \d{4}-\d\d-\d\d unless the file returns$/)]);

    const removed = await runSync(settings);
    expect(removed.result?.counts.deleted).toBe(1);
    expect(emu.ledger.some((e) => e.method === "DELETE" && e.path.endsWith("/items/promo"))).toBe(true);
    const tombstone = emu.generation()?.pages.get("promo");
    expect(tombstone).toMatchObject({ state: "tombstoned" });
    expect(removed.result?.notes.join("\n")).toMatch(/1 removed page is a tombstone until about \d{4}-\d\d-\d\d \(grace window 7 days\)/);
    const clean = emu.ledger.length;
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(writesSince(emu, clean)).toEqual([]);

    await writeFiles(root, { "promo.md": SITE["promo.md"] });
    const restored = await runSync(settings);
    expect(restored.result?.counts.created).toBe(1);
    expect(restored.result?.notes[0]).toMatch(/1 restored/);
    expect(emu.generation()?.pages.get("promo")?.state).toBe("live");
    expect(livePages(emu)).toEqual(["faq/shipping", "guide/setup", "promo"]);
  });

  it("--deletions off never deletes; --deletions hard still leaves a tombstone (the API has no other delete) and says so", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "promo.md": null });
    const kept = await runSync({ ...settings, deletions: "off" });
    expect(kept.plan.summary.delete).toBe(0);
    expect(emu.items().map((i) => i.externalItemId)).toContain("promo");
    const log = captureLog();
    const hard = await runSync({ ...settings, deletions: "hard" }, { log });
    expect(hard.result?.counts.deleted).toBe(1);
    expect(log.lines.join("\n")).toMatch(/Chatbot has no hard delete/);
    expect(emu.generation()?.pages.get("promo")?.state).toBe("tombstoned");
  });

  it("never touches foreign items, and refuses a page whose id a foreign item holds", async () => {
    const { emu, root, settings } = await published();
    const foreign = emu.seedItem({ externalItemId: "faq/returns", title: "Returns", content: "30 days." });
    const other = emu.seedItem({ externalItemId: "crm/faq-1", title: "Refunds", content: "14 days.", metadata: { kbPublish: { owner: "someone-else", hash: "x", parts: {} } } });
    await writeFiles(root, { "faq/returns.md": page("Returns", "Mine now."), "promo.md": null, "guide/setup.md": null });
    const outcome = await runSync({ ...settings, allowMassDelete: true });
    expect(outcome.plan.rejected.map((r) => r.externalId)).toEqual(["faq/returns"]);
    expect(outcome.plan.summary.delete).toBe(2);
    expect(outcome.result?.deletesSkipped).toBeDefined();
    const all = await runSync({ ...settings, allowMassDelete: true, root: await docsFolder({ "only.md": page("Only") }) });
    expect(all.result?.counts).toMatchObject({ deleted: 3, created: 1 });
    expect(emu.items().filter((i) => i.externalItemId === "faq/returns" || i.externalItemId === "crm/faq-1")).toEqual([other, foreign]);
    expect(emu.audit()).toMatchObject({ foreignTouched: [], snapshotsOverForeign: 0, unkeyedWrites: [] });
    expect(emu.ledger.some((e) => e.path.endsWith("/items/snapshot"))).toBe(false);
    expect(livePages(emu)).toEqual(["crm/faq-1", "faq/returns", "only"]);
  });

  it("works with an installation that applies synchronously (200 published)", async () => {
    const { emu, root, settings, first } = await published({ applyMode: "sync" });
    expect(first.result?.notes[0]).toMatch(/^published generation gen_\w+ from run run_\w+: 3 new$/);
    await writeFiles(root, { "promo.md": null });
    const removed = await runSync(settings);
    expect(removed.result?.failure).toBeUndefined();
    expect(emu.generations()).toHaveLength(2);
    expect(emu.generation()?.pages.get("promo")?.state).toBe("tombstoned");
  });
});
