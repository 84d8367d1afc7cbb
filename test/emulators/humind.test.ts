import { afterEach, describe, expect, it } from "vitest";
import { startHumindEmulator, type HumindEmulator, type HumindEmulatorOptions } from "./humind.js";
import { call, entryPath, manualClock, snippet, type CallOptions } from "./humind-test-helpers.js";

/** A well-formed key: `hmd_<env>_<22 alnum>_<8 hex>`. */
const makeKey = (env: string, word: string, hex: string) => `hmd_${env}_${word.padEnd(22, "0")}_${hex}`;
const READER = "hmd_live_aB3xK9qLm2pR7sT5wY8zN1_4f7c2e9a"; // the contract's example key
const WRITER = makeKey("test", "writer", "0123abcd");
const REVOKED = makeKey("live", "revoked", "deadbeef");
const BOTH = makeKey("test", "both", "cafe0042");

let emu: HumindEmulator;
async function start(options: HumindEmulatorOptions = {}): Promise<HumindEmulator> {
  emu = await startHumindEmulator({ rateLimits: false, ...options });
  return emu;
}
afterEach(() => emu?.close());

describe("auth and scopes", () => {
  const keys = [
    { key: BOTH, scopes: ["knowledge:read", "knowledge:write"] },
    { key: READER, scopes: ["knowledge:read"] },
    { key: WRITER, scopes: ["knowledge:write"] },
    { key: REVOKED, scopes: ["knowledge:read", "knowledge:write"], revoked: true },
  ];

  it.each([
    ["no header", { key: null }, "missing_credentials"],
    ["a non-Bearer scheme", { key: null, headers: { authorization: `Basic ${BOTH}` } }, "invalid_key_format"],
    ["a malformed key", { key: "hmd_live_short_1234" }, "invalid_key_format"],
    ["an unknown well-formed key", { key: makeKey("live", "unknown", "00000000") }, "invalid_key"],
    ["a revoked key", { key: REVOKED }, "revoked"],
  ])("answers 401 for %s", async (_label, options, code) => {
    await start({ keys });
    const res = await call(emu, "POST", "/knowledge", { body: snippet("a"), ...options });
    expect(res.status).toBe(401);
    expect(res.json.error).toMatchObject({ code, request_id: expect.stringMatching(/^req_[0-9a-f]+$/) });
    const given: CallOptions = options;
    const sent = [given.key, given.headers?.authorization?.slice("Basic ".length)].filter((k) => typeof k === "string");
    for (const secret of sent) expect(JSON.stringify(res.json)).not.toContain(secret);
    expect(emu.entries()).toHaveLength(0);
  });

  it("needs knowledge:write to write and knowledge:read to read", async () => {
    await start({ keys });
    const readerWrites = await call(emu, "POST", "/knowledge", { body: snippet("a"), key: READER });
    expect(readerWrites.status).toBe(403);
    expect(readerWrites.json.error).toMatchObject({ code: "insufficient_scope", details: { missing_scopes: ["knowledge:write"] } });
    const writerWrites = await call(emu, "POST", "/knowledge", { body: snippet("a"), key: WRITER });
    expect(writerWrites.status).toBe(201);
    const writerReads = await call(emu, "GET", "/knowledge", { key: WRITER });
    expect(writerReads.json.error.code).toBe("insufficient_scope");
    expect((await call(emu, "GET", "/knowledge", { key: READER })).json.data).toHaveLength(1);
  });

  it("generates a well-formed default key and masks it in the ledger", async () => {
    await start({ seed: 7 });
    expect(emu.apiKey).toMatch(/^hmd_test_[A-Za-z0-9]{22}_[0-9a-f]{8}$/);
    expect((await call(emu, "GET", "/knowledge")).status).toBe(200);
    expect(emu.ledger[0]?.headers.authorization).toBe("Bearer ***");
  });
});

