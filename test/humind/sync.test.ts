import { describe, expect, it } from "vitest";
import { loadDocuments } from "../../src/sources/load.js";
import { humindPayloadOf } from "../../src/targets/humind/index.js";
import { docsFolder, entryOf, humindSettings, page, requestsSince, runSync, startEmulator, STATE_ID, writeFiles, writesSince } from "./helpers.js";

const SITE = {
  "guide/setup.md": page("Setup", "Install it.\n\n- one\n- [two](https://example.com/two)\n\n[relative](../other.md)", {
    tags: ["install"],
    description: "How to install.",
  }),
  "faq/shipping.md": page("Shipping", "Standard delivery takes **3-5** days.", { type: "snippet" }),
  "promo.md": page("Black Friday", "Half price.", { publishDate: "2026-11-25T00:00:00Z", expiryDate: "2026-12-02T23:59:59Z" }),
};

async function published() {
  const emu = await startEmulator();
  const root = await docsFolder(SITE);
  const settings = humindSettings(emu, root);
  const first = await runSync(settings);
  return { emu, root, settings, first };
}

describe("humind: publishing", () => {
  it("publishes articles and snippets with what was sent stored as sent, then a re-run writes nothing", async () => {
    const { emu, settings, first } = await published();
    expect(first.result?.counts).toMatchObject({ created: 3, failed: 0 });
    const { documents } = await loadDocuments(settings);
    for (const doc of documents) {
      const sent = humindPayloadOf(doc, "en");
      const stored = entryOf(emu, doc.externalId)!;
      expect(stored).toMatchObject({ type: sent.type, title: sent.title, status: "published", is_available_for_ai_agent: true });
      // The local sanitizer is the server's allow-list, so the stored body is byte-for-byte what was sent.
      if (sent.type === "article") expect(stored.content_html).toBe(sent.content_html);
      else expect(stored.content).toBe(sent.content);
    }
    expect(entryOf(emu, "guide/setup")).toMatchObject({ tags: ["install"], excerpt: "How to install.", slug: "setup", default_language: "en" });
    expect(entryOf(emu, "faq/shipping")).toMatchObject({ type: "snippet", content: "Standard delivery takes 3-5 days." });
    expect(entryOf(emu, STATE_ID)).toMatchObject({ type: "snippet", status: "draft", is_available_for_ai_agent: false });

    const from = emu.ledger.length;
    const second = await runSync(settings);
    expect(second.plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
    expect(second.plan.operations.map((op) => (op.kind === "delete" ? "" : op.doc.externalId))).not.toContain(STATE_ID);
    expect(writesSince(emu, from)).toEqual([]);
    // A clean run costs one listing page and one state read.
    expect(requestsSince(emu, from)).toEqual(["GET /public/v1/knowledge", `GET /public/v1/knowledge/api:${STATE_ID}`]);
  });

  it("sends every write with an Idempotency-Key and a JSON content type, one batch for all pages", async () => {
    const { emu } = await published();
    const writes = writesSince(emu, 0);
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(["POST /public/v1/knowledge/batch", "POST /public/v1/knowledge"]);
    for (const write of writes) {
      expect(write.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(write.headers["content-type"]).toBe("application/json");
    }
    expect(new Set(writes.map((w) => w.headers["idempotency-key"])).size).toBe(writes.length);
  });

  it("an edited file is one update naming what changed", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "faq/shipping.md": page("Shipping times", "Standard delivery takes 2 days.", { type: "snippet" }) });
    const from = emu.ledger.length;
    const outcome = await runSync(settings);
    expect(outcome.plan.summary).toMatchObject({ create: 0, update: 1, delete: 0 });
    const update = outcome.plan.operations.find((op) => op.kind === "update");
    expect(update?.kind === "update" && update.reasons).toEqual(["content changed", "title changed"]);
    expect(entryOf(emu, "faq/shipping")).toMatchObject({ content: "Standard delivery takes 2 days.", title: "Shipping times" });
    expect(writesSince(emu, from).map((w) => w.path)).toEqual(["/public/v1/knowledge/batch", "/public/v1/knowledge"]);
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });

  it("sends the active period (publishDate / expiryDate), and unsets a bound that was removed", async () => {
    const { emu, root, settings } = await published();
    expect(entryOf(emu, "promo")).toMatchObject({ active_from: "2026-11-25T00:00:00Z", active_until: "2026-12-02T23:59:59Z" });
    await writeFiles(root, { "promo.md": page("Black Friday", "Half price.", { publishDate: "2026-11-25T00:00:00Z" }) });
    const outcome = await runSync(settings);
    const update = outcome.plan.operations.find((op) => op.kind === "update");
    expect(update?.kind === "update" && update.reasons).toEqual(["active_until changed"]);
    expect(entryOf(emu, "promo")).toMatchObject({ active_from: "2026-11-25T00:00:00Z", active_until: null });
  });

  it("archives a removed page (a restorable tombstone) and restores it when the file comes back", async () => {
    const { emu, root, settings } = await published();
    const text = SITE["promo.md"];
    await writeFiles(root, { "promo.md": null });
    const removed = await runSync(settings);
    expect(removed.result?.counts.deleted).toBe(1);
    expect(entryOf(emu, "promo")?.status).toBe("archived");
    expect(emu.ledger.some((e) => e.method === "DELETE" && e.path === "/public/v1/knowledge/api:promo" && e.query.force === undefined)).toBe(true);
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });

    await writeFiles(root, { "promo.md": text });
    const restored = await runSync(settings);
    const update = restored.plan.operations.find((op) => op.kind === "update");
    expect(update?.kind === "update" && update.reasons).toEqual(["restored (file is back)"]);
    expect(entryOf(emu, "promo")?.status).toBe("published");
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });

  it("deletes for good with deletions: hard, and forgets the entry", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "promo.md": null });
    const outcome = await runSync({ ...settings, deletions: "hard" });
    expect(outcome.result?.counts.deleted).toBe(1);
    expect(emu.ledger.some((e) => e.method === "DELETE" && e.path === "/public/v1/knowledge/api:promo" && e.query.force === "true")).toBe(true);
    expect(entryOf(emu, "promo")).toBeUndefined();
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0, unchanged: 2 });
  });

  it("never touches foreign entries, and refuses a page whose id a foreign entry holds", async () => {
    const { emu, root, settings } = await published();
    const foreign = emu.seedEntry({ external_id: "faq/returns", type: "snippet", title: "Returns", content: "30 days." });
    const other = emu.seedEntry({ external_id: "hand-made", type: "article", title: "Hand", content_html: "<p>x</p>" });
    await writeFiles(root, { "faq/returns.md": page("Returns", "Mine now.") });
    const outcome = await runSync(settings);
    expect(outcome.plan.rejected.map((r) => r.externalId)).toEqual(["faq/returns"]);
    expect(outcome.plan.rejected[0]?.message).toContain("not owned by kb-publish");
    expect(outcome.plan.summary.delete).toBe(0);
    expect(entryOf(emu, "faq/returns")).toEqual(foreign);
    expect(entryOf(emu, "hand-made")).toEqual(other);
  });

  it("recreates an entry whose type changed (article → snippet): Humind types are immutable", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "promo.md": page("Black Friday", "Half price.", { type: "snippet" }) });
    const outcome = await runSync(settings);
    expect(outcome.result?.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(entryOf(emu, "promo")).toMatchObject({ type: "snippet", content: "Half price.", status: "published" });
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });
});
