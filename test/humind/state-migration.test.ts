import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/documents/hash.js";
import { parseShard } from "../../src/targets/humind/state-parse.js";
import type { HumindEmulator } from "../emulators/humind.js";
import { docsFolder, entryOf, humindSettings, page, runSync, startEmulator, STATE_ID, writeFiles, writesSince } from "./helpers.js";

const SITE = {
  "guide/setup.md": page("Setup", "Install it.", { tags: ["install"] }),
  "faq/shipping.md": page("Shipping", "Three to five days.", { type: "snippet" }),
  "promo.md": page("Black Friday", "Half price."),
};

const stateText = (emu: HumindEmulator) => entryOf(emu, STATE_ID)?.content ?? "";
const versionOf = (emu: HumindEmulator) => (JSON.parse(stateText(emu)) as { version: number }).version;

/** Rewrites the stored state in the first format, as kb-publish wrote it before state v2. */
function downgradeToV1(emu: HumindEmulator): void {
  const read = parseShard(stateText(emu), { owner: "kb-publish", shard: 0 });
  if ("problem" in read) throw new Error(read.problem);
  const v1 = { version: 1, tool: "kb-publish/0.9.0", owner: "kb-publish", shard: 0, shards: 1, entries: read.entries };
  emu.editByHand(STATE_ID, { content: canonicalJson(v1) });
}

describe("humind: state format versions", () => {
  it("reads a v1 state as it was (no re-adoption), leaves it on a no-op, and writes it as v2 on the next run that saves state", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const settings = humindSettings(emu, root);
    await runSync(settings);
    expect(versionOf(emu)).toBe(2);
    downgradeToV1(emu);
    const v1 = stateText(emu);

    const noop = await runSync(settings);
    expect(noop.plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
    expect(noop.result?.notes).toEqual([]);
    expect(stateText(emu)).toBe(v1);

    await writeFiles(root, { "promo.md": page("Black Friday", "Sixty percent off.") });
    const edited = await runSync(settings);
    expect(edited.plan.summary).toEqual({ create: 0, update: 1, unchanged: 2, delete: 0 });
    expect(versionOf(emu)).toBe(2);

    // Drift detection and the fast path survive the migration.
    emu.editByHand("guide/setup", { title: "Edited by hand" });
    const drift = await runSync({ ...settings, command: "plan" });
    expect(drift.plan.summary).toEqual({ create: 0, update: 1, unchanged: 2, delete: 0 });
    await runSync(settings);
    expect((await runSync(settings)).plan.summary).toEqual({ create: 0, update: 0, unchanged: 3, delete: 0 });
  });

  it("never overwrites a state of a newer format: nothing deleted, the state left as it was, and the report says why", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const settings = humindSettings(emu, root);
    await runSync(settings);
    const newer = stateText(emu).replace('"version":2', '"version":3');
    emu.editByHand(STATE_ID, { content: newer });
    await writeFiles(root, { "promo.md": null, "guide/setup.md": page("Setup", "Install it twice.") });

    const from = emu.ledger.length;
    const synced = await runSync(settings);
    expect(synced.plan.summary).toMatchObject({ create: 0, delete: 0 });
    expect(synced.result?.notes).toEqual([
      "the kb-publish state entry was the state entry has format version 3, written by a newer kb-publish (this one reads up to 2): " +
        "left it as it is and did not save this run's state; entries of unknown ownership were left untouched (never deleted); run the newer kb-publish",
    ]);
    expect(stateText(emu)).toBe(newer);
    expect(entryOf(emu, "promo")?.status).toBe("published");
    expect(writesSince(emu, from).filter((w) => w.path.includes("kb-publish-state") || (w.method === "POST" && w.path.endsWith("/knowledge")))).toEqual([]);
  });
});
