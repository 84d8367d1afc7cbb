import { mkdir, rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { HeppuEmulator } from "../emulators/heppu.js";
import { docsFolder, heppuSettings, manyPages, page, runSync, stable, startEmulator, writeFiles } from "./helpers.js";

const FOREIGN = ["hand/faq", "other-tool/page", "p001-copy"];

function seedForeign(emu: HeppuEmulator) {
  emu.seedSource(emu.collectionId, { externalId: "hand/faq", title: "FAQ (by hand)", content: "Written in the dashboard." });
  emu.seedSource(emu.collectionId, {
    externalId: "other-tool/page",
    title: "Another owner",
    content: "Published by another kb-publish owner.",
    metadata: { kbPublish: { owner: "marketing-site", hash: "abc", parts: {} } },
  });
  emu.seedSource(emu.collectionId, { externalId: "p001-copy", title: "Broken marker", content: "x", metadata: { kbPublish: "not an object" } });
  return stable(emu.sources().filter((s) => FOREIGN.includes(s.externalId)));
}

/** Every externalId a write request carried. */
function writtenIds(emu: HeppuEmulator): string[] {
  return emu.ledger.flatMap((e) => {
    const body = e.body as { sources?: { externalId: string }[]; externalIds?: string[] } | undefined;
    return [...(body?.sources?.map((s) => s.externalId) ?? []), ...(body?.externalIds ?? [])];
  });
}

describe("heppu: sources kb-publish does not own", () => {
  it("survive creates, updates and a full deletion run with --allow-mass-delete", async () => {
    const emu = await startEmulator();
    const foreign = seedForeign(emu);
    const root = await docsFolder(manyPages(12));
    await runSync(heppuSettings(emu, root));
    await writeFiles(root, { "p004.md": page("Edited", "edited") });
    await runSync(heppuSettings(emu, root));

    await rm(root, { recursive: true });
    await mkdir(root);
    const outcome = await runSync(heppuSettings(emu, root, { allowMassDelete: true }));
    expect(outcome.result?.counts).toMatchObject({ deleted: 12, failed: 0 });
    expect(stable(emu.sources())).toEqual(foreign);
    expect(writtenIds(emu).filter((id) => FOREIGN.includes(id))).toEqual([]);
    expect(outcome.plan.summary).toMatchObject({ delete: 12 });
  });

  it("a page whose id collides with a foreign source is reported, and the source is left untouched", async () => {
    const emu = await startEmulator();
    const foreign = seedForeign(emu);
    const root = await docsFolder({ "hand/faq.md": page("Our FAQ"), "other.md": page("Other") });
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.plan.rejected).toEqual([expect.objectContaining({ externalId: "hand/faq", sourcePath: "hand/faq.md" })]);
    expect(outcome.plan.rejected[0]?.message).toMatch(/not owned by kb-publish/);
    expect(stable(emu.sources().filter((s) => FOREIGN.includes(s.externalId)))).toEqual(foreign);
    expect(writtenIds(emu)).toEqual(["other"]);
  });

  it("another --owner sees kb-publish's own sources as foreign", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(3));
    await runSync(heppuSettings(emu, root));
    const stored = stable(emu.sources());
    const other = await docsFolder({});
    const outcome = await runSync(heppuSettings(emu, other, { owner: "someone-else", allowMassDelete: true }));
    expect(outcome.plan.summary).toMatchObject({ delete: 0 });
    expect(stable(emu.sources())).toEqual(stored);
  });
});
