import { rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeRequests } from "../emulators/ledger.js";
import { startTotoyEmulator, type TotoyEmulator } from "../emulators/totoy.js";
import { runAction } from "../helpers/run-bundle.js";
import { fixtureWorkspace } from "../helpers/workspace.js";

const KEY = "totoy_live_E2eSecretKey_9f8e7d6c";

let emu: TotoyEmulator | undefined;
afterEach(async () => emu?.close());

describe("dist/index.js with target totoy, run as GitHub runs an action", () => {
  it("links the fixture site, re-runs with zero writes, unlinks a removed page, and never prints the key", async () => {
    emu = await startTotoyEmulator({ apiKeys: [KEY] });
    const ws = await fixtureWorkspace();
    const inputs = { path: "docs", target: "totoy", "api-url": emu.url, "api-key": KEY, "knowledge-base-id": emu.knowledgeBaseId, "rate-limit": "60000" };

    const first = await runAction(ws.dir, inputs, "push");
    expect(first.code, first.stdout).toBe(0);
    const created = Number(first.outputs.created);
    expect(created).toBeGreaterThanOrEqual(15);
    expect(first.outputs.failed).toBe("0");
    expect(emu.sources().filter((s) => s.knowledge_base_ids.includes(emu!.knowledgeBaseId))).toHaveLength(created);
    expect(first.summary).toContain("kb-publish sync");

    const before = emu.ledger.length;
    const second = await runAction(ws.dir, inputs, "push");
    expect(second.code).toBe(0);
    expect(second.outputs["has-changes"]).toBe("false");
    expect(writeRequests(emu.ledger.slice(before))).toEqual([]);

    await rm(path.join(ws.docs, "troubleshooting/faq.md"));
    const third = await runAction(ws.dir, inputs, "push");
    expect(third.code).toBe(0);
    expect(third.outputs.deleted).toBe("1");
    expect(emu.sources()).toHaveLength(created);
    expect(emu.sources().filter((s) => s.knowledge_base_ids.length === 0).map((s) => s.custom_metadata.kbp_id)).toEqual(["troubleshooting/faq"]);

    for (const run of [first, second, third]) {
      expect(run.stdout).toContain(`::add-mask::${KEY}`);
      expect(run.stdout.replaceAll(`::add-mask::${KEY}`, "") + run.stderr + run.summary).not.toContain(KEY);
    }
  });
});
