import { rm, unlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/targets/heppu/index.js";
import { batchSizes, captureLog, docsFolder, heppuSettings, manyPages, page, runSync, startEmulator, writeFiles, writesSince } from "./helpers.js";

describe("heppu: sync over HTTP", () => {
  it("creates every page in one batch, stamps the marker, and a re-run sends zero writes", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({
      "guides/install.md": page("Install", "Run the installer.", { tags: ["setup", "cli"], description: "How to install", team: "docs" }),
      "index.md": page("Home"),
    });
    const first = await runSync(heppuSettings(emu, root));
    expect(first.result?.counts).toMatchObject({ created: 2, failed: 0 });
    expect(emu.ledger.map((e) => `${e.method} ${e.path}`)).toEqual(["GET /api/v1/kb/sources", "POST /api/v1/kb/sources/batch"]);
    expect(emu.ledger[0]?.query).toMatchObject({ collectionId: emu.collectionId, limit: "100", offset: "0" });
    expect(emu.ledger[1]?.headers["x-api-key"]).toBe("***");
    expect(emu.ledger[1]?.headers["user-agent"]).toMatch(/^kb-publish\/0\.0\.0-test \(cli;/);

    const install = emu.sources().find((s) => s.externalId === "guides/install");
    expect(install?.title).toBe("Install");
    expect(install?.content).toContain("Run the installer.");
    expect(install?.metadata).toMatchObject({ tags: ["cli", "setup"], description: "How to install", sourcePath: "guides/install.md", team: "docs" });
    const marker = readMarker(install?.metadata);
    expect(marker).toMatchObject({ owner: "kb-publish", version: "0.0.0-test" });
    const planned = first.plan.operations.find((op) => op.kind === "create" && op.doc.externalId === "guides/install");
    expect(marker?.hash).toBe(planned?.kind === "create" ? planned.fingerprint.hash : "missing");

    const before = emu.ledger.length;
    const second = await runSync(heppuSettings(emu, root));
    expect(second.plan.summary).toEqual({ create: 0, update: 0, unchanged: 2, delete: 0 });
    expect(writesSince(emu, before)).toEqual([]);
  });

  it("updates a changed page and deletes a removed one (hard: Heppu has no soft delete, said once)", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ ...manyPages(8), "keep.md": page("Keep", "old text") });
    await runSync(heppuSettings(emu, root));
    await writeFiles(root, { "keep.md": page("Keep", "new text") });
    await unlink(path.join(root, "p000.md"));
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.result?.counts).toMatchObject({ updated: 1, deleted: 1, unchanged: 7, failed: 0 });
    expect(emu.sources().map((s) => s.externalId)).not.toContain("p000");
    expect(emu.sources().find((s) => s.externalId === "keep")?.content).toContain("new text");
    expect(writesSince(emu, before).map((e) => e.method)).toEqual(["POST", "DELETE"]);
  });

  it("logs once that tombstones are hard deletes on Heppu", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(300));
    await runSync(heppuSettings(emu, root));
    await rm(root, { recursive: true });
    await writeFiles(root, { "only.md": page("Only") });
    const log = captureLog();
    const outcome = await runSync(heppuSettings(emu, root, { allowMassDelete: true }), { log });
    expect(outcome.result?.counts.deleted).toBe(300);
    expect(log.lines.filter((l) => l.includes("no soft delete"))).toHaveLength(1);
  });

  it("sends more than 50 pages in batches of 50 and deletes more than 100 in batches of 100", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(230));
    await runSync(heppuSettings(emu, root));
    expect(batchSizes(emu).upserts).toEqual([50, 50, 50, 50, 30]);

    await rm(root, { recursive: true });
    await writeFiles(root, { "last.md": page("Last") });
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root, { allowMassDelete: true }));
    expect(outcome.result?.counts).toMatchObject({ created: 1, deleted: 230, failed: 0 });
    expect(batchSizes(emu, before).deletes.sort((a, b) => b - a)).toEqual([100, 100, 30]);
    expect(emu.sources().map((s) => s.externalId)).toEqual(["last"]);
  });

  it("pages through the listing 100 at a time until hasMore is false", async () => {
    const emu = await startEmulator();
    for (let i = 0; i < 250; i++) emu.seedSource(emu.collectionId, { externalId: `hand-${i}`, title: `Hand ${i}`, content: "by hand" });
    const root = await docsFolder(manyPages(3));
    const outcome = await runSync(heppuSettings(emu, root));
    const lists = emu.ledger.filter((e) => e.method === "GET");
    expect(lists.map((e) => e.query.offset).sort()).toEqual(["0", "100", "200"]);
    expect(lists.every((e) => e.query.limit === "100")).toBe(true);
    expect(outcome.plan.summary.create).toBe(3);
    expect(emu.sources()).toHaveLength(253);
  });
});
