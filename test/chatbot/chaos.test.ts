import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editPages, generateDocsSite } from "../../bench/generate.js";
import type { Settings } from "../../src/config/settings.js";
import { fingerprintOf, sha256 } from "../../src/documents/hash.js";
import { readDocuments } from "../../src/sources/prepare.js";
import type { SyncOutcome } from "../../src/sync.js";
import { chatbotPayloadOf } from "../../src/targets/chatbot/index.js";
import { readMarker } from "../../src/targets/heppu/index.js";
import type { ChatbotEmulator, StagedItem } from "../emulators/chatbot.js";
import { chaosFaults } from "../helpers/chaos.js";
import { tempDir } from "../helpers/workspace.js";
import { chatbotSettings, livePages, page, virtualSetup, writesSince } from "./helpers.js";

/** Change it to replay another run; a failure message prints the seed in use. */
const SEED = 20_261_205;
const MAX_RUNS = 5;
/** Transient 409s on a third of the apply requests. */
const CONFLICT_RATE = 0.35;

/** What the staging set must hold for the docs in `root`: title, content digest and marker hash per id. */
async function desiredState(settings: Settings) {
  const { documents } = await readDocuments(settings, { nativeTranslations: false });
  return new Map(
    documents.map((doc) => {
      const payload = chatbotPayloadOf(doc);
      return [doc.externalId, { title: payload.title, content: sha256(String(payload.content)), hash: fingerprintOf(payload).hash }];
    }),
  );
}

function heldState(items: StagedItem[]) {
  const owned = items.filter((item) => readMarker(item.metadata)?.owner === "kb-publish");
  return new Map(owned.map((item) => [item.externalItemId, { title: item.title, content: sha256(item.content), hash: item.externalVersion }]));
}

/**
 * Syncs (a virtual minute apart, as pushes are) until a run plans nothing, publishes nothing and
 * fails nothing: a plan can be empty while an earlier run's staged changes still wait to be published.
 */
async function converge(emu: ChatbotEmulator, run: () => Promise<SyncOutcome>, pause: () => Promise<void>) {
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    const from = emu.ledger.length;
    const outcome = await run().catch(() => undefined);
    const summary = outcome?.plan.summary;
    const quiet = summary && summary.create + summary.update + summary.delete === 0 && !outcome.result?.failure;
    if (quiet && writesSince(emu, from).length === 0) return { runs, lastRunFrom: from };
    await pause();
  }
  throw new Error(`chaos seed ${SEED}: not converged after ${MAX_RUNS} runs`);
}

describe(`chatbot chaos (seed ${SEED})`, () => {
  it("2,000 pages converge under transport faults and transient apply conflicts: one item per page, foreign items untouched, every write keyed, the rate limit kept", { timeout: 240_000 }, async () => {
    const { emu, sync, clock } = await virtualSetup({ seed: SEED });
    const root = await tempDir("kbp-chatbot-chaos-");
    const site = await generateDocsSite({ dir: root, count: 2000, seed: SEED, minBytes: 300, maxBytes: 4000 });
    for (let i = 0; i < 5; i++) emu.seedItem({ externalItemId: `crm/${i}`, title: `From the CRM ${i}`, content: `Answer ${i}.` });
    const settings = chatbotSettings(emu, root, { rateLimit: undefined, allowMassDelete: true });
    emu.faults.configure(chaosFaults(SEED, 0.01));
    emu.controls.configure({ conflictRate: CONFLICT_RATE, seed: SEED });
    // Make sure each ambiguous kind hits a write at least once, whatever the rates roll.
    emu.faults.once("status5xxAfter", { when: (r) => r.path.endsWith("/items/batch") });
    emu.faults.once("resetMidBody", { when: (r) => r.path.endsWith("/apply") && r.method === "POST" });
    emu.faults.once("resetBeforeHeaders", { when: (r) => r.path.endsWith("/runs") });
    const minute = () => clock.sleep(60_000);
    const run = () => sync(settings);

    const created = await converge(emu, run, minute);
    expect(heldState(emu.items())).toEqual(await desiredState(settings));

    // Round two, still under faults: 5% edited, 100 removed, 50 added, 20 retitled.
    await editPages(root, site.pages.map((p) => p.file), 0.05, SEED);
    for (const p of site.pages.slice(0, 100)) await rm(path.join(root, p.file));
    await mkdir(path.join(root, "added"), { recursive: true });
    for (let i = 0; i < 50; i++) await writeFile(path.join(root, `added/new-${i}.md`), page(`New ${i}`));
    for (const p of site.pages.slice(100, 120)) {
      await writeFile(path.join(root, p.file), `---\ntitle: ${JSON.stringify(`${p.title} (renamed)`)}\n---\n\n${p.body}`);
    }
    emu.faults.once("status5xxAfter", { when: (r) => r.method === "DELETE" });
    await minute();
    const changed = await converge(emu, run, minute);

    const desired = await desiredState(settings);
    const items = emu.items();
    expect(heldState(items)).toEqual(desired);
    // One item per page and per foreign item: nothing duplicated, nothing lost, the foreign ones as seeded.
    expect(items).toHaveLength(desired.size + 5);
    const audit = emu.audit();
    expect(audit.foreignTouched).toEqual([]);
    expect(audit.snapshotsOverForeign).toBe(0);
    expect(emu.ledger.some((e) => e.path.endsWith("/items/snapshot"))).toBe(false);
    // The published generation serves exactly the staging set; the removed pages are tombstones.
    expect(livePages(emu)).toEqual(items.map((i) => i.externalItemId).sort());
    const removedIds = site.pages.slice(0, 100).map((p) => p.file.replace(/\.md$/, "").replace(/\/index$/, ""));
    for (const id of removedIds) expect(emu.generation()?.pages.get(id)?.state, id).toBe("tombstoned");
    // Every write keyed, never a key reused with another payload, the server's own limit never hit.
    expect(audit.unkeyedWrites).toEqual([]);
    expect(emu.ledger.filter((e) => (e.body as { code?: string } | undefined)?.code === "idempotency_conflict")).toEqual([]);
    expect(emu.ledger.filter((e) => e.status === 409 && e.fault === undefined).length).toBeGreaterThan(0);
    expect(audit.rateLimited).toBe(0);
    expect(audit.busiestMinute).toBeLessThanOrEqual(120);
    expect(audit.retryAfterViolations).toBe(0);
    expect(writesSince(emu, changed.lastRunFrom)).toEqual([]);
    const faults = new Set(emu.ledger.map((e) => e.fault));
    for (const kind of ["status5xxBefore", "status5xxAfter", "resetBeforeHeaders", "resetMidBody", "rateLimitBurst"]) {
      expect(faults.has(kind as never), `fault ${kind} never fired`).toBe(true);
    }
    expect(created.runs + changed.runs).toBeLessThanOrEqual(2 * MAX_RUNS);
    const conflicts = emu.ledger.filter((e) => e.status === 409 && e.fault === undefined).length;
    console.log(
      `chatbot chaos seed ${SEED}: ${emu.ledger.length} requests, ${emu.idempotencyReplays()} replays, ${conflicts} apply conflicts, ` +
        `${emu.generations().length} generations, busiest minute ${audit.busiestMinute} requests; runs to a clean plan: ${created.runs} + ${changed.runs}`,
    );
  });
});
