import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../src/exit-codes.js";
import type { SyncOutcome } from "../../src/sync.js";
import { chatbotSettings, docsFolder, livePages, manyPages, page, runSync, startEmulator, writeFiles, writesSince } from "./helpers.js";

const exitCode = (outcome: SyncOutcome) => exitCodeFor({ plan: outcome.plan, result: outcome.result, detailed: false });
const applies = (emu: { ledger: { method: string; path: string; status: number | null }[] }, from = 0) =>
  emu.ledger.slice(from).filter((e) => e.method === "POST" && e.path.endsWith("/apply"));

async function site(options: Parameters<typeof startEmulator>[0] = {}) {
  const emu = await startEmulator(options);
  const root = await docsFolder({ "a.md": page("A"), "b.md": page("B"), "c.md": page("C") });
  return { emu, root, settings: chatbotSettings(emu, root) };
}

describe("chatbot: apply conflicts are retried", () => {
  it("retries transient 409s with backoff and a new Idempotency-Key per attempt; a stale plan gets a new run", async () => {
    const { emu, settings } = await site();
    emu.controls.conflictOnApply("apply_conflict", 2);
    emu.controls.conflictOnApply("stale_plan");
    emu.controls.conflictOnApply("lease_lost");
    const outcome = await runSync(settings);
    expect(outcome.result?.failure).toBeUndefined();
    expect(applies(emu).map((e) => e.status)).toEqual([409, 409, 409, 409, 202]);
    const keys = applies(emu).map((e) => (e as unknown as { headers: Record<string, string> }).headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(5);
    expect(emu.runs()).toHaveLength(2);
    expect(emu.generations()).toHaveLength(1);
    expect(emu.generation()?.runId).toBe(emu.runs()[1]?.id);
    expect(livePages(emu)).toEqual(["a", "b", "c"]);
  });

  it("a job that failed transiently (lease lost mid-build) is retried with a new run", async () => {
    const { emu, settings } = await site();
    emu.controls.failNextJob("lease_lost", "Lease lost while building");
    const outcome = await runSync(settings);
    expect(outcome.result?.failure).toBeUndefined();
    expect(emu.runs()).toHaveLength(2);
    expect(emu.generations()).toHaveLength(1);
  });

  it("gives up after repeated conflicts with a failure that keeps the previous generation serving", async () => {
    const { emu, settings } = await site();
    emu.controls.conflictOnApply("apply_conflict", 20);
    const outcome = await runSync(settings);
    expect(outcome.result?.failure).toMatch(/apply still answered apply_conflict after 8 attempts; no generation was published before, so none serves yet/);
    expect(exitCode(outcome)).toBe(4);
  });
});

describe("chatbot: a failed publish", () => {
  it("502 build_failed fails the run (exit 4) saying the previous generation keeps serving; the next run publishes without any file changing", async () => {
    const { emu, root, settings } = await site();
    await runSync(settings);
    const before = emu.generation()?.id;
    await writeFiles(root, { "b.md": page("B", "New text of B.") });
    emu.controls.failNextJob("build_failed", "Embedding service unavailable");
    const failed = await runSync(settings);
    expect(failed.result?.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(failed.result?.failure).toBe(
      `publishing failed: the knowledge build failed (502 build_failed: Embedding service unavailable); the previous generation ${before} keeps serving. ` +
        "The changes stay staged and the next run publishes them",
    );
    expect(failed.result?.notes).toContain(failed.result?.failure);
    expect(exitCode(failed)).toBe(4);
    expect(emu.generation()?.id).toBe(before);

    const from = emu.ledger.length;
    const recovered = await runSync(settings);
    expect(recovered.plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(writesSince(emu, from).map((w) => w.path.replace(/^.*\/sources\/[^/]+/, "").replace(/run_\w+/, "R"))).toEqual(["/runs", "/runs/R/apply"]);
    expect(recovered.result?.notes[1]).toMatch(/^published changes an earlier run staged but never published \(1 staged item written after generation gen_\w+ was published\)$/);
    expect(emu.generation()?.pages.get("b")?.item.content).toContain("New text of B.");
    expect(exitCode(recovered)).toBe(0);
    const settled = emu.ledger.length;
    await runSync(settings);
    expect(writesSince(emu, settled)).toEqual([]);
  });

  it("the same with an installation that applies synchronously (a 502 answer)", async () => {
    const { emu, settings } = await site({ applyMode: "sync" });
    emu.controls.failNextJob("build_failed", "Chunking failed");
    const failed = await runSync(settings);
    expect(failed.result?.failure).toMatch(/502 build_failed: Chunking failed\); no generation was published before, so none serves yet/);
    expect(applies(emu).map((e) => e.status)).toEqual([502]);
    const recovered = await runSync(settings);
    expect(recovered.result?.notes[1]).toMatch(/3 staged items but no published generation/);
    expect(livePages(emu)).toEqual(["a", "b", "c"]);
  });

  it("a removal whose publish failed is published by the next run (the source reports its last run)", async () => {
    const { emu, root, settings } = await site();
    await runSync(settings);
    await writeFiles(root, { "c.md": null });
    emu.controls.failNextJob("build_failed");
    expect((await runSync(settings)).result?.failure).toMatch(/build_failed/);
    expect(emu.generation()?.pages.get("c")?.state).toBe("live");
    const recovered = await runSync(settings);
    expect(recovered.result?.notes[1]).toMatch(/run run_\w+ recorded changes that were never applied/);
    expect(emu.generation()?.pages.get("c")?.state).toBe("tombstoned");
  });

  it("staged items are found unpublished from their timestamps alone when the source does not report its last run", async () => {
    const { emu, root, settings } = await site({ reportLastRun: false });
    await runSync(settings);
    await writeFiles(root, { "d.md": page("D") });
    emu.faults.configure({ burstLength: 1 });
    for (let i = 0; i < 7; i++) emu.faults.once("status5xxBefore", { status: 503, when: (r) => r.method === "POST" && r.path.endsWith("/runs") });
    const failed = await runSync(settings);
    expect(failed.result?.failure).toMatch(/POST \/v1\/sources\/src_\w+\/runs failed: 503/);
    expect(emu.runs()).toHaveLength(1);
    const recovered = await runSync(settings);
    expect(recovered.result?.failure).toBeUndefined();
    expect(livePages(emu)).toEqual(["a", "b", "c", "d"]);
  });

  it("a run that is not eligible (discovery incomplete) is a failure naming not_apply_eligible; nothing is applied", async () => {
    const { emu, settings } = await site();
    emu.controls.incompleteNextRun();
    const outcome = await runSync(settings);
    expect(outcome.result?.failure).toMatch(/run run_\w+ is not eligible to apply \(not_apply_eligible: status completed, discoveryComplete false\); nothing was published/);
    expect(applies(emu)).toEqual([]);
    expect(exitCode(outcome)).toBe(4);
  });
});

describe("chatbot: staging", () => {
  it("isolates a rejected item by splitting the atomic batch: it fails alone, the rest are published, deletes wait", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(60));
    const settings = chatbotSettings(emu, root);
    emu.faults.rejectSource("p037", "title: contains a forbidden word");
    const outcome = await runSync(settings);
    expect(outcome.result?.counts).toMatchObject({ created: 59, failed: 1 });
    expect(outcome.result?.results.find((r) => r.status === "failed")).toMatchObject({
      externalId: "p037",
      error: expect.stringContaining("Chatbot rejected the item: POST /v1/sources/"),
    });
    const batches = emu.ledger.filter((e) => e.path.endsWith("/items/batch"));
    expect(batches.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(60)) + 1);
    expect(batches.filter((e) => e.status === 200).reduce((n, e) => n + (e.body as { items: unknown[] }).items.length, 0)).toBe(59);
    expect(livePages(emu)).toHaveLength(59);
    expect(exitCode(outcome)).toBe(4);
  });

  it("waits out idempotency_in_progress: a timed-out batch still running server-side is replayed, never applied twice", async () => {
    const emu = await startEmulator({ writeDelayMs: 400 });
    const root = await docsFolder(manyPages(5));
    const outcome = await runSync({ ...chatbotSettings(emu, root), requestTimeoutMs: 150 });
    expect(outcome.result?.counts).toMatchObject({ created: 5, failed: 0 });
    expect(emu.ledger.filter((e) => e.status === 409).length).toBeGreaterThan(0);
    const keys = emu.ledger.filter((e) => e.path.endsWith("/items/batch")).map((e) => e.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(1);
    expect(emu.idempotencyReplays()).toBeGreaterThan(0);
    expect(emu.generations()).toHaveLength(1);
  });
});
