import { describe, expect, it } from "vitest";
import { readMarker } from "../../src/targets/heppu/index.js";
import type { HeppuEmulator } from "../emulators/heppu.js";
import { docsFolder, heppuSettings, runSync, startEmulator, writeFiles, writesSince } from "./helpers.js";

/** A page whose body does not repeat its title, so title and tags change without the content changing. */
function bare(title: string, tags: string[], body = "Stable body text.\n"): string {
  return `---\ntitle: ${JSON.stringify(title)}\ntags: ${JSON.stringify(tags)}\n---\n\n${body}`;
}

function site(count: number, tag: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`m${String(i).padStart(3, "0")}.md`] = bare(`Page ${i}`, [tag], `Body ${i}.\n`);
  return files;
}

function requestsSince(emu: HeppuEmulator, from: number): string[] {
  return emu.ledger.slice(from).map((e) => `${e.method}${e.query.externalId ? " ?externalId" : ""} ${e.status}`);
}

describe.each([
  { hashTitleAndMetadata: false, mode: "content-only hash (Heppu's documented dedup, INF)" },
  { hashTitleAndMetadata: true, mode: "title + metadata + content hash" },
])("heppu: title/metadata-only changes with a $mode", ({ hashTitleAndMetadata }) => {
  it("stores the new title and tags, keeps the content, and the next run is clean", async () => {
    const emu = await startEmulator({ hashTitleAndMetadata });
    const root = await docsFolder({ "a.md": bare("Alpha", ["x"]), "b.md": bare("Beta", ["x"]), "c.md": bare("Gamma", ["x"]) });
    await runSync(heppuSettings(emu, root));
    const contentBefore = emu.sources().map((s) => s.content);

    await writeFiles(root, { "a.md": bare("Alpha renamed", ["x"]), "b.md": bare("Beta", ["x", "y"]) });
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.plan.summary).toMatchObject({ update: 2, unchanged: 1 });
    expect(outcome.result?.counts).toMatchObject({ updated: 2, failed: 0 });

    const stored = new Map(emu.sources().map((s) => [s.externalId, s]));
    expect(stored.get("a")?.title).toBe("Alpha renamed");
    expect(stored.get("b")?.metadata.tags).toEqual(["x", "y"]);
    expect(emu.sources().map((s) => s.content)).toEqual(contentBefore);
    for (const op of outcome.plan.operations) {
      if (op.kind === "update") expect(readMarker(stored.get(op.doc.externalId)?.metadata)?.hash).toBe(op.fingerprint.hash);
    }
    // content-only: the batch is answered `unchanged`, read back, found stale, refreshed in two writes.
    const expected = hashTitleAndMetadata
      ? ["GET 200", "POST 201"]
      : ["GET 200", "POST 201", "GET ?externalId 200", "GET ?externalId 200", "POST 201", "POST 201"];
    expect(requestsSince(emu, before)).toEqual(expected);

    const again = emu.ledger.length;
    const third = await runSync(heppuSettings(emu, root));
    expect(third.plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(writesSince(emu, again)).toEqual([]);
  });
});

describe("heppu: refreshing metadata on a content-only server", () => {
  it("after one stale answer, later batches refresh directly without reading back", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(site(60, "old"));
    await runSync(heppuSettings(emu, root));
    await writeFiles(root, site(60, "new"));
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.result?.counts).toMatchObject({ updated: 60, failed: 0 });
    // snapshot, batch 1 (plain, one full listing to read back 50 sources, refresh ×2), batch 2 (refresh ×2)
    expect(requestsSince(emu, before)).toEqual(["GET 200", "POST 201", "GET 200", "POST 201", "POST 201", "POST 201", "POST 201"]);
    expect(emu.sources().every((s) => (s.metadata.tags as string[])[0] === "new")).toBe(true);
    const again = emu.ledger.length;
    await runSync(heppuSettings(emu, root));
    expect(writesSince(emu, again)).toEqual([]);
  });

  it("a refresh interrupted between its two writes is completed by the next run", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ "a.md": bare("Alpha", ["x"]), "b.md": bare("Beta", ["x"]) });
    await runSync(heppuSettings(emu, root));
    await writeFiles(root, { "b.md": bare("Beta", ["y"]) });
    let posts = 0;
    emu.faults.once("status5xxBefore", { status: 503, when: (r) => r.method === "POST" && ++posts === 3 });
    const first = await runSync(heppuSettings(emu, root), { http: { maxRetries: 0 }, retry: { rounds: 0 } });
    const failure = first.result?.results.find((r) => r.externalId === "b");
    expect(failure?.status).toBe("failed");
    expect(failure?.error).toMatch(/503.*step 2 of 2/);
    const pending = emu.sources().find((s) => s.externalId === "b");
    expect(pending?.content).toMatch(/kb-publish: refreshing title and metadata/);
    expect(readMarker(pending?.metadata)?.hash).toBe("refresh-pending");

    const second = await runSync(heppuSettings(emu, root));
    expect(second.plan.operations.find((op) => op.kind === "update")).toMatchObject({ reasons: ["content changed"] });
    expect(second.result?.counts).toMatchObject({ updated: 1, failed: 0 });
    const healed = emu.sources().find((s) => s.externalId === "b");
    expect(healed?.content).toBe("Stable body text.\n");
    expect(healed?.metadata.tags).toEqual(["y"]);
    const again = emu.ledger.length;
    await runSync(heppuSettings(emu, root));
    expect(writesSince(emu, again)).toEqual([]);
  });
});
