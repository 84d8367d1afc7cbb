import { afterEach, describe, expect, it } from "vitest";
import { startTotoyEmulator, type TotoyEmulator, type TotoyEmulatorOptions } from "./totoy.js";
import { call, createText, linkPath, manualClock } from "./totoy-test-helpers.js";

let emu: TotoyEmulator;
async function start(options: TotoyEmulatorOptions = {}) {
  emu = await startTotoyEmulator(options);
  return emu;
}
afterEach(() => emu?.close());

const ID = /^src_[a-zA-Z0-9]{25}$/;

describe("auth and problems", () => {
  it.each([
    ["no header", null],
    ["an unknown key", "wrong-key"],
  ])("answers %s with a 401 problem+json that never echoes the key", async (_label, key) => {
    await start();
    const res = await call(emu, "GET", "/sources", { key });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.json).toEqual({ type: "https://docs.totoy.ai/probs/unauthorized", title: "The request is not authenticated.", status: 401, detail: expect.any(String), instance: "/v1/sources" });
    expect(JSON.stringify(res.json)).not.toContain("wrong-key");
  });

  it("answers unknown routes 404, wrong methods 405, query parameters and malformed ids 400, non-JSON 415", async () => {
    await start();
    expect((await call(emu, "GET", "/documents")).status).toBe(404);
    expect((await call(emu, "PUT", "/sources")).status).toBe(405);
    const query = await call(emu, "GET", "/sources", { query: { limit: "10" } });
    expect([query.status, query.json.detail]).toEqual([400, 'unknown query parameter "limit": GET /v1/sources takes none']);
    expect((await call(emu, "GET", "/sources/src_short")).status).toBe(400);
    expect((await call(emu, "GET", "/knowledge-bases/kb_x/sources")).status).toBe(400);
    expect((await call(emu, "GET", `/sources/src_${"a".repeat(25)}`)).status).toBe(404);
    const multipart = await call(emu, "POST", "/sources", { raw: "--x", contentType: "multipart/form-data; boundary=x" });
    expect([multipart.status, multipart.json.detail]).toEqual([415, "document Sources (multipart/form-data) are not emulated"]);
    expect((await call(emu, "POST", "/sources", { raw: "{oops" })).status).toBe(400);
  });

  it("sends injected faults as problems too", async () => {
    await start();
    emu.faults.once("status5xxBefore", { status: 503 });
    const res = await call(emu, "GET", "/sources");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.json).toMatchObject({ type: "https://docs.totoy.ai/probs/unavailable", status: 503 });
  });
});

