import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHeppuEmulator, type HeppuEmulator } from "./heppu.js";
import { batch, call, doc, list } from "./heppu-test-helpers.js";

let emu: HeppuEmulator;
beforeEach(async () => {
  emu = await startHeppuEmulator({ apiKeys: ["key-one", "key-two"] });
});
afterEach(() => emu.close());

describe("auth", () => {
  it("accepts x-api-key and Authorization: Bearer", async () => {
    const viaHeader = await call(emu, "GET", "/kb/sources", { query: { collectionId: emu.collectionId }, headers: { "x-api-key": "key-two" } });
    const viaBearer = await call(emu, "GET", "/kb/sources", {
      query: { collectionId: emu.collectionId },
      headers: { authorization: "Bearer key-one" },
    });
    expect(viaHeader.status).toBe(200);
    expect(viaBearer.status).toBe(200);
    expect(viaBearer.json.meta.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it.each([
    ["missing", {}],
    ["unknown x-api-key", { "x-api-key": "nope" }],
    ["unknown bearer", { authorization: "Bearer nope" }],
    ["non-bearer scheme", { authorization: "Basic key-one" }],
  ])("rejects a %s key with the 401 envelope", async (_label, headers) => {
    const res = await call(emu, "POST", "/kb/sources/batch", { headers, body: { collectionId: emu.collectionId, sources: [doc("a")] } });
    expect(res.status).toBe(401);
    expect(res.json.error).toMatchObject({ status: 401, code: "invalid_api_key" });
    expect(res.json.error.message).not.toContain("nope");
    expect(typeof res.json.error.timestamp).toBe("string");
    expect(emu.sources()).toHaveLength(0);
  });
});

describe("collections and routes", () => {
  it("answers 400 without collectionId and 404 for an unknown one", async () => {
    const missing = await call(emu, "GET", "/kb/sources");
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toBe("Validation error: collectionId is required");
    const unknown = await call(emu, "POST", "/kb/sources/batch", { body: { collectionId: "other", sources: [doc("a")] } });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.message).toBe("Collection other not found or does not belong to your organization");
  });

  it("answers 404 for an undocumented route", async () => {
    const res = await call(emu, "GET", "/kb/sources/some-id");
    expect(res.status).toBe(404);
    expect(res.json.error.status).toBe(404);
  });
});

describe("POST /kb/sources", () => {
  const upsert = (body: object) => call(emu, "POST", "/kb/sources", { body: { collectionId: emu.collectionId, ...body } });

  it("creates, reports unchanged, and updates in place keeping the id", async () => {
    const created = await upsert(doc("car-1", "v1"));
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ externalId: "car-1", status: "processing" });
    const same = await upsert(doc("car-1", "v1"));
    expect(same.json.data).toMatchObject({ status: "unchanged", documentId: created.json.data.documentId });
    const changed = await upsert(doc("car-1", "v2"));
    expect(changed.status).toBe(200);
    expect(changed.json.data).toMatchObject({ status: "processing", documentId: created.json.data.documentId });
    expect(emu.sources().map((s) => s.content)).toEqual(["v2"]);
  });

  it("measures content in UTF-8 bytes against 500,000", async () => {
    const tooLong = await upsert(doc("big", "é".repeat(250_001)));
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.message).toBe("Validation error: content too long (max 500KB)");
    expect((await upsert(doc("fits", "x".repeat(500_000)))).status).toBe(201);
  });

  it.each([
    [{ title: "t", content: "c" }, "externalId is required"],
    [{ externalId: "x".repeat(256), title: "t", content: "c" }, "externalId too long"],
    [{ externalId: "a", title: "t".repeat(501), content: "c" }, "title too long"],
    [{ externalId: "a", title: "t" }, "content is required"],
    [{ externalId: "a", title: "t", content: "c", metadata: ["x"] }, "metadata must be an object"],
  ])("rejects invalid fields: %j", async (body, message) => {
    const res = await upsert(body);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain(message);
  });
});

describe("POST /kb/sources/batch", () => {
  it("rejects more than 50 sources with the error envelope", async () => {
    const res = await batch(emu, Array.from({ length: 51 }, (_, i) => doc(`d${i}`)));
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe("Validation error: Maximum 50 sources per batch");
    expect((await batch(emu, Array.from({ length: 50 }, (_, i) => doc(`d${i}`)))).status).toBe(201);
  });

  it("answers 201 when nothing failed, with per-item results and a summary", async () => {
    await batch(emu, [doc("a"), doc("b")]);
    const res = await batch(emu, [doc("a"), doc("b", "changed"), doc("c")]);
    expect(res.status).toBe(201);
    expect(res.json.data.results.map((r: { status: string }) => r.status)).toEqual(["unchanged", "updated", "created"]);
    expect(res.json.data.results[0]).toMatchObject({ index: 0, externalId: "a", error: null, message: "Content unchanged, no processing required" });
    expect(res.json.data.summary).toEqual({ total: 3, created: 1, updated: 1, unchanged: 1, failed: 0 });
  });

  it("answers 207 when some failed and applies the valid ones", async () => {
    const res = await batch(emu, [doc("ok"), { externalId: "bad", title: "t" }]);
    expect(res.status).toBe(207);
    expect(res.json.data.results[1]).toEqual({ index: 1, externalId: "bad", status: "failed", error: "Validation error: content is required" });
    expect(emu.sources().map((s) => s.externalId)).toEqual(["ok"]);
  });

  it("answers 400 with the results body (not an error envelope) when all failed", async () => {
    const res = await batch(emu, [{ externalId: "x" }, null]);
    expect(res.status).toBe(400);
    expect(res.json.error).toBeUndefined();
    expect(res.json.data.summary).toMatchObject({ total: 2, failed: 2 });
    expect(res.json.data.results[1]).toMatchObject({ index: 1, externalId: null, status: "failed" });
  });

  it("keeps title and metadata when only they change (content-only hash)", async () => {
    await batch(emu, [doc("a", "same", { metadata: { v: 1 } })]);
    const res = await batch(emu, [{ ...doc("a", "same"), title: "New title", metadata: { v: 2 } }]);
    expect(res.json.data.results[0].status).toBe("unchanged");
    expect(emu.sources()[0]).toMatchObject({ title: "Title a", metadata: { v: 1 } });
  });

  it("hashes title and metadata too when configured", async () => {
    const strict = await startHeppuEmulator({ hashTitleAndMetadata: true });
    try {
      await batch(strict, [doc("a", "same", { metadata: { v: 1 } })]);
      const res = await batch(strict, [doc("a", "same", { metadata: { v: 2 } })]);
      expect(res.json.data.results[0].status).toBe("updated");
      expect(strict.sources()[0]?.metadata).toEqual({ v: 2 });
    } finally {
      await strict.close();
    }
  });

  it("applies duplicate externalIds in order: the last one wins", async () => {
    const res = await batch(emu, [doc("dup", "first"), doc("dup", "second"), doc("dup", "second")]);
    expect(res.json.data.results.map((r: { status: string }) => r.status)).toEqual(["created", "updated", "unchanged"]);
    const ids = new Set(res.json.data.results.map((r: { documentId: string }) => r.documentId));
    expect(ids.size).toBe(1);
    expect(emu.sources().map((s) => s.content)).toEqual(["second"]);
    expect((await list(emu)).json.data.pagination.total).toBe(1);
  });
});
