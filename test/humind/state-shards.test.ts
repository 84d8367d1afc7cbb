import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply.js";
import type { Document } from "../../src/documents/document.js";
import { silentLogger } from "../../src/log.js";
import { buildPlan } from "../../src/plan/build.js";
import { createHumindApi, humindTarget, resolveHumindConfig } from "../../src/targets/humind/index.js";
import type { HumindEmulator } from "../emulators/humind.js";
import { humindSettings, startEmulator } from "./helpers.js";

const docs = (count: number): Document[] =>
  Array.from({ length: count }, (_, i) => ({
    externalId: `page-${String(i).padStart(3, "0")}`,
    title: `Page ${i}`,
    content: `Body ${i}.`,
    tags: [],
    lang: "en",
    sourcePath: `page-${i}.md`,
    metadata: {},
  }));

/** One run through the engine, with state shards of `shardBytes` (about 3 entries each at 1,500). */
async function run(emu: HumindEmulator, documents: Document[], shardBytes = 1_500) {
  const resolved = resolveHumindConfig(humindSettings(emu, "/unused"));
  if (!resolved.ok) throw new Error(resolved.problems.join("; "));
  const context = { log: silentLogger, userAgent: "kb-publish/0.0.0-test", http: { baseBackoffMs: 2 } };
  const api = createHumindApi(resolved.config, context);
  const target = humindTarget(resolved.config, context, () => api, { stateShardBytes: shardBytes });
  await target.prepare?.();
  const plan = buildPlan({
    documents,
    diagnostics: [],
    snapshot: await target.snapshot(),
    target,
    options: { allowMassDelete: true, deletions: "hard" },
  });
  const result = await applyPlan(plan, target, { deletions: "hard" });
  return { plan, result };
}

const shardIds = (emu: HumindEmulator) => emu.entries().map((e) => e.external_id).filter((id) => id.startsWith("kb-publish-state")).sort();

describe("humind: a state too big for one entry is sharded", () => {
  it("spreads the state over several hidden entries, reads them all back, and removes shards it no longer needs", async () => {
    const emu = await startEmulator({ rateLimits: false });
    await run(emu, docs(20));
    const shards = shardIds(emu);
    expect(shards.length).toBeGreaterThan(3);
    expect(shards).toContain("kb-publish-state--kb-publish");
    expect(shards).toContain("kb-publish-state.1--kb-publish");
    for (const id of shards) expect(emu.entries().find((e) => e.external_id === id)).toMatchObject({ status: "draft", is_available_for_ai_agent: false });

    const again = await run(emu, docs(20));
    expect(again.plan.summary).toEqual({ create: 0, update: 0, unchanged: 20, delete: 0 });

    const shrunk = await run(emu, docs(2));
    expect(shrunk.plan.summary).toMatchObject({ delete: 18, unchanged: 2 });
    expect(shardIds(emu)).toEqual(["kb-publish-state--kb-publish"]);
    expect((await run(emu, docs(2))).plan.summary).toEqual({ create: 0, update: 0, unchanged: 2, delete: 0 });
  });

  it("a corrupt shard makes the entries it held adoptable: nothing is deleted, all is re-adopted", async () => {
    const emu = await startEmulator({ rateLimits: false });
    await run(emu, docs(20));
    const shard1 = emu.entries().find((e) => e.external_id === "kb-publish-state.1--kb-publish");
    const lostIds = (JSON.parse(shard1?.content ?? "{}") as { rows: [string][] }).rows.map(([id]) => id);
    expect(lostIds.length).toBeGreaterThan(1);
    emu.editByHand("kb-publish-state.1--kb-publish", { content: "garbage" });

    const kept = docs(20).filter((d) => d.externalId !== lostIds[0]); // its page removed while its state is lost
    const { plan, result } = await run(emu, kept);
    expect(plan.summary).toMatchObject({ delete: 0, update: lostIds.length - 1, create: 0 });
    expect(result.notes[0]).toMatch(/state entry was shard 1 corrupt: the state entry is not valid JSON; rebuilt it/);
    expect(emu.entries().find((e) => e.external_id === lostIds[0])?.status).toBe("published");
    expect((await run(emu, kept)).plan.summary).toMatchObject({ create: 0, update: 0, unchanged: 19, delete: 0 });
  });
});