describe("transport rules for writes", () => {
  it("answers 415 without a JSON content type", async () => {
    await start();
    const res = await call(emu, "POST", "/knowledge", { raw: JSON.stringify(snippet("a")), contentType: "text/plain" });
    expect(res.status).toBe(415);
    expect(res.json.error.code).toBe("unsupported_media_type");
    const charset = await call(emu, "POST", "/knowledge", { body: snippet("a"), contentType: "application/json; charset=utf-8" });
    expect(charset.status).toBe(201);
  });

  it("requires an Idempotency-Key on every write, at most 255 characters", async () => {
    await start();
    await call(emu, "POST", "/knowledge", { body: snippet("a") });
    for (const [method, path] of [["POST", "/knowledge"], ["DELETE", entryPath("a")], ["PATCH", entryPath("a")]] as const) {
      const res = await call(emu, method, path, { body: method === "DELETE" ? undefined : { title: "x" }, idempotencyKey: null });
      expect(res.json.error.code, `${method} ${path}`).toBe("idempotency_key_required");
    }
    const tooLong = await call(emu, "POST", "/knowledge", { body: snippet("b"), idempotencyKey: "k".repeat(256) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.code).toBe("idempotency_key_too_long");
    expect((await call(emu, "POST", "/knowledge", { body: snippet("b"), idempotencyKey: "k".repeat(255) })).status).toBe(201);
  });

  it("answers 413 over 5 MB", async () => {
    await start();
    const res = await call(emu, "POST", "/knowledge", { body: snippet("big", { content: "x".repeat(5_000_001) }) });
    expect(res.status).toBe(413);
    expect(emu.entries()).toHaveLength(0);
  });

  it("answers 400 invalid_json for a body that does not parse", async () => {
    await start();
    const res = await call(emu, "POST", "/knowledge", { raw: "{not json" });
    expect(res.json.error.code).toBe("invalid_json");
  });
});

describe("idempotency", () => {
  it("replays the stored response for the same key and body, without writing again", async () => {
    const clock = manualClock();
    await start({ now: clock.now });
    const first = await call(emu, "POST", "/knowledge", { body: snippet("a"), idempotencyKey: "key-1" });
    clock.advance(5_000);
    const again = await call(emu, "POST", "/knowledge", { body: snippet("a"), idempotencyKey: "key-1" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(emu.idempotencyReplays()).toBe(1);
    expect(emu.entries()[0]?.updated_at).toBe(first.json.updated_at);
  });

  it("answers 409 idempotency_conflict naming the field when the body differs", async () => {
    await start();
    await call(emu, "POST", "/knowledge", { body: snippet("a"), idempotencyKey: "key-1" });
    const res = await call(emu, "POST", "/knowledge", { body: snippet("a", { title: "Other" }), idempotencyKey: "key-1" });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: "idempotency_conflict", details: { field: "title" } });
    expect(emu.entries()[0]?.title).toBe("Title a");
  });

  it("forgets keys after 24 hours of emulator time", async () => {
    const clock = manualClock();
    await start({ now: clock.now });
    await call(emu, "DELETE", entryPath("a"), { idempotencyKey: "k" }); // 404, stored
    await call(emu, "POST", "/knowledge", { body: snippet("a") });
    clock.advance(23 * 3600_000);
    expect((await call(emu, "DELETE", entryPath("a"), { idempotencyKey: "k" })).status).toBe(404);
    clock.advance(3600_000);
    expect((await call(emu, "DELETE", entryPath("a"), { idempotencyKey: "k" })).status).toBe(204);
    expect(emu.entries()[0]?.status).toBe("archived");
  });

  it.each(["status5xxAfter", "resetMidBody"] as const)("replays after a %s fault hit a committed write", async (kind) => {
    await start();
    emu.faults.once(kind, { when: (r) => r.method === "POST" });
    const lost = call(emu, "POST", "/knowledge/batch", { body: [snippet("a"), snippet("b")], idempotencyKey: "batch-1" });
    if (kind === "status5xxAfter") expect((await lost).status).toBe(500);
    else await expect(lost).rejects.toThrow();
    const committed = emu.entries();
    expect(committed).toHaveLength(2);
    const retry = await call(emu, "POST", "/knowledge/batch", { body: [snippet("a"), snippet("b")], idempotencyKey: "batch-1" });
    expect(retry.status).toBe(207);
    expect(retry.json.results.map((r: { status: string }) => r.status)).toEqual(["created", "created"]);
    expect(emu.idempotencyReplays()).toBe(1);
    expect(emu.entries()).toEqual(committed);
    expect(emu.ledger.filter((e) => e.method === "POST")).toHaveLength(2);
  });

  it("does not store what was refused before running (a 5xx before commit is retried for real)", async () => {
    await start();
    emu.faults.once("status5xxBefore");
    expect((await call(emu, "POST", "/knowledge", { body: snippet("a"), idempotencyKey: "k" })).status).toBeGreaterThanOrEqual(500);
    expect(emu.entries()).toHaveLength(0);
    expect((await call(emu, "POST", "/knowledge", { body: snippet("a"), idempotencyKey: "k" })).status).toBe(201);
    expect(emu.idempotencyReplays()).toBe(0);
  });
});

describe("fault hooks shared with Heppu", () => {
  it("fails upserts of an id a test rejected, as a failed batch item", async () => {
    await start();
    emu.faults.rejectSource("b", "emulated rejection");
    const res = await call(emu, "POST", "/knowledge/batch", { body: [snippet("a"), snippet("b")] });
    expect(res.json.results.map((r: { status: string }) => r.status)).toEqual(["created", "failed"]);
    expect(res.json.results[1].error).toMatchObject({ code: "validation_failed", details: { issues: [{ message: "emulated rejection" }] } });
    expect((await call(emu, "POST", "/knowledge", { body: snippet("b") })).status).toBe(400);
    emu.faults.clear();
    expect((await call(emu, "POST", "/knowledge", { body: snippet("b") })).status).toBe(201);
  });
});

describe("rate limits", () => {
  it("answers 429 rate_limited with Retry-After once the write burst is spent", async () => {
    const clock = manualClock();
    await start({ now: clock.now, rateLimits: {} });
    for (let i = 0; i < 30; i += 1) expect((await call(emu, "DELETE", entryPath(`x${i}`))).status).toBe(404);
    const limited = await call(emu, "DELETE", entryPath("x"));
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limited");
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(emu.retryAfterViolations()).toHaveLength(0);
    expect((await call(emu, "DELETE", entryPath("x"))).status).toBe(429);
    expect(emu.retryAfterViolations()).toHaveLength(1);
    expect((await call(emu, "GET", "/knowledge")).status).toBe(200); // reads have their own bucket
    clock.advance(1_000);
    expect((await call(emu, "DELETE", entryPath("x"))).status).toBe(404);
  });

  it("names injected 429 bursts in Humind's vocabulary", async () => {
    await start();
    emu.faults.once("rateLimitBurst");
    const res = await call(emu, "GET", "/knowledge");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.json.error).toMatchObject({ code: "rate_limited", request_id: expect.stringMatching(/^req_/) });
  });
});