describe("text Sources", () => {
  it("creates a text Source (200, src_ id, no status for text), lists every project's Sources, and patches fields", async () => {
    await start({ now: manualClock().now });
    const created = await createText(emu, { custom_metadata: { internal_tag: "general" } });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ source_type: "text", bytes: 43, project_id: emu.projectId, title: "Foundation Date", knowledge_base_ids: [], custom_metadata: { internal_tag: "general" } });
    expect(created.json.source_id).toMatch(ID);
    expect(created.json).not.toHaveProperty("status");
    const elsewhere = await createText(emu, { project_id: null });
    expect(elsewhere.json.project_id).toBe(emu.defaultProjectId);
    expect((await call(emu, "GET", "/sources")).json.data.map((s: { source_id: string }) => s.source_id)).toEqual([created.json.source_id, elsewhere.json.source_id]);

    const patched = await call(emu, "PATCH", `/sources/${created.json.source_id}`, { body: { title: "Founded", custom_metadata: { other: 1 } } });
    expect(patched.status).toBe(200);
    // custom_metadata is replaced as a whole (INF).
    expect(patched.json).toMatchObject({ title: "Founded", custom_metadata: { other: 1 } });
    expect(patched.json).not.toHaveProperty("text_content");
    expect(emu.audit.map((a) => [a.action, a.fields])).toEqual([["create", undefined], ["create", undefined], ["modify", ["custom_metadata", "title"]]]);
  });

  it.each([
    ["an unknown field", { surprise: 1 }, /unknown field "surprise": CreateTextSourceRequest allows only/],
    ["empty text", { text_content: "" }, /"text_content" is empty/],
    ["text over 1,000,000 characters", { text_content: "😀".repeat(1_000_001) }, /1000001 characters long/],
    ["a title over 512", { title: "t".repeat(513) }, /"title" is 513 characters long/],
    ["a relative backlink", { backlink: "/page" }, /"backlink" is not an absolute http\(s\) URL/],
    ["a date without zone", { valid_from: "2024-01-01T00:00:00" }, /RFC 3339/],
    ["a period that ends first", { valid_from: "2025-01-01T00:00:00Z", valid_until: "2024-01-01T00:00:00Z" }, /must be later/],
    ["eleven metadata pairs", { custom_metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"])) }, /11 properties; at most 10/],
    ["an object metadata value", { custom_metadata: { a: { b: 1 } } }, /\.a is object/],
    ["a long metadata value", { custom_metadata: { a: "v".repeat(513) } }, /\.a is 513 characters long/],
    ["a malformed project id", { project_id: "pj_1" }, /does not match/],
  ])("refuses %s with a 400 naming the field", async (_label, extra, detail) => {
    await start();
    const res = await createText(emu, extra);
    expect(res.status).toBe(400);
    expect(res.json.detail).toMatch(detail);
    expect(emu.sources()).toEqual([]);
  });

  it("a text Source counts 1,000,000 code points, not UTF-16 units", async () => {
    await start();
    expect((await createText(emu, { text_content: "😀".repeat(1_000_000) })).status).toBe(200);
  });

  it("cannot clear title or backlink in a PATCH (not nullable) but can clear the validity period", async () => {
    await start();
    const { json } = await createText(emu, { valid_from: "2024-01-01T00:00:00Z", backlink: "https://x.example/a" });
    expect((await call(emu, "PATCH", `/sources/${json.source_id}`, { body: { backlink: null } })).status).toBe(400);
    expect((await call(emu, "PATCH", `/sources/${json.source_id}`, { body: { title: null } })).status).toBe(400);
    const cleared = await call(emu, "PATCH", `/sources/${json.source_id}`, { body: { valid_from: null } });
    expect([cleared.status, cleared.json.valid_from]).toEqual([200, null]);
  });
});

