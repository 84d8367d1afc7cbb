import { afterEach, describe, expect, it } from "vitest";
import { createHttpClient } from "./client.js";
import type { HttpClientOptions, RetryInfo } from "./client.js";
import { json, startServer, virtualClock } from "./test-server.js";
import type { Handler, TestServer } from "./test-server.js";

let server: TestServer | undefined;
afterEach(async () => server?.close());

async function setup(handler: Handler, extra: Partial<HttpClientOptions> = {}) {
  server = await startServer(handler);
  const sent: { path: string; attempt: number; at: number }[] = [];
  const now = extra.now ?? Date.now;
  const client = createHttpClient({
    baseUrl: server.url,
    headers: {},
    secrets: [],
    userAgent: "test",
    baseBackoffMs: 1,
    onRequest: ({ url, attempt }) => sent.push({ path: new URL(url).pathname, attempt, at: now() }),
    ...extra,
  });
  return { client, server, sent };
}

const ok: Handler = (_req, res) => json(res, 200, {});

describe("Retry-After", () => {
  it("delta-seconds pauses every request of the client, not just the one that got it (real time)", async () => {
    let limitedAt = 0;
    let signal: () => void = () => {};
    const limited = new Promise<void>((resolve) => (signal = resolve));
    const { client, server } = await setup((req, res, n, arrival) => {
      if (n > 0) return ok(req, res, n, arrival);
      json(res, 429, { error: { code: "rate_limited", message: "slow down" } }, { "retry-after": "1" });
      limitedAt = Date.now();
      res.on("finish", () => setTimeout(signal, 50)); // let the client read the 429 first
    });
    const first = client.request({ method: "GET", path: "/a" });
    await limited;
    const others = [client.request({ method: "GET", path: "/b" }), client.request({ method: "GET", path: "/c" })];
    await Promise.all([first, ...others]);
    const later = server.arrivals.slice(1);
    expect(later.map((a) => a.url).sort()).toEqual(["/a", "/b", "/c"]);
    for (const arrival of later) {
      expect(arrival.at - limitedAt).toBeGreaterThanOrEqual(990);
      expect(arrival.at - limitedAt).toBeLessThan(3_000);
    }
  });

  it("HTTP-date is measured from now() and holds requests started during the pause", async () => {
    const clock = manualClock();
    const until = new Date(clock.start + 7_000).toUTCString();
    const { client, server, sent } = await setup(
      (req, res, n, a) => (n === 0 ? json(res, 503, {}, { "retry-after": until }) : ok(req, res, n, a)),
      { now: clock.now, sleep: clock.sleep },
    );
    const first = client.request({ method: "GET", path: "/a" });
    await waitUntil(() => clock.pending.length === 1);
    const second = client.request({ method: "GET", path: "/b" });
    await waitUntil(() => clock.pending.length === 2);
    expect(server.arrivals.map((a) => a.url)).toEqual(["/a"]); // /b is held at the gate
    expect(clock.pending.map((p) => p.ms)).toEqual([7_000, 7_000]);
    clock.advance(7_000);
    expect((await first).attempts).toBe(2);
    await second;
    expect(sent.map((s) => [s.path, s.attempt, s.at - clock.start])).toEqual([
      ["/a", 1, 0],
      ["/a", 2, 7_000],
      ["/b", 1, 7_000],
    ]);
  });

  it("caps a huge Retry-After at maxRetryAfterMs", async () => {
    const clock = virtualClock();
    const { client } = await setup(
      (req, res, n, a) => (n === 0 ? json(res, 429, {}, { "retry-after": "86400" }) : ok(req, res, n, a)),
      { now: clock.now, sleep: clock.sleep, maxRetryAfterMs: 60_000 },
    );
    await client.request({ method: "GET", path: "/a" });
    expect(clock.sleeps).toEqual([60_000]);
  });

  it("falls back to jittered backoff when a 429 has no Retry-After", async () => {
    const clock = virtualClock();
    const { client } = await setup((req, res, n, a) => (n < 2 ? json(res, 429, {}) : ok(req, res, n, a)), {
      now: clock.now,
      sleep: clock.sleep,
      baseBackoffMs: 100,
      random: () => 1,
    });
    await client.request({ method: "GET", path: "/a" });
    expect(clock.sleeps).toEqual([100, 200]);
  });
});

