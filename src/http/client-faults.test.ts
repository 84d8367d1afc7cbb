import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, createHttpClient } from "./client.js";
import type { HttpClientOptions } from "./client.js";
import { json, startServer } from "./test-server.js";
import type { Handler, TestServer } from "./test-server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function clientFor(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  const attempts: number[] = [];
  const client = createHttpClient({
    baseUrl,
    headers: { authorization: "Bearer sk_live_topsecret" },
    secrets: [],
    userAgent: "test",
    baseBackoffMs: 1,
    maxRetries: 2,
    onRequest: (info) => attempts.push(info.attempt),
    ...extra,
  });
  return { client, attempts };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** Headers and a partial JSON body, then the connection dies. */
const cutMidBody: Handler = (req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
  res.write('{"data":{"results":[');
  setTimeout(() => req.socket.destroy(), 10);
};

describe("connection faults", () => {
  it("retries a reset before any response headers", async () => {
    const server = await serve((req, res, n) => (n === 0 ? req.socket.destroy() : json(res, 200, { ok: true })));
    const res = await clientFor(server.url).client.request({ method: "GET", path: "/x" });
    expect(res).toMatchObject({ status: 200, body: { ok: true }, attempts: 2 });
    expect(server.arrivals).toHaveLength(2);
  });

  it("reports a reset of a non-idempotent request as unknown-outcome, without retrying", async () => {
    const server = await serve((req) => req.socket.destroy());
    const error = await failure(clientFor(server.url).client.request({ method: "POST", path: "/b", body: {}, idempotent: false }));
    expect(server.arrivals).toHaveLength(1);
    expect(error).toMatchObject({ kind: "unknown-outcome", retryable: true });
    expect(error.message).toMatch(/^POST \/b failed: unknown outcome, .*not idempotent/);
  });

  it("never returns a body cut off mid-way: retries it when idempotent", async () => {
    const server = await serve((req, res, n, arrival) =>
      n === 0 ? cutMidBody(req, res, n, arrival) : json(res, 200, { full: true }),
    );
    const res = await clientFor(server.url).client.request({ method: "GET", path: "/x" });
    expect(res).toMatchObject({ body: { full: true }, attempts: 2 });
  });

  it("reports a body cut off mid-way as unknown-outcome when not idempotent", async () => {
    const server = await serve(cutMidBody);
    const error = await failure(clientFor(server.url).client.request({ method: "POST", path: "/b", body: {}, idempotent: false }));
    expect(server.arrivals).toHaveLength(1);
    expect(error.kind).toBe("unknown-outcome");
    expect(error.message).toContain("the response body was cut off");
  });

  it("retries a refused connection even for a non-idempotent request (nothing was sent)", async () => {
    const port = await closedPort();
    const { client, attempts } = clientFor(`http://127.0.0.1:${port}`);
    const error = await failure(client.request({ method: "POST", path: "/b", body: {}, idempotent: false }));
    expect(attempts).toEqual([1, 2, 3]);
    expect(error).toMatchObject({ kind: "network", retryable: true, attempts: 3 });
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("times out a slow response per attempt and retries it", async () => {
    const server = await serve((_req, res) => void setTimeout(() => res.destroyed || json(res, 200, {}), 5_000));
    const { client, attempts } = clientFor(server.url, { timeoutMs: 300, maxRetries: 1 });
    const started = Date.now();
    const error = await failure(client.request({ method: "GET", path: "/slow" }));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(attempts).toEqual([1, 2]);
    expect(error).toMatchObject({ kind: "timeout", retryable: true });
    expect(error.message).toBe("GET /slow failed: timeout: no complete response within 300 ms (after 2 attempts)");
  });

  it("counts a body that stalls after the headers against the same timeout", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    });
    const { client } = clientFor(server.url, { timeoutMs: 400, maxRetries: 0 });
    const error = await failure(client.request({ method: "GET", path: "/x" }));
    expect(error.kind).toBe("unknown-outcome");
    expect(error.message).toContain("the response body was cut off: timeout: no complete response within 400 ms");
  });
});

describe("redirects", () => {
  it("are not followed, not retried, and no request reaches the target", async () => {
    const target = await serve((_req, res) => json(res, 200, { stolen: true }));
    const origin = await serve((_req, res) => res.writeHead(307, { location: `${target.url}/steal` }).end());
    const error = await failure(clientFor(origin.url).client.request({ method: "POST", path: "/x", body: { a: 1 } }));
    expect(error).toMatchObject({ kind: "redirect", status: 307, retryable: false });
    expect(error.message).toBe(
      `POST /x failed: 307: redirect to ${new URL(target.url).host} not followed: credentials are never forwarded; check the base URL`,
    );
    expect(origin.arrivals).toHaveLength(1);
    expect(target.arrivals).toHaveLength(0);
  });
});

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
