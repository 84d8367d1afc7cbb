import { afterEach, describe, expect, it } from "vitest";
import type { FaultConfig } from "./faults.js";
import { startHeppuEmulator, type HeppuEmulator, type HeppuEmulatorOptions } from "./heppu.js";
import { batch, doc, list, manualClock } from "./heppu-test-helpers.js";

const running: HeppuEmulator[] = [];
async function start(options: HeppuEmulatorOptions = {}) {
  const emu = await startHeppuEmulator(options);
  running.push(emu);
  return emu;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
});

describe("scripted faults", () => {
  it("status5xxBefore answers 500/502/503 and applies nothing", async () => {
    const emu = await start();
    emu.faults.once("status5xxBefore");
    const res = await batch(emu, [doc("a")]);
    expect([500, 502, 503]).toContain(res.status);
    expect(res.json.error.status).toBe(res.status);
    expect(emu.sources()).toHaveLength(0);
    expect(emu.ledger[0]).toMatchObject({ fault: "status5xxBefore", status: res.status });
    expect((await batch(emu, [doc("a")])).status).toBe(201);
  });

  it("status5xxAfter commits the write, then answers 500", async () => {
    const emu = await start();
    emu.faults.once("status5xxAfter");
    expect((await batch(emu, [doc("a")])).status).toBe(500);
    expect(emu.sources().map((s) => s.externalId)).toEqual(["a"]);
    expect((await batch(emu, [doc("a")])).json.data.results[0].status).toBe("unchanged");
  });

  it("resetBeforeHeaders drops the connection and applies nothing", async () => {
    const emu = await start();
    emu.faults.once("resetBeforeHeaders");
    await expect(batch(emu, [doc("a")])).rejects.toThrow();
    expect(emu.sources()).toHaveLength(0);
    expect(emu.ledger[0]).toMatchObject({ fault: "resetBeforeHeaders", status: null });
  });

  it("resetMidBody commits, sends the status and half the body, then resets", async () => {
    const emu = await start();
    emu.faults.once("resetMidBody");
    const response = await fetch(`${emu.url}/kb/sources/batch`, {
      method: "POST",
      headers: { "x-api-key": emu.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ collectionId: emu.collectionId, sources: [doc("a")] }),
    });
    expect(response.status).toBe(201);
    await expect(response.text()).rejects.toThrow();
    expect(emu.sources().map((s) => s.externalId)).toEqual(["a"]);
  });

  it("slow holds the request for the given time", async () => {
    const emu = await start();
    emu.faults.once("slow", { delayMs: 120 });
    const started = performance.now();
    expect((await list(emu)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(emu.ledger[0]?.fault).toBe("slow");
  });

  it("`when` targets a matching request and lets others pass", async () => {
    const emu = await start();
    emu.faults.once("status5xxBefore", { status: 502, when: (r) => r.method === "POST" });
    expect((await list(emu)).status).toBe(200);
    expect((await batch(emu, [doc("a")])).status).toBe(502);
  });
});

describe("rate-limit bursts", () => {
  it("answers 429 with Retry-After for burstLength requests and flags early arrivals", async () => {
    const clock = manualClock();
    const emu = await start({ now: clock.now });
    emu.faults.configure({ burstLength: 2, retryAfterSeconds: 2 });
    emu.faults.once("rateLimitBurst");
    const first = await list(emu);
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("2");
    expect(first.json.error.status).toBe(429);
    const tooEarly = await list(emu);
    expect(tooEarly.status).toBe(429);
    clock.advance(2000);
    expect((await list(emu)).status).toBe(200);
    expect(emu.retryAfterViolations().map((e) => e.seq)).toEqual([2]);
  });

  it("finds no violation when the client waits out every Retry-After", async () => {
    const clock = manualClock();
    const emu = await start({ now: clock.now });
    emu.faults.configure({ burstLength: 2, retryAfterSeconds: 1 });
    emu.faults.once("rateLimitBurst");
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await list(emu);
      statuses.push(res.status);
      clock.advance(Number(res.headers.get("retry-after") ?? 0) * 1000);
    }
    expect(statuses).toEqual([429, 429, 200]);
    expect(emu.retryAfterViolations()).toEqual([]);
  });

  it("can announce Retry-After as an HTTP-date that never precedes the expiry", async () => {
    const emu = await start();
    emu.faults.configure({ retryAfterFormat: "http-date", retryAfterSeconds: 1, burstLength: 1 });
    emu.faults.once("rateLimitBurst");
    const res = await list(emu);
    const announced = Date.parse(res.headers.get("retry-after") ?? "");
    expect(announced).toBe(emu.ledger[0]?.retryAfterUntil);
    expect(announced).toBeGreaterThanOrEqual((emu.ledger[0]?.respondedAt ?? Infinity) + 1000 - 1);
  });
});

describe("rates and seeds", () => {
  const chaos: FaultConfig = {
    seed: 42,
    rates: { status5xxBefore: 0.2, status5xxAfter: 0.1, resetBeforeHeaders: 0.1, resetMidBody: 0.1, rateLimitBurst: 0.05, slow: 0.05 },
    burstLength: 2,
    slowMs: 1,
  };

  async function faultSequence(config: FaultConfig, requests = 40): Promise<string[]> {
    const emu = await start();
    emu.faults.configure(config);
    for (let i = 0; i < requests; i++) await list(emu).catch(() => undefined);
    return emu.ledger.map((e) => `${e.fault ?? "none"}:${e.status}`);
  }

  it("replays the same fault sequence for the same seed, and another for another seed", async () => {
    const first = await faultSequence(chaos);
    expect(await faultSequence(chaos)).toEqual(first);
    expect(await faultSequence({ ...chaos, seed: 7 })).not.toEqual(first);
    expect(new Set(first.map((f) => f.split(":")[0])).size).toBeGreaterThan(3);
  });

  it("limits faults to writes when asked", async () => {
    const emu = await start();
    emu.faults.configure({ rates: { status5xxBefore: 1 }, only: "writes" });
    expect((await list(emu)).status).toBe(200);
    expect((await batch(emu, [doc("a")])).status).toBeGreaterThanOrEqual(500);
  });

  it("clear() stops every fault", async () => {
    const emu = await start();
    emu.faults.configure({ rates: { status5xxBefore: 1 } });
    emu.faults.once("resetBeforeHeaders");
    emu.faults.clear();
    expect((await list(emu)).status).toBe(200);
    expect(emu.ledger.every((e) => e.fault === undefined)).toBe(true);
  });

  it("adds latency to every response", async () => {
    const emu = await start();
    emu.faults.configure({ latencyMs: 60 });
    const started = performance.now();
    await list(emu);
    await list(emu);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});