describe("onRetry", () => {
  it("reports each retry with its reason and wait: Retry-After, then backoff, never the key", async () => {
    const clock = virtualClock();
    const retries: RetryInfo[] = [];
    const key = "sk-live-SECRET-0123456789";
    const { client } = await setup(
      (req, res, n, a) => {
        if (n === 0) return json(res, 429, { error: { message: `slow down ${key}` } }, { "retry-after": "5" });
        if (n === 1) return json(res, 503, {});
        ok(req, res, n, a);
      },
      { now: clock.now, sleep: clock.sleep, baseBackoffMs: 100, random: () => 1, secrets: [key], onRetry: (info) => void retries.push(info) },
    );
    await client.request({ method: "GET", path: "/docs", query: { key } });
    expect(retries.map(({ attempt, maxAttempts, delayMs, retryAfter }) => ({ attempt, maxAttempts, delayMs, retryAfter }))).toEqual([
      { attempt: 1, maxAttempts: 7, delayMs: 5_000, retryAfter: true },
      { attempt: 2, maxAttempts: 7, delayMs: 200, retryAfter: false },
    ]);
    expect(retries[0]!.reason).toMatch(/429/);
    expect(retries[1]!.reason).toMatch(/503/);
    expect(JSON.stringify(retries)).not.toContain(key);
    expect(clock.sleeps).toEqual([5_000, 200]);
  });
});

describe("rate limit and concurrency", () => {
  it("spaces attempts by the token bucket, retries included", async () => {
    const clock = virtualClock();
    const { client, sent } = await setup((req, res, n, a) => (n === 1 ? json(res, 500, {}) : ok(req, res, n, a)), {
      now: clock.now,
      sleep: clock.sleep,
      random: () => 0,
      concurrency: 1,
      rateLimit: { perMinute: 600, burst: 2 },
    });
    await Promise.all(["/a", "/b", "/c"].map((path) => client.request({ method: "GET", path })));
    expect(sent.map((s) => [s.path, s.attempt, s.at - clock.start])).toEqual([
      ["/a", 1, 0],
      ["/b", 1, 0],
      ["/b", 2, 100],
      ["/c", 1, 200],
    ]);
  });

  it("never has more than `concurrency` requests in flight on the server", async () => {
    let inFlight = 0;
    let peak = 0;
    const { client } = await setup((_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        json(res, 200, {});
      }, 30);
    }, { concurrency: 2 });
    await Promise.all(Array.from({ length: 7 }, (_, i) => client.request({ method: "GET", path: `/${i}` })));
    expect(peak).toBe(2);
    expect(server?.arrivals).toHaveLength(7);
  });
});

/** A clock whose sleeps stay pending until the test advances time past them. */
function manualClock() {
  const start = Date.parse("2030-01-01T00:00:00Z");
  let t = start;
  const pending: { ms: number; wake: number; resolve: () => void }[] = [];
  return {
    start,
    pending,
    now: () => t,
    sleep: (ms: number) => new Promise<void>((resolve) => pending.push({ ms, wake: t + ms, resolve })),
    advance(ms: number) {
      t += ms;
      for (const p of pending.splice(0)) {
        if (p.wake <= t) p.resolve();
        else pending.push(p);
      }
    },
  };
}

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

describe("Retry-After on a request that stops", () => {
  it("still pauses the other requests when the 503 was not retried (non-idempotent)", async () => {
    const clock = virtualClock();
    const { client, sent } = await setup(
      (req, res, n, a) => (n === 0 ? json(res, 503, {}, { "retry-after": "4" }) : ok(req, res, n, a)),
      { now: clock.now, sleep: clock.sleep },
    );
    await expect(client.request({ method: "POST", path: "/a", body: {}, idempotent: false })).rejects.toMatchObject({ status: 503 });
    await client.request({ method: "GET", path: "/b" });
    expect(sent.map((s) => [s.path, s.at - clock.start])).toEqual([
      ["/a", 0],
      ["/b", 4_000],
    ]);
  });
});
