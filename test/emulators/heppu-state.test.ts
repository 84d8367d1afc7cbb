import { afterEach, describe, expect, it, vi } from "vitest";
import { startHeppuEmulator, type HeppuEmulator, type HeppuEmulatorOptions } from "./heppu.js";
import { batch, call, doc, list, manualClock } from "./heppu-test-helpers.js";

let emu: HeppuEmulator;
const clock = manualClock();
async function start(options: HeppuEmulatorOptions = {}) {
  emu = await startHeppuEmulator({ now: clock.now, ...options });
  return emu;
}
afterEach(() => emu.close());

describe("GET /kb/sources", () => {
  it("pages with limit/offset and hasMore, in createdAt-then-id order, without content", async () => {
    await start();
    for (let i = 0; i < 5; i++) {
      await batch(emu, [doc(`d${i}`)]);
      clock.advance(1);
    }
    const seen: string[] = [];
    for (let offset = 0; ; offset += 2) {
      const page = (await list(emu, { limit: 2, offset })).json.data;
      expect(page.pagination).toMatchObject({ total: 5, limit: 2, offset });
      seen.push(...page.sources.map((s: { externalId: string }) => s.externalId));
      if (!page.pagination.hasMore) break;
    }
    expect(seen).toEqual(["d0", "d1", "d2", "d3", "d4"]);
    const first = (await list(emu, { limit: 1 })).json.data.sources[0];
    expect(Object.keys(first).sort()).toEqual(
      ["chunkCount", "createdAt", "error", "externalId", "fileSize", "id", "metadata", "status", "title", "updatedAt"],
    );
  });

  it("defaults to 50 per page and rejects limit > 100", async () => {
    await start();
    await batch(emu, Array.from({ length: 50 }, (_, i) => doc(`a${i}`)));
    await batch(emu, [doc("z")]);
    const page = (await list(emu)).json.data;
    expect(page.sources).toHaveLength(50);
    expect(page.pagination).toMatchObject({ limit: 50, total: 51, hasMore: true });
    const tooMany = await list(emu, { limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.message).toContain("limit");
    expect((await list(emu, { limit: 100 })).status).toBe(200);
  });

  it("filters by externalId and by status", async () => {
    await start({ processingDelayMs: 10 });
    await batch(emu, [doc("old")]);
    clock.advance(25);
    await batch(emu, [doc("new")]);
    const one = (await list(emu, { externalId: "new" })).json.data.sources;
    expect(one.map((s: { externalId: string }) => s.externalId)).toEqual(["new"]);
    const done = (await list(emu, { status: "completed" })).json.data.sources;
    expect(done.map((s: { externalId: string }) => s.externalId)).toEqual(["old"]);
    expect((await list(emu, { status: "bogus" })).status).toBe(400);
  });
});

describe("processing", () => {
  it("moves pending → processing → completed and sets chunkCount and fileSize", async () => {
    await start({ processingDelayMs: 20 });
    await batch(emu, [doc("p", "é".repeat(1500))]);
    const status = async () => (await list(emu, { externalId: "p" })).json.data.sources[0];
    expect((await status()).status).toBe("pending");
    clock.advance(20);
    expect((await status()).status).toBe("processing");
    clock.advance(20);
    expect(await status()).toMatchObject({ status: "completed", chunkCount: 2, fileSize: 3000, error: null });
  });

  it("ends in failed with an error for ids a test marked, and re-queues changed content", async () => {
    await start({ processingDelayMs: 5 });
    emu.faults.failProcessing("bad", "Processing failed: embedding quota");
    await batch(emu, [doc("bad"), doc("good")]);
    clock.advance(10);
    const byId = Object.fromEntries(emu.sources().map((s) => [s.externalId, [s.status, s.error]]));
    expect(byId).toEqual({ bad: ["failed", "Processing failed: embedding quota"], good: ["completed", null] });
    await batch(emu, [doc("good", "new text")]);
    expect(emu.sources().find((s) => s.externalId === "good")?.status).toBe("pending");
  });
  it("advances on the real clock too", async () => {
    // Generous margins: a loaded machine may take hundreds of ms for one request.
    emu = await startHeppuEmulator({ processingDelayMs: 1_000 });
    await batch(emu, [doc("r")]);
    expect(emu.sources()[0]?.status).toBe("pending");
    await vi.waitFor(async () => expect((await list(emu)).json.data.sources[0].status).toBe("completed"), { timeout: 10_000, interval: 100 });
  });
});

describe("DELETE /kb/sources", () => {
  const remove = (externalIds: unknown) =>
    call(emu, "DELETE", "/kb/sources", { body: { collectionId: emu.collectionId, externalIds } });

  it("deletes what exists and reports the rest as notFound", async () => {
    await start();
    await batch(emu, [doc("a"), doc("b")]);
    const res = await remove(["a", "ghost"]);
    expect(res.status).toBe(200);
    expect(res.json.data).toMatchObject({ deleted: 1, deletedExternalIds: ["a"], notFound: ["ghost"] });
    expect(emu.sources().map((s) => s.externalId)).toEqual(["b"]);
  });

  it("rejects more than 100 ids and deletes nothing", async () => {
    await start();
    await batch(emu, [doc("a")]);
    const res = await remove(Array.from({ length: 101 }, (_, i) => (i === 0 ? "a" : `x${i}`)));
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe("Validation error: Maximum 100 externalIds per request");
    expect(emu.sources()).toHaveLength(1);
  });
});

describe("seeding and the ledger", () => {
  it("lists hand-seeded sources alongside API-created ones", async () => {
    await start();
    const seeded = emu.seedSource(emu.collectionId, { externalId: "manual", title: "By hand", content: "x", metadata: { by: "human" } });
    expect(seeded).toMatchObject({ status: "completed", metadata: { by: "human" } });
    const listed = (await list(emu)).json.data.sources;
    expect(listed).toEqual([expect.objectContaining({ id: seeded.id, externalId: "manual", metadata: { by: "human" } })]);
  });

  it("records every request with method, path, query, parsed body, status, and masked credentials", async () => {
    await start();
    await batch(emu, [doc("a")]);
    await call(emu, "GET", "/kb/sources", { query: { collectionId: emu.collectionId, limit: 5 }, headers: { authorization: `Bearer ${emu.apiKey}` } });
    await call(emu, "GET", "/kb/sources", { headers: {} });
    expect(emu.ledger.map((e) => [e.seq, e.method, e.path, e.status])).toEqual([
      [1, "POST", "/api/v1/kb/sources/batch", 201],
      [2, "GET", "/api/v1/kb/sources", 200],
      [3, "GET", "/api/v1/kb/sources", 401],
    ]);
    expect(emu.ledger[0]?.body).toMatchObject({ collectionId: emu.collectionId, sources: [{ externalId: "a" }] });
    expect(emu.ledger[1]?.query).toEqual({ collectionId: emu.collectionId, limit: "5" });
    expect(emu.ledger[0]?.headers["x-api-key"]).toBe("***");
    expect(emu.ledger[1]?.headers.authorization).toBe("Bearer ***");
    expect(JSON.stringify(emu.ledger)).not.toContain(emu.apiKey);
  });
});
