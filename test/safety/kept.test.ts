import { unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode, exitCodeFor } from "../../src/exit-codes.js";
import { silentLogger } from "../../src/log.js";
import { renderPlanText } from "../../src/report/text.js";
import { sync, type SyncOutcome } from "../../src/sync.js";
import { remoteRecordOf } from "../../src/targets/heppu/snapshot.js";
import { createLocalTarget } from "../../src/targets/local/index.js";
import { testSettings } from "../helpers/workspace.js";
import { docsFolder, heppuSettings, manyPages, page, runSync, startEmulator, writeFiles, writesSince } from "../heppu/helpers.js";

const exitOf = (outcome: SyncOutcome) => exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false });

describe("a file that exists but cannot be used never removes its published page (Heppu emulator)", () => {
  it("emptied, truncated to frontmatter, too large, not UTF-8 or broken: every copy is kept, each file named, exit 4", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ ...manyPages(4), "emptied.md": page("Emptied"), "truncated.md": page("Truncated"), "big.md": page("Big"), "latin1.md": page("Latin"), "broken.md": page("Broken"), "removed.md": page("Removed") });
    const settings = heppuSettings(emu, root, { maxFileBytes: 4096 });
    expect((await runSync(settings)).result?.counts.created).toBe(10);

    await writeFiles(root, {
      "emptied.md": "",
      "truncated.md": "---\ntitle: Truncated\n---\n",
      "big.md": page("Big", "x".repeat(5000)),
      "broken.md": "---\ntitle: [unclosed\n---\n\nBody.\n",
    });
    await writeFile(path.join(root, "latin1.md"), Buffer.from("# Caf\xe9\n\nBody.\n", "latin1"));
    await unlink(path.join(root, "removed.md"));
    const before = emu.ledger.length;
    const outcome = await runSync(settings);

    const files = ["big.md", "broken.md", "emptied.md", "latin1.md", "truncated.md"];
    expect([...new Set(outcome.plan.diagnostics.filter((d) => d.severity === "error").map((d) => d.file))]).toEqual(files);
    expect(outcome.plan.kept?.map((k) => k.externalId).sort()).toEqual(["big", "broken", "emptied", "latin1", "truncated"]);
    expect(outcome.plan.diagnostics.find((d) => d.file === "emptied.md")?.message).toContain("page has no text; its published copy is kept");
    // Only the really removed file is a delete, and even that is held back this run.
    expect(outcome.plan.operations.filter((op) => op.kind === "delete").map((op) => op.kind === "delete" && op.remote.externalId)).toEqual(["removed"]);
    expect(outcome.result?.deletesSkipped).toContain("5 files could not be read");
    expect(writesSince(emu, before)).toEqual([]);
    expect(emu.sources().map((s) => s.externalId).sort()).toEqual(["big", "broken", "emptied", "latin1", "p000", "p001", "p002", "p003", "removed", "truncated"]);
    expect(exitOf(outcome)).toBe(ExitCode.partialFailure);
    const text = renderPlanText(outcome.plan);
    for (const id of ["emptied", "truncated", "big", "latin1", "broken"]) expect(text).toMatch(new RegExp(`^kept +${id} +unreadable: ${id}\\.md`, "m"));
    expect(text).not.toMatch(/^delete +(emptied|truncated|big|latin1|broken) /m);
  });

  it("a published page made a draft is removed, with that reason", async () => {
    const emu = await startEmulator();
    const root = await docsFolder({ ...manyPages(10), "webhooks.md": page("Webhooks") });
    await runSync(heppuSettings(emu, root));
    await writeFiles(root, { "webhooks.md": page("Webhooks", "Body.", { draft: true }) });
    const outcome = await runSync(heppuSettings(emu, root));
    const deletes = outcome.plan.operations.filter((op) => op.kind === "delete");
    expect(deletes.map((op) => op.kind === "delete" && [op.remote.externalId, op.reasons])).toEqual([["webhooks", ["now a draft (draft: true in frontmatter)"]]]);
    expect(outcome.result?.counts.deleted).toBe(1);
    expect(exitOf(outcome)).toBe(ExitCode.ok);
  });
});

describe("targets return the source path a record was published from", () => {
  it("the local store and Heppu", async () => {
    const root = await docsFolder({ "guides/setup.md": page("Setup", "Body.", { id: "custom" }) });
    const settings = testSettings({ root, store: path.join(root, ".store") });
    await sync(settings, { log: silentLogger, userAgent: "kb-publish/test" });
    const { records } = await createLocalTarget(settings, { log: silentLogger, userAgent: "kb-publish/test" }).snapshot();
    expect(records.map((r) => [r.externalId, r.sourcePath])).toEqual([["custom", "guides/setup.md"]]);
    const marker = { kbPublish: { owner: "kb-publish", hash: "h", parts: {} }, sourcePath: "guides/setup.md" };
    expect(remoteRecordOf({ externalId: "custom", metadata: marker }, "kb-publish").sourcePath).toBe("guides/setup.md");
    expect(remoteRecordOf({ externalId: "custom", metadata: marker }, "someone-else").sourcePath).toBeUndefined();
  });
});
