import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REASONS } from "../../src/plan/reasons.js";
import type { HumindEmulator } from "../emulators/humind.js";
import { docsFolder, entryOf, humindSettings, page, runSync, SECRET_KEY, startEmulator, STATE_ID, writeFiles, writesSince } from "./helpers.js";

const SITE = {
  "guide/setup.md": page("Setup", "Install it.", { tags: ["install"] }),
  "faq/shipping.md": page("Shipping", "Three to five days.", { type: "snippet" }),
  "promo.md": page("Black Friday", "Half price."),
};

async function published() {
  const emu = await startEmulator();
  const root = await docsFolder(SITE);
  const settings = humindSettings(emu, root);
  await runSync(settings);
  return { emu, root, settings };
}

/** Hard-deletes an entry the way someone cleaning up the knowledge base would. */
async function forceDelete(emu: HumindEmulator, externalId: string): Promise<void> {
  const response = await fetch(`${emu.url}/knowledge/api:${encodeURIComponent(externalId)}?force=true`, {
    method: "DELETE",
    headers: { authorization: `Bearer ${SECRET_KEY}`, "idempotency-key": randomUUID() },
  });
  expect(response.status).toBe(204);
}

const reasonsOf = (outcome: Awaited<ReturnType<typeof runSync>>) =>
  Object.fromEntries(outcome.plan.operations.map((op) => [op.kind === "delete" ? op.remote.externalId : op.doc.externalId, op.kind === "update" ? op.reasons : [op.kind]]));

describe("humind: drift", () => {
  it("an entry edited in the dashboard shows as drift in plan; sync overwrites it and says so; the next plan is clean", async () => {
    const { emu, settings } = await published();
    emu.editByHand("guide/setup", { title: "Edited by hand", content_html: "<p>Hand</p>" });

    const from = emu.ledger.length;
    const planned = await runSync({ ...settings, command: "plan" });
    expect(reasonsOf(planned)).toEqual({ "guide/setup": [REASONS.drift], "faq/shipping": ["unchanged"], promo: ["unchanged"] });
    expect(writesSince(emu, from)).toEqual([]);

    const synced = await runSync(settings);
    expect(synced.result?.notes).toEqual(["overwrote 1 entry edited outside kb-publish (drift): guide/setup"]);
    expect(entryOf(emu, "guide/setup")).toMatchObject({ title: "Setup", content_html: "<p>Install it.</p>" });
    expect((await runSync({ ...settings, command: "plan" })).plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
  });

  it("a drifted entry whose file also changed names both reasons", async () => {
    const { emu, root, settings } = await published();
    emu.editByHand("promo", { tags: ["hand"] });
    await writeFiles(root, { "promo.md": page("Black Friday", "Sixty percent off.") });
    const outcome = await runSync(settings);
    expect(reasonsOf(outcome).promo).toEqual(["content_html changed", REASONS.drift]);
    expect(entryOf(emu, "promo")).toMatchObject({ tags: [], content_html: "<p>Sixty percent off.</p>" });
  });
});

describe("humind: state kept in the knowledge base", () => {
  it("a lost state entry deletes nothing, re-adopts every page by content, and leaves unmatched entries alone", async () => {
    const { emu, root, settings } = await published();
    await forceDelete(emu, STATE_ID);
    await writeFiles(root, { "promo.md": null }); // removed while the state is gone: must not be deleted

    const planned = await runSync({ ...settings, command: "plan" });
    expect(planned.plan.summary).toEqual({ create: 0, update: 2, unchanged: 0, delete: 0 });
    expect(reasonsOf(planned)).toEqual({ "guide/setup": [REASONS.readopted], "faq/shipping": [REASONS.readopted] });

    const synced = await runSync(settings);
    expect(synced.result?.counts).toMatchObject({ updated: 2, failed: 0, deleted: 0 });
    expect(synced.result?.notes).toEqual([
      "the kb-publish state entry was missing; rebuilt it: 2 entries re-adopted by content (faq/shipping, guide/setup), 1 entry of unknown ownership left untouched (never deleted)",
    ]);
    expect(entryOf(emu, "promo")?.status).toBe("published");
    expect(entryOf(emu, STATE_ID)).toMatchObject({ status: "draft", is_available_for_ai_agent: false });

    const clean = await runSync(settings);
    expect(clean.plan.summary).toEqual({ create: 0, update: 0, unchanged: 2, delete: 0 });
    expect(clean.plan.rejected).toEqual([]);
  });

  it("a corrupt state entry is rebuilt the same way, and the report says why", async () => {
    const { emu, settings } = await published();
    emu.editByHand(STATE_ID, { content: "{ not json" });
    const synced = await runSync(settings);
    expect(synced.plan.summary).toMatchObject({ create: 0, update: 3, delete: 0 });
    expect(synced.result?.notes[0]).toMatch(/^the kb-publish state entry was corrupt: the state entry is not valid JSON; rebuilt it: 3 entries re-adopted/);
    expect((await runSync(settings)).plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
  });

  it("a crash before the state is saved loses nothing: the next run re-sends what was written, then all is clean", async () => {
    const { emu, root, settings } = await published();
    await writeFiles(root, { "promo.md": page("Black Friday", "Sixty percent off.") });
    const stateWrite = (r: { method: string; path: string }) => r.method === "POST" && r.path.endsWith("/knowledge");
    emu.faults.once("status5xxBefore", { status: 500, when: stateWrite });
    const crashed = await runSync(settings, { http: { maxRetries: 0 } });
    expect(crashed.result?.counts.updated).toBe(1);
    expect(crashed.result?.notes.join("\n")).toMatch(/could not save the kb-publish state entry .*500.*nothing is lost/);

    const recovered = await runSync(settings);
    expect(reasonsOf(recovered).promo).toEqual(["content_html changed", REASONS.drift]);
    expect((await runSync(settings)).plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
  });

  it("a first run into a knowledge base that already holds entries adopts those a page names and leaves the rest", async () => {
    const emu = await startEmulator();
    emu.seedEntry({ external_id: "promo", type: "article", title: "Old promo", content_html: "<p>old</p>" });
    const other = emu.seedEntry({ external_id: "hand-made", type: "snippet", title: "Hand", content: "x" });
    const root = await docsFolder(SITE);
    const first = await runSync(humindSettings(emu, root));
    expect(reasonsOf(first).promo).toEqual([REASONS.readopted]);
    expect(first.plan.summary).toMatchObject({ create: 2, update: 1, delete: 0 });
    expect(entryOf(emu, "hand-made")).toEqual(other);
    const second = await runSync(humindSettings(emu, root));
    expect(second.plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
  });
});
