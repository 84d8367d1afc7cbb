import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editPages, generateDocsSite } from "../../bench/generate.js";
import type { Settings } from "../../src/config/settings.js";
import { sha256 } from "../../src/documents/hash.js";
import { loadDocuments } from "../../src/sources/load.js";
import { humindPayloadOf } from "../../src/targets/humind/index.js";
import type { EmulatedEntry, HumindEmulator } from "../emulators/humind.js";
import type { FaultRequest } from "../emulators/faults.js";
import { writeRequests } from "../emulators/ledger.js";
import { chaosFaults, converge } from "../helpers/chaos.js";
import { tempDir } from "../helpers/workspace.js";
import { humindSettings, page, startEmulator, STATE_ID, writesSince } from "./helpers.js";

/** Change it to replay another run; a failure message prints the seed in use. */
const SEED = 20_260_425;
const MAX_RUNS = 4;

const CHAOS = chaosFaults(SEED, 0.01);

const isWrite = (r: FaultRequest) => r.method !== "GET";
const isBatch = (r: FaultRequest) => r.method === "POST" && r.path.endsWith("/knowledge/batch");

/** What the knowledge base must hold for the docs: type, title and a digest of the body per id. */
async function desiredState(settings: Settings) {
  const { documents } = await loadDocuments(settings);
  return new Map(documents.map((doc) => [doc.externalId, digest(humindPayloadOf(doc, "en") as unknown as EmulatedEntry)]));
}

function digest(entry: Pick<EmulatedEntry, "type" | "title" | "content_html" | "content">) {
  return { type: entry.type, title: entry.title, body: sha256(entry.content_html ?? entry.content ?? "") };
}

function heldState(entries: EmulatedEntry[]) {
  const live = entries.filter((e) => e.status === "published" && !e.external_id.startsWith("hand/") && e.external_id !== STATE_ID);
  return new Map(live.map((e) => [e.external_id, digest(e)]));
}

/**
 * Requests that arrived while an earlier 429's Retry-After was running, in the same Humind bucket
 * (reads and writes are limited independently), more than `graceMs` after the 429 was sent (generous: on a loaded machine a request already on its way can arrive late): with
 * two batches in flight, one may leave the client a moment before the other's 429 arrives.
 */
function retryAfterIgnored(emu: HumindEmulator, graceMs = 250): string[] {
  const bucket = (method: string) => (method === "GET" ? "read" : "write");
  const limits = emu.ledger.filter((e) => e.retryAfterUntil !== undefined && e.respondedAt !== undefined);
  return emu.ledger
    .filter((entry) =>
      limits.some(
        (limit) =>
          limit !== entry &&
          bucket(limit.method) === bucket(entry.method) &&
          limit.respondedAt! + graceMs <= entry.at &&
          entry.at < limit.retryAfterUntil! - 10,
      ),
    )
    .map((entry) => `${entry.seq} ${entry.method} ${entry.path}`);
}

/** Committed writes (5xx after commit, reset mid-body) whose request was then retried: each must be a replay. */
function committedThenRetried(emu: HumindEmulator): number {
  const writes = writeRequests(emu.ledger);
  return writes.filter((entry, i) => {
    if (entry.fault !== "status5xxAfter" && entry.fault !== "resetMidBody") return false;
    return writes.slice(i + 1).some((later) => later.headers["idempotency-key"] === entry.headers["idempotency-key"]);
  }).length;
}

