import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { markerPairs } from "../../src/targets/totoy/marker.js";
import { docsFolder, manyPages, ownedByPage, page, runSync, startEmulator, totoySettings, writeFiles } from "./helpers.js";

describe("totoy: Sources kb-publish does not own are never touched", () => {
  it("not by hand-made, other-owner, other-knowledge-base or document Sources, not even when every page is removed with hard deletes", async () => {
    const emu = await startEmulator();
    const foreignMarker = (owner: string, knowledgeBaseId: string, externalId: string) =>
      markerPairs({ owner, knowledgeBaseId, externalId, fingerprint: { hash: "h", parts: {} } }, 512).pairs;
    const seeded = [
      emu.seedSource({ title: "By hand", custom_metadata: { internal_tag: "faq" } }, [emu.knowledgeBaseId]),
      emu.seedSource({ title: "Team B's p001", custom_metadata: foreignMarker("team-b", emu.knowledgeBaseId, "p001") }, [emu.knowledgeBaseId]),
      emu.seedSource({ title: "Other KB's p002", custom_metadata: foreignMarker("kb-publish", "kb_ccccccccccccccccccccccccc", "p002") }),
      emu.seedSource({ title: "A PDF", source_type: "document" }, [emu.knowledgeBaseId]),
      emu.seedSource({ title: "Other project's p003", project_id: emu.other.projectId, custom_metadata: foreignMarker("kb-publish", emu.knowledgeBaseId, "p003") }),
    ];
    const ids = new Set(seeded.map((s) => s.source_id));
    const root = await docsFolder(manyPages(4));

    const first = await runSync(totoySettings(emu, root));
    // p001 collides with team B's Source linked here: refused, never overwritten.
    expect(first.result?.counts).toMatchObject({ created: 3, failed: 1 });
    expect(first.plan.rejected).toEqual([expect.objectContaining({ externalId: "p001", message: expect.stringContaining("is not owned by kb-publish") })]);
    expect([...ownedByPage(emu).keys()].sort()).toEqual(["p000", "p002", "p003"]);

    await rm(root, { recursive: true });
    await writeFiles(root, { "only.md": page("Only") });
    const last = await runSync(totoySettings(emu, root, { deletions: "hard", allowMassDelete: true }));
    expect(last.result?.counts).toMatchObject({ created: 1, deleted: 3, failed: 0 });
    expect(emu.audit.filter((entry) => ids.has(entry.source_id) && entry.by === "api")).toEqual([]);
    expect(emu.sources().filter((s) => ids.has(s.source_id))).toEqual(seeded);
  });
});
