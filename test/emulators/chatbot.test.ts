import { afterEach, describe, expect, it } from "vitest";
import { startChatbotEmulator, ALL_SCOPES, type ChatbotEmulator, type ChatbotEmulatorOptions } from "./chatbot.js";
import { call, item, publishIds } from "./chatbot-test-helpers.js";

const KEY = "sk_live_00112233445566aa_" + "ab".repeat(24);
const READ_ONLY = "sk_live_00112233445566bb_" + "cd".repeat(24);
const REVOKED = "sk_live_00112233445566cc_" + "ef".repeat(24);
const EXPIRED = "sk_live_00112233445566dd_" + "01".repeat(24);
const DAY = 24 * 60 * 60 * 1000;

let emu: ChatbotEmulator;
let time = Date.parse("2030-01-01T00:00:00Z");
const tick = (ms = 1000) => void (time += ms);

async function start(options: ChatbotEmulatorOptions = {}): Promise<ChatbotEmulator> {
  time = Date.parse("2030-01-01T00:00:00Z");
  emu = await startChatbotEmulator({
    keys: [
      { key: KEY, scopes: ALL_SCOPES },
      { key: READ_ONLY, scopes: ["items:read", "runs:read"] },
      { key: REVOKED, scopes: ALL_SCOPES, status: "revoked" },
      { key: EXPIRED, scopes: ALL_SCOPES, status: "expired" },
    ],
    rateLimit: false,
    now: () => time,
    ...options,
  });
  return emu;
}
afterEach(() => emu?.close());

describe("chatbot emulator: auth, scopes and the error shape", () => {
  it.each([
    ["no header", { key: null }, "unauthorized"],
    ["a non-Bearer scheme", { key: null, headers: { authorization: `Basic ${KEY}` } }, "unauthorized"],
    ["an unknown key", { key: "sk_live_ffffffffffffffff_" + "00".repeat(24) }, "invalid_key"],
    ["a revoked key", { key: REVOKED }, "key_revoked"],
    ["an expired key", { key: EXPIRED }, "key_expired"],
  ])("answers 401 with a flat {error, code} for %s, never echoing the key", async (_label, options, code) => {
    await start();
    const res = await call(emu, "GET", "/items", options);
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: expect.any(String), code });
    expect(JSON.stringify(res.json)).not.toContain("sk_live_");
  });

  it("answers 403 insufficient_scope for each endpoint the key lacks the scope of", async () => {
    await start();
    for (const [method, path] of [["POST", "/items/batch"], ["DELETE", "/items/x"], ["POST", "/runs"], ["POST", "/runs/r/apply"], ["GET", ""]]) {
      const res = await call(emu, method as string, path as string, { key: READ_ONLY, body: method === "POST" && path === "/items/batch" ? { items: [item("a")] } : undefined });
      expect(res.json, `${method} ${path}`).toMatchObject({ code: "insufficient_scope" });
    }
    expect((await call(emu, "GET", "/items", { key: READ_ONLY })).status).toBe(200);
    expect((await call(emu, "GET", "/generation", { key: READ_ONLY })).json).toEqual({ generation: null });
  });

  it("answers 404 not_found for an unknown source or a source that is not developer_api, and 409 source_inactive for an archived one", async () => {
    await start({ sources: [{ id: "src_a" }, { id: "src_web", type: "web_crawler" }, { id: "src_old", status: "archived" }] });
    expect((await call(emu, "GET", "/api/v1/sources/src_none/items")).json.code).toBe("not_found");
    expect((await call(emu, "GET", "/api/v1/sources/src_web/items")).json.code).toBe("not_found");
    const archived = await call(emu, "POST", "/api/v1/sources/src_old/items/batch", { body: { items: [item("a")] } });
    expect(archived).toMatchObject({ status: 409, json: { code: "source_inactive" } });
    expect((await call(emu, "POST", "/api/v1/sources/src_old/runs")).json.code).toBe("source_inactive");
  });

  it("creates a source with its grace window and reads it back", async () => {
    await start();
    const created = await call(emu, "POST", "/api/v1/sources", { body: { name: "Help center", graceDays: 3 } });
    expect(created.status).toBe(201);
    const id = (created.json.source as { id: string }).id;
    expect((await call(emu, "GET", `/api/v1/sources/${id}`)).json.source).toMatchObject({ id, name: "Help center", type: "developer_api", status: "active", graceDays: 3 });
  });
});

