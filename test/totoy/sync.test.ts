import { unlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/targets/totoy/index.js";
import { docsFolder, linkedPages, manyPages, ownedByPage, page, requests, runSync, startEmulator, totoySettings, writeFiles, writesSince } from "./helpers.js";

describe("totoy: sync over HTTP", () => {
  it("creates one text Source per page in the knowledge base's project, links them in one request, and a re-run writes nothing", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({
      "guides/install.md": page("Install", "Run the installer.", { tags: ["setup", "cli"], description: "How to install", team: "docs" }),
      "index.md": page("Home"),
    });
    const first = await runSync(totoySettings(emu, root, { baseUrl: "https://docs.example.com" }));
    expect(first.result?.counts).toMatchObject({ created: 2, failed: 0 });
    expect(requests(emu)).toEqual([
      "GET /v1/knowledge-bases/kb_…",
      "GET /v1/sources",
      "GET /v1/knowledge-bases/kb_…/sources",
      "POST /v1/sources",
      "POST /v1/sources",
      "POST /v1/knowledge-bases/kb_…/sources",
    ]);
    const install = emu.sources().find((s) => s.title === "Install")!;
    expect(install).toMatchObject({
      source_type: "text",
      project_id: emu.projectId,
      backlink: "https://docs.example.com/guides/install/",
      knowledge_base_ids: [emu.knowledgeBaseId],
    });
    expect(install.text_content).toContain("Run the installer.");
    expect(install.custom_metadata).toMatchObject({ tags: "cli, setup", description: "How to install", team: "docs", kbp_owner: "kb-publish", kbp_id: "guides/install", kbp_kb: emu.knowledgeBaseId });
    const marker = readMarker(install.custom_metadata);
    const planned = first.plan.operations.find((op) => op.kind === "create" && op.doc.externalId === "guides/install");
    expect(marker?.fingerprint?.hash).toBe(planned?.kind === "create" ? planned.fingerprint.hash : "missing");
    expect(marker?.version).toBe("0.0.0-test");

    const before = emu.ledger.length;
    const second = await runSync(totoySettings(emu, root, { baseUrl: "https://docs.example.com" }));
    expect(second.plan.summary).toEqual({ create: 0, update: 0, unchanged: 2, delete: 0 });
    expect(writesSince(emu, before)).toEqual([]);
  });

  it("patches only what changed, unlinks a removed page (its Source stays) and re-links it on restore", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ ...manyPages(8), "keep.md": page("Keep", "old text") });
    await runSync(totoySettings(emu, root));
    const removed = path.join(root, "p000.md");
    const removedText = page("Page p000");

    await writeFiles(root, { "keep.md": page("Keep", "new text") });
    await unlink(removed);
    let before = emu.ledger.length;
    const edited = await runSync(totoySettings(emu, root));
    expect(edited.result?.counts).toMatchObject({ updated: 1, deleted: 1, unchanged: 7, failed: 0 });
    const writes = writesSince(emu, before);
    expect(writes.map((w) => w.method)).toEqual(["PATCH", "DELETE"]);
    expect(Object.keys(writes[0]!.body as object).sort()).toEqual(["custom_metadata", "text_content"]);
    expect(writes[1]!.path).toMatch(/^\/v1\/knowledge-bases\/kb_\w+\/sources\/src_\w+$/);
    expect(ownedByPage(emu).get("p000")).toHaveLength(1);
    expect(linkedPages(emu)).not.toContain("p000");

    await writeFiles(root, { "p000.md": removedText });
    before = emu.ledger.length;
    const restored = await runSync(totoySettings(emu, root));
    expect(restored.plan.operations.filter((op) => op.kind === "update")).toMatchObject([{ reasons: ["restored (file is back)"] }]);
    expect(requests(emu, before).filter((r) => !r.startsWith("GET"))).toEqual(["POST /v1/knowledge-bases/kb_…/sources"]);
    expect(linkedPages(emu)).toContain("p000");
    expect(ownedByPage(emu).get("p000")).toHaveLength(1);
  });

  it("--deletions hard unlinks and then deletes the Source", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(6));
    await runSync(totoySettings(emu, root));
    await unlink(path.join(root, "p005.md"));
    const before = emu.ledger.length;
    const outcome = await runSync(totoySettings(emu, root, { deletions: "hard" }));
    expect(outcome.result?.counts).toMatchObject({ deleted: 1, failed: 0 });
    expect(requests(emu, before).filter((r) => !r.startsWith("GET"))).toEqual(["DELETE /v1/knowledge-bases/kb_…/sources/src_…", "DELETE /v1/sources/src_…"]);
    expect(ownedByPage(emu).has("p005")).toBe(false);
  });
});
