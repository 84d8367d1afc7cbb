import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editPages, generateDocsSite } from "../../bench/generate.js";
import type { Settings } from "../../src/config/settings.js";
import { fingerprintOf, sha256 } from "../../src/documents/hash.js";
import { readDocuments } from "../../src/sources/prepare.js";
import { heppuPayloadOf, readMarker } from "../../src/targets/heppu/index.js";
import type { EmulatedSource } from "../emulators/heppu.js";
import { chaosFaults, converge } from "../helpers/chaos.js";
import { tempDir } from "../helpers/workspace.js";
import { heppuSettings, page, startEmulator, writesSince } from "./helpers.js";

/** Change it to replay another run; a failure message prints the seed in use. */
const SEED = 20_250_601;
const MAX_RUNS = 5;

const CHAOS = chaosFaults(SEED, 0.005);

/** What the collection must hold for the docs in `root`: title, content hash and marker hash per id. */
async function desiredState(settings: Settings) {
  const { documents } = await readDocuments(settings, { nativeTranslations: false });
  return new Map(
    documents.map((doc) => {
      const payload = heppuPayloadOf(doc);
      return [doc.externalId, { title: payload.title, content: sha256(String(payload.content)), hash: fingerprintOf(payload).hash }];
    }),
  );
}

function heldState(sources: EmulatedSource[]) {
  return new Map(
    sources
      .filter((s) => readMarker(s.metadata)?.owner === "kb-publish")
      .map((s) => [s.externalId, { title: s.title, content: sha256(s.content), hash: readMarker(s.metadata)?.hash }]),
  );
}

describe(`heppu chaos (seed ${SEED})`, () => {
  it("2,000 documents converge under 5xx, resets and 429 bursts, with nothing duplicated or lost", async () => {
    const emu = await startEmulator({ seed: SEED });
    const root = await tempDir("kbp-chaos-");
    const site = await generateDocsSite({ dir: root, count: 2000, seed: SEED, minBytes: 300, maxBytes: 4000 });
    for (let i = 0; i < 5; i++) emu.seedSource(emu.collectionId, { externalId: `hand/${i}`, title: `Hand ${i}`, content: `Written by hand ${i}` });
    const foreign = emu.sources();
    const settings = heppuSettings(emu, root, { allowMassDelete: true });
    emu.faults.configure(CHAOS);
    emu.faults.once("rateLimitBurst", { when: (r) => r.method === "POST" });

    const created = await converge(emu, settings, { seed: SEED, maxRuns: MAX_RUNS });

    // Round two, still under faults: 5% edited, 5% removed, 50 added, 20 retitled without content changes.
    await editPages(root, site.pages.map((p) => p.file), 0.05, SEED);
    for (const p of site.pages.slice(0, 100)) await rm(path.join(root, p.file));
    await mkdir(path.join(root, "added"), { recursive: true });
    for (let i = 0; i < 50; i++) await writeFile(path.join(root, `added/new-${i}.md`), page(`New ${i}`));
    for (const p of site.pages.slice(100, 120)) {
      const file = path.join(root, p.file);
      await writeFile(file, `---\ntitle: ${JSON.stringify(`${p.title} (renamed)`)}\n---\n\n${p.body}`);
    }
    const changed = await converge(emu, settings, { seed: SEED, maxRuns: MAX_RUNS });

    const desired = await desiredState(settings);
    const held = emu.sources();
    expect(heldState(held)).toEqual(desired);
    expect(held.filter((s) => s.externalId.startsWith("hand/"))).toEqual(foreign);
    expect(new Set(held.map((s) => s.externalId)).size).toBe(held.length);
    expect(emu.retryAfterViolations()).toEqual([]);
    // The last run of each round planned nothing and wrote nothing.
    expect(writesSince(emu, changed.lastRunFrom)).toEqual([]);
    // The faults really happened.
    const faults = new Set(emu.ledger.map((e) => e.fault));
    for (const kind of ["status5xxBefore", "status5xxAfter", "resetBeforeHeaders", "resetMidBody", "rateLimitBurst"]) {
      expect(faults.has(kind as never), `fault ${kind} never fired`).toBe(true);
    }
    // One run that writes and one that finds nothing left to do, give or take one retry of a run.
    expect(created.runs).toBeLessThanOrEqual(3);
    expect(changed.runs).toBeLessThanOrEqual(3);
    const count = (kind: string) => emu.ledger.filter((e) => e.fault === kind).length;
    console.log(
      `chaos seed ${SEED}: ${emu.ledger.length} requests, ${count("status5xxBefore") + count("status5xxAfter")} 5xx, ` +
        `${count("resetBeforeHeaders") + count("resetMidBody")} resets, ${count("rateLimitBurst")} 429s; ` +
        `runs to a clean plan: ${created.runs} + ${changed.runs}`,
    );
  });
});