describe("chatbot emulator: bodies and batches", () => {
  it("refuses a body that is not JSON (415), not parseable (400 invalid_json), or too large (413: 1 MiB single, 8 MiB batch)", async () => {
    await start();
    const text = await call(emu, "POST", "/items", { raw: "{}", headers: { "content-type": "text/plain" } });
    expect(text).toMatchObject({ status: 415, json: { code: "unsupported_media_type" } });
    expect((await call(emu, "POST", "/items", { raw: "{", headers: { "content-type": "application/json" } })).json.code).toBe("invalid_json");
    const bigSingle = await call(emu, "POST", "/items", { body: item("a", { content: "x".repeat(1024 * 1024) }) });
    expect(bigSingle).toMatchObject({ status: 413, json: { code: "payload_too_large" } });
    const fits = await call(emu, "POST", "/items/batch", { body: { items: [item("a", { content: "x".repeat(2 * 1024 * 1024) })] } });
    expect(fits.status).toBe(200);
    const bigBatch = await call(emu, "POST", "/items/batch", { body: { items: [item("b", { content: "x".repeat(8 * 1024 * 1024) })] } });
    expect(bigBatch.json.code).toBe("payload_too_large");
  });

  it("validates every item before writing any (atomic) and never stages a partial batch", async () => {
    await start();
    const bad = await call(emu, "POST", "/items/batch", { body: { items: [item("a"), item("b", { visibility: "everyone" }), item("c")] } });
    expect(bad).toMatchObject({ status: 400, json: { code: "validation_error", error: "items[1].visibility: expected one of public, internal, restricted, disabled" } });
    for (const extra of [{ externalVersion: null }, { colour: "red" }, { title: "" }, { externalItemId: "x".repeat(1025) }, { metadata: [] }]) {
      const res = await call(emu, "POST", "/items/batch", { body: { items: [item("a", extra)] } });
      expect(res.json.code, JSON.stringify(extra)).toBe("validation_error");
    }
    expect((await call(emu, "POST", "/items/batch", { body: { items: [item("a"), item("a")] } })).json.code).toBe("validation_error");
    expect((await call(emu, "POST", "/items/batch", { body: { items: Array.from({ length: 1001 }, (_, i) => item(`i${i}`)) } })).json.code).toBe("validation_error");
    expect(emu.items()).toEqual([]);
  });

  it("upserts are rolling and counted; an unchanged item keeps its updatedAt; single upserts answer 201 then 200", async () => {
    await start();
    const first = await call(emu, "POST", "/items/batch", { body: { items: [item("a"), item("b")] } });
    expect(first.json).toEqual({ batch: { received: 2, created: 2, updated: 0, unchanged: 0 } });
    const stamp = emu.items()[0]?.updatedAt;
    tick();
    const second = await call(emu, "POST", "/items/batch", { body: { items: [item("a"), item("c", { title: "C" })] } });
    expect(second.json).toEqual({ batch: { received: 2, created: 1, updated: 0, unchanged: 1 } });
    expect(emu.items().map((i) => i.externalItemId)).toEqual(["a", "b", "c"]);
    expect(emu.items()[0]?.updatedAt).toBe(stamp);
    expect((await call(emu, "POST", "/items", { body: item("d") })).status).toBe(201);
    expect((await call(emu, "POST", "/items", { body: item("d", { title: "D2" }) })).status).toBe(200);
  });

  it("lists staged items by id with cursors and no content, reads one with content, deletes one (404 when not staged)", async () => {
    await start();
    await call(emu, "POST", "/items/batch", { body: { items: ["c", "a", "b/x y"].map((id) => item(id)) } });
    const page1 = await call(emu, "GET", "/items", { query: { limit: "2" } });
    expect((page1.json.items as { externalItemId: string }[]).map((i) => i.externalItemId)).toEqual(["a", "b/x y"]);
    expect(page1.json.items).toEqual([expect.not.objectContaining({ content: expect.anything() }), expect.anything()]);
    const page2 = await call(emu, "GET", "/items", { query: { limit: "2", cursor: String(page1.json.nextCursor) } });
    expect(page2.json).toMatchObject({ items: [{ externalItemId: "c" }], nextCursor: null });
    expect((await call(emu, "GET", "/items", { query: { cursor: "bogus" } })).json.code).toBe("validation_error");
    expect((await call(emu, "GET", `/items/${encodeURIComponent("b/x y")}`)).json.item).toMatchObject({ content: "Content of b/x y." });
    expect((await call(emu, "DELETE", `/items/${encodeURIComponent("b/x y")}`)).json).toEqual({ item: { externalItemId: "b/x y", deleted: true } });
    expect((await call(emu, "DELETE", `/items/${encodeURIComponent("b/x y")}`)).status).toBe(404);
  });

  it("a snapshot replaces the whole staging set, foreign items included (which is why kb-publish never sends one)", async () => {
    await start();
    emu.seedItem(item("theirs"));
    const res = await call(emu, "POST", "/items/snapshot", { body: { items: [item("mine")] } });
    expect(res.json).toEqual({ snapshot: { received: 1, created: 1, updated: 0, unchanged: 0, removed: 1 } });
    expect(emu.audit()).toMatchObject({ foreignTouched: ["theirs"], snapshotsOverForeign: 1 });
  });
});