describe("knowledge-base links", () => {
  it("links one Source ({source_id}) or several ({source_ids}), answering the matching shapes, and indexes them", async () => {
    const clock = manualClock();
    await start({ now: clock.now, indexingDelayMs: 1000 });
    const [a, b, c] = await Promise.all([createText(emu), createText(emu), createText(emu)]).then((r) => r.map((x) => x.json.source_id as string));
    const single = await call(emu, "POST", linkPath(emu), { body: { source_id: a } });
    expect(single.json).toMatchObject({ source_id: a, knowledge_base_id: emu.knowledgeBaseId, status: "in_progress" });
    const many = await call(emu, "POST", linkPath(emu), { body: { source_ids: [b, c] } });
    expect(many.json.data.map((s: { source_id: string }) => s.source_id)).toEqual([b, c]);
    emu.failIndexing("Foundation Date");
    clock.advance(1000);
    const listed = await call(emu, "GET", linkPath(emu));
    expect(listed.json.data.map((s: { status: string }) => s.status)).toEqual(["failed", "failed", "failed"]);
    const read = await call(emu, "GET", `${linkPath(emu)}/${a}`);
    expect(read.json).not.toHaveProperty("knowledge_base_ids");
    expect((await call(emu, "GET", `/sources/${a}`)).json.knowledge_base_ids).toEqual([emu.knowledgeBaseId]);
  });

  it("re-indexes a linked Source when it changes", async () => {
    const clock = manualClock();
    await start({ now: clock.now, indexingDelayMs: 1000 });
    const id = (await createText(emu)).json.source_id as string;
    await call(emu, "POST", linkPath(emu), { body: { source_ids: [id] } });
    clock.advance(1000);
    expect(emu.indexing().get(id)).toBe("completed");
    await call(emu, "PATCH", `/sources/${id}`, { body: { text_content: "New text" } });
    expect(emu.indexing().get(id)).toBe("in_progress");
  });

  it("enforces the project rules: another project's Source cannot be linked, a linked one cannot move or be deleted", async () => {
    await start();
    const id = (await createText(emu)).json.source_id as string;
    const wrongProject = await call(emu, "POST", linkPath(emu, emu.other.knowledgeBaseId), { body: { source_id: id } });
    expect([wrongProject.status, wrongProject.json.detail]).toEqual([409, expect.stringContaining("only Sources of the knowledge base's project")]);
    await call(emu, "POST", linkPath(emu), { body: { source_id: id } });
    expect((await call(emu, "POST", linkPath(emu), { body: { source_id: id } })).status).toBe(409);
    expect((await call(emu, "PATCH", `/sources/${id}`, { body: { project_id: emu.other.projectId } })).status).toBe(409);
    expect((await call(emu, "DELETE", `/sources/${id}`)).status).toBe(409);
    const unlinked = await call(emu, "DELETE", `${linkPath(emu)}/${id}`);
    expect(unlinked.json).toEqual({ knowledge_base_id: emu.knowledgeBaseId, source_id: id, deleted: true });
    expect((await call(emu, "DELETE", `${linkPath(emu)}/${id}`)).status).toBe(404);
    expect((await call(emu, "DELETE", `/sources/${id}`)).json).toEqual({ source_id: id, deleted: true });
    expect(emu.audit.map((a) => a.action)).toEqual(["create", "link", "unlink", "delete"]);
  });

  it("links all or nothing, and never past 1,500 sources (403)", async () => {
    await start({ limits: { knowledgeBaseSources: 3 } });
    const ids = await Promise.all([1, 2, 3, 4].map(() => createText(emu))).then((r) => r.map((x) => x.json.source_id as string));
    const unknown = await call(emu, "POST", linkPath(emu), { body: { source_ids: [ids[0], `src_${"z".repeat(25)}`] } });
    expect(unknown.status).toBe(404);
    expect(emu.indexing().size).toBe(0);
    expect((await call(emu, "POST", linkPath(emu), { body: { source_ids: ids } })).status).toBe(403);
    expect((await call(emu, "POST", linkPath(emu), { body: { source_ids: ids.slice(0, 3) } })).status).toBe(200);
    const full = await call(emu, "POST", linkPath(emu), { body: { source_id: ids[3] } });
    expect([full.status, full.json.type]).toEqual([403, "https://docs.totoy.ai/probs/limit-reached"]);
  });

  it.each([
    ["both forms", { source_id: "src_x", source_ids: [] }],
    ["an empty list", { source_ids: [] }],
    ["a malformed id", { source_ids: ["src_1"] }],
    ["a repeated id", { source_ids: [`src_${"a".repeat(25)}`, `src_${"a".repeat(25)}`] }],
  ])("refuses a link body with %s (400)", async (_label, body) => {
    await start();
    expect((await call(emu, "POST", linkPath(emu), { body })).status).toBe(400);
  });
});

describe("ledger and audit under faults", () => {
  it("a 5xx after commit leaves the Source in the audit though the client saw an error", async () => {
    await start();
    emu.faults.once("status5xxAfter");
    const res = await createText(emu);
    expect(res.status).toBe(500);
    expect(emu.audit).toEqual([{ action: "create", source_id: expect.stringMatching(ID), by: "api" }]);
    expect(emu.ledger.map((e) => [e.method, e.status, e.fault])).toEqual([["POST", 500, "status5xxAfter"]]);
    expect(emu.ledger[0]?.headers.authorization).toBe("Bearer ***");
  });
});
