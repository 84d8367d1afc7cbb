import { rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docsFolder, linkedPages, manyPages, ownedByPage, page, runSync, startEmulator, totoySettings, writeFiles, writesSince } from "./helpers.js";

describe("totoy: limits are checked before sending", () => {
  it("a page over 1,000,000 characters fails alone and its remote copy is kept; deletes wait", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ ...manyPages(3), "big.md": page("Big", "small for now") });
    await runSync(totoySettings(emu, root));
    const before = emu.ledger.length;
    await writeFiles(root, { "big.md": page("Big", "x".repeat(1_000_001)), "p001.md": page("Page p001", "edited") });
    await rm(path.join(root, "p002.md"));
    const outcome = await runSync(totoySettings(emu, root));
    expect(outcome.plan.rejected).toEqual([
      { externalId: "big", sourcePath: "big.md", message: expect.stringMatching(/^text is 100000\d characters: Totoy accepts at most 1000000 per text Source/) },
    ]);
    expect(outcome.result?.counts).toMatchObject({ updated: 1, failed: 1, skipped: 1 });
    expect(writesSince(emu, before).map((w) => w.method)).toEqual(["PATCH"]);
    expect(ownedByPage(emu).get("big")?.[0]?.text_content).toContain("small for now");
    expect(linkedPages(emu)).toContain("p002");
  });

  it("a plan that would pass 1,500 sources in the knowledge base is a plan error: nothing is written", async () => {
    const emu = await startEmulator();
    for (let i = 0; i < 1490; i++) emu.seedSource({ title: `Hand ${i}` }, [emu.knowledgeBaseId]);
    const root = await docsFolder(manyPages(11));
    const before = emu.ledger.length;
    const outcome = await runSync(totoySettings(emu, root));
    expect(outcome.plan.errors).toEqual([
      `knowledge base ${emu.knowledgeBaseId} would hold 1501 sources (1490 linked now + 11 new + 0 restored − 0 removed): Totoy links at most 1500 Sources to one knowledge base; exclude pages or split the docs over several knowledge bases`,
    ]);
    expect(outcome.result).toBeUndefined();
    expect(writesSince(emu, before)).toEqual([]);
  });

  it("near the limit, links of new pages wait until the removed pages are unlinked, and the knowledge base never overfills", async () => {
    const emu = await startEmulator();
    for (let i = 0; i < 1480; i++) emu.seedSource({ title: `Hand ${i}` }, [emu.knowledgeBaseId]);
    const root = await docsFolder(manyPages(15));
    await runSync(totoySettings(emu, root));
    // 10 pages renamed: 10 creates and 10 removals in a full knowledge base (1,495 linked).
    for (let i = 0; i < 10; i++) await rm(path.join(root, `p${String(i).padStart(3, "0")}.md`));
    await writeFiles(root, manyPages(10, "renamed-"));
    const before = emu.ledger.length;
    const outcome = await runSync(totoySettings(emu, root, { allowMassDelete: true }));
    expect(outcome.plan.errors).toEqual([]);
    expect(outcome.result?.counts).toMatchObject({ created: 10, deleted: 10, failed: 0 });
    expect(outcome.result?.notes).toEqual([]);
    expect(emu.ledger.filter((e) => e.status === 403)).toEqual([]);
    // Five links fit at once; the other five waited for the unlinks.
    const links = writesSince(emu, before).filter((w) => w.method === "POST" && w.path.includes("/knowledge-bases/"));
    expect(links.map((w) => (w.body as { source_ids: string[] }).source_ids.length)).toEqual([5, 5]);
    expect(writesSince(emu, before).map((w) => w.method).lastIndexOf("DELETE")).toBeLessThan(writesSince(emu, before).indexOf(links[1]!));
    expect(linkedPages(emu)).toHaveLength(15);
    expect(emu.indexing().size).toBe(1495);
  });
});