describe("chatbot emulator: idempotency", () => {
  it("replays the same key and payload, refuses a different payload (409 idempotency_conflict)", async () => {
    await start();
    const headers = { "idempotency-key": "batch-7" };
    const first = await call(emu, "POST", "/items/batch", { body: { items: [item("a")] }, headers });
    tick();
    await call(emu, "DELETE", "/items/a", { headers: { "idempotency-key": "del-a" } });
    const replay = await call(emu, "POST", "/items/batch", { body: { items: [item("a")] }, headers });
    expect(replay.json).toEqual(first.json);
    expect(emu.items()).toEqual([]);
    expect(emu.idempotencyReplays()).toBe(1);
    expect((await call(emu, "POST", "/items/batch", { body: { items: [item("b")] }, headers })).json.code).toBe("idempotency_conflict");
  });

  it("answers 409 idempotency_in_progress while the first request with the key is still running", async () => {
    await start({ writeDelayMs: 200 });
    const headers = { "idempotency-key": "slow-1" };
    const first = call(emu, "POST", "/items/batch", { body: { items: [item("a")] }, headers });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await call(emu, "POST", "/items/batch", { body: { items: [item("a")] }, headers });
    expect(second).toMatchObject({ status: 409, json: { code: "idempotency_in_progress" } });
    expect((await first).status).toBe(200);
    expect((await call(emu, "POST", "/items/batch", { body: { items: [item("a")] }, headers })).status).toBe(200);
    expect(emu.idempotencyReplays()).toBe(1);
  });
});