describe(`humind chaos (seed ${SEED})`, () => {
  it("1,000 documents converge under 5xx, resets and 429 bursts: nothing created or applied twice, no foreign entry touched", { timeout: 240_000 }, async () => {
    const emu = await startEmulator({ seed: SEED });
    const root = await tempDir("kbp-humind-chaos-");
    const site = await generateDocsSite({ dir: root, count: 1000, seed: SEED, minBytes: 200, maxBytes: 1500 });
    for (let i = 0; i < 5; i++) emu.seedEntry({ external_id: `hand/${i}`, type: "snippet", title: `Hand ${i}`, content: `By hand ${i}` });
    const foreign = emu.entries();
    const settings = humindSettings(emu, root, { allowMassDelete: true });
    emu.faults.configure(CHAOS);
    // Make sure each ambiguous kind hits a write at least once, whatever the rates roll.
    emu.faults.once("status5xxAfter", { when: isBatch });
    emu.faults.once("resetMidBody", { when: isWrite });
    emu.faults.once("resetBeforeHeaders", { when: isWrite });
    emu.faults.once("rateLimitBurst", { when: isBatch });
    const created = await converge(emu, settings, { seed: SEED, maxRuns: MAX_RUNS });
    expect(heldState(emu.entries())).toEqual(await desiredState(settings));
    const firstIds = new Map(emu.entries().map((e) => [e.external_id, e.humind_id]));

    // Round two, still under faults: 5% edited, 25 removed, 50 added, 20 retitled.
    await editPages(root, site.pages.map((p) => p.file), 0.05, SEED);
    for (const p of site.pages.slice(0, 25)) await rm(path.join(root, p.file));
    await mkdir(path.join(root, "added"), { recursive: true });
    for (let i = 0; i < 50; i++) await writeFile(path.join(root, `added/new-${i}.md`), page(`New ${i}`));
    for (const p of site.pages.slice(100, 120)) {
      await writeFile(path.join(root, p.file), `---\ntitle: ${JSON.stringify(`${p.title} (renamed)`)}\n---\n\n${p.body}`);
    }
    emu.faults.once("status5xxAfter", { when: (r) => r.method === "DELETE" });
    const round = await converge(emu, settings, { seed: SEED, maxRuns: MAX_RUNS });

    const entries = emu.entries();
    expect(heldState(entries)).toEqual(await desiredState(settings));
    expect(entries.filter((e) => e.status === "archived").map((e) => e.external_id).sort()).toEqual(
      site.pages.slice(0, 25).map((p) => p.file.replace(/\.md$/, "")).sort(),
    );
    expect(entries.filter((e) => e.external_id.startsWith("hand/"))).toEqual(foreign);
    // Nothing was created twice: one entry per page ever published, each keeping its first humind_id.
    expect(entries).toHaveLength(1000 + 50 + foreign.length + 1);
    for (const entry of entries) if (firstIds.has(entry.external_id)) expect(entry.humind_id).toBe(firstIds.get(entry.external_id));
    const writes = writeRequests(emu.ledger);
    expect(writes.filter((w) => !w.headers["idempotency-key"])).toEqual([]);
    const conflicts = emu.ledger.filter((e) => e.status === 409);
    expect(conflicts.map((e) => e.seq)).toEqual([]);
    expect(emu.idempotencyReplays()).toBeGreaterThanOrEqual(committedThenRetried(emu));
    expect(committedThenRetried(emu)).toBeGreaterThan(0);
    expect(writes.filter((w) => w.method === "DELETE" && w.query.force !== undefined)).toEqual([]);
    expect(writesSince(emu, round.lastRunFrom)).toEqual([]);
    expect(retryAfterIgnored(emu)).toEqual([]);
    const faults = new Set(emu.ledger.map((e) => e.fault));
    for (const kind of ["status5xxBefore", "status5xxAfter", "resetBeforeHeaders", "resetMidBody", "rateLimitBurst"]) {
      expect(faults.has(kind as never), `fault ${kind} never fired`).toBe(true);
    }
    expect(created.runs + round.runs).toBeLessThanOrEqual(2 * MAX_RUNS);
    const replays = emu.idempotencyReplays();
    console.log(`humind chaos seed ${SEED}: ${emu.ledger.length} requests, ${replays} replays, runs to a clean plan: ${created.runs} + ${round.runs}`);
  });
});