describe("chatbot emulator: runs, apply and generations", () => {
  it("a run diffs staging against the last applied generation; apply is a 202 job polled to succeeded", async () => {
    await start();
    await call(emu, "POST", "/items/batch", { body: { items: [item("a"), item("b")] } });
    const run = await call(emu, "POST", "/runs");
    expect(run).toMatchObject({ status: 201, json: { run: { status: "completed", discoveryComplete: true, changeCounts: { new_page: 2 } }, applyEligible: true } });
    const runId = (run.json.run as { id: string }).id;
    const apply = await call(emu, "POST", `/runs/${runId}/apply`);
    expect(apply).toMatchObject({ status: 202, json: { apply: { runId, status: "queued", resultStatus: null, attempts: 0 }, poll: `v1/sources/${emu.sourceId}/runs/${runId}/apply` } });
    expect((await call(emu, "POST", `/runs/${runId}/apply`)).status).toBe(200);
    tick(10);
    expect((await call(emu, "GET", `/runs/${runId}/apply`)).json.apply).toMatchObject({ status: "running" });
    tick(10);
    const done = await call(emu, "GET", `/runs/${runId}/apply`);
    expect(done.json.apply).toMatchObject({ status: "succeeded", resultStatus: "published", generationId: expect.stringMatching(/^gen_/) });
    expect((await call(emu, "GET", "/generation")).json.generation).toMatchObject({ number: 1, runId, counts: { new_page: 2, live: 2, tombstoned: 0 } });
    expect((await call(emu, "GET", `/runs/${runId}/diff`)).json).toMatchObject({ changes: { new_page: ["a", "b"] }, totals: { new_page: 2 } });
  });

  it("refuses stale, concurrent and ineligible applies with the documented 409 codes", async () => {
    await start();
    await call(emu, "POST", "/items/batch", { body: { items: [item("a")] } });
    const stale = (await call(emu, "POST", "/runs")).json.run as { id: string };
    await call(emu, "POST", "/items/batch", { body: { items: [item("b")] } });
    expect((await call(emu, "POST", `/runs/${stale.id}/apply`)).json.code).toBe("stale_plan");
    const fresh = (await call(emu, "POST", "/runs")).json.run as { id: string };
    const other = (await call(emu, "POST", "/runs")).json.run as { id: string };
    await call(emu, "POST", `/runs/${fresh.id}/apply`);
    expect((await call(emu, "POST", `/runs/${other.id}/apply`)).json.code).toBe("apply_in_progress");
    tick(100);
    expect((await call(emu, "POST", `/runs/${other.id}/apply`)).json.code).toBe("stale_base");
    emu.controls.incompleteNextRun();
    const incomplete = await call(emu, "POST", "/runs");
    expect(incomplete.json).toMatchObject({ applyEligible: false, run: { discoveryComplete: false } });
    expect((await call(emu, "POST", `/runs/${(incomplete.json.run as { id: string }).id}/apply`)).json.code).toBe("not_apply_eligible");
    emu.controls.conflictOnApply("lease_lost");
    const next = (await call(emu, "POST", "/runs")).json.run as { id: string };
    expect((await call(emu, "POST", `/runs/${next.id}/apply`)).json.code).toBe("lease_lost");
  });

  it("a failed build keeps the previous generation serving: a failed job, or 502 build_failed when applying synchronously", async () => {
    await start();
    await publishIds(emu, ["a"], () => tick(100));
    const before = emu.generation()?.id;
    emu.controls.failNextJob("build_failed", "Embedding failed");
    const runId = await publishIds(emu, ["b"], () => tick(100));
    expect((await call(emu, "GET", `/runs/${runId}/apply`)).json.apply).toMatchObject({ status: "failed", error: { code: "build_failed", message: "Embedding failed" } });
    expect(emu.generation()?.id).toBe(before);
    await emu.close();
    await start({ applyMode: "sync" });
    emu.controls.failNextJob();
    await call(emu, "POST", "/items/batch", { body: { items: [item("a")] } });
    const run = (await call(emu, "POST", "/runs")).json.run as { id: string };
    expect(await call(emu, "POST", `/runs/${run.id}/apply`)).toMatchObject({ status: 502, json: { code: "build_failed" } });
    const ok = (await call(emu, "POST", "/runs")).json.run as { id: string };
    expect((await call(emu, "POST", `/runs/${ok.id}/apply`)).json).toMatchObject({ status: "published", generationId: expect.stringMatching(/^gen_/), counts: { live: 1 } });
  });

  it("fails closed when a publish would turn real content into zero searchable chunks", async () => {
    await start();
    await publishIds(emu, ["a"], () => tick(100));
    await call(emu, "POST", "/items/batch", { body: { items: [item("a", { content: "# Only a heading\n\n   " })] } });
    const runId = await publishIds(emu, [], () => tick(100));
    expect((await call(emu, "GET", `/runs/${runId}/apply`)).json.apply).toMatchObject({ status: "failed", error: { code: "build_failed" } });
    expect(emu.generations()).toHaveLength(1);
  });

  it("turns a removed item into a tombstone for graceDays; re-staging within the window restores it, after it the page is new", async () => {
    await start({ sources: [{ graceDays: 2 }] });
    await publishIds(emu, ["a", "b"], () => tick(100));
    await call(emu, "DELETE", "/items/b");
    const removed = await publishIds(emu, [], () => tick(100));
    expect(emu.runs().find((r) => r.id === removed)?.changeCounts).toEqual({ removed_page: 1, unchanged: 1 });
    const publishedAt = Date.parse(emu.generation()?.publishedAt ?? "");
    expect(emu.generation()?.pages.get("b")).toMatchObject({ state: "tombstoned", purgeAfter: new Date(publishedAt + 2 * DAY).toISOString() });
    const restored = await publishIds(emu, ["b"], () => tick(100));
    expect(emu.runs().find((r) => r.id === restored)?.changeCounts).toEqual({ restored_page: 1, unchanged: 1 });
    expect(emu.generation()?.pages.get("b")?.state).toBe("live");
    await call(emu, "DELETE", "/items/b");
    await publishIds(emu, [], () => tick(100));
    tick(3 * DAY);
    const late = await publishIds(emu, ["b"], () => tick(100));
    expect(emu.runs().find((r) => r.id === late)?.changeCounts).toEqual({ new_page: 1, unchanged: 1 });
  });

  it("reports the source's last run, which a generation may not have applied yet", async () => {
    await start();
    const applied = await publishIds(emu, ["a"], () => tick(100));
    const pending = ((await call(emu, "POST", "/runs")).json.run as { id: string }).id;
    const source = (await call(emu, "GET", "")).json.source;
    expect(source).toMatchObject({ lastRunId: pending, graceDays: 7 });
    expect(emu.generation()?.runId).toBe(applied);
  });
});

describe("chatbot emulator: rate limit", () => {
  it("answers the 121st request within a minute with 429 rate_limited and Retry-After: 60; refused requests do not count", async () => {
    await start({ rateLimit: 120 });
    for (let i = 0; i < 120; i++) expect((await call(emu, "GET", "/generation")).status).toBe(200);
    const limited = await call(emu, "GET", "/generation");
    expect(limited).toMatchObject({ status: 429, json: { error: "Too many requests. Please slow down.", code: "rate_limited" } });
    expect(limited.headers.get("retry-after")).toBe("60");
    tick(59_000);
    expect((await call(emu, "GET", "/generation")).status).toBe(429);
    tick(1_000);
    expect((await call(emu, "GET", "/generation")).status).toBe(200);
    expect(emu.audit()).toMatchObject({ rateLimited: 2, busiestMinute: 122 });
  });

  it("shapes injected 429 bursts like the API's own: flat body, code rate_limited", async () => {
    await start();
    emu.faults.once("rateLimitBurst");
    const res = await call(emu, "GET", "/items");
    expect(res).toMatchObject({ status: 429, json: { error: "Too many requests. Please slow down.", code: "rate_limited" } });
  });
});
