import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, createHttpClient } from "./client.js";
import type { HttpClientOptions } from "./client.js";
import { json, startServer, virtualClock } from "./test-server.js";
import type { Handler, TestServer } from "./test-server.js";

const API_KEY = "heppu_live_0123456789abcdef";
let server: TestServer | undefined;
afterEach(async () => server?.close());

async function setup(handler: Handler, extra: Partial<HttpClientOptions> = {}) {
  server = await startServer(handler);
  const clock = virtualClock();
  const client = createHttpClient({
    baseUrl: `${server.url}/api/v1`,
    headers: { "x-api-key": API_KEY },
    secrets: [],
    userAgent: "kb-publish/9.9.9 (cli; node test)",
    baseBackoffMs: 1,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    ...extra,
  });
  return { client, server, clock };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("createHttpClient: requests", () => {
  it("joins the path to the base URL, sends query, JSON body, auth and User-Agent", async () => {
    const { client, server } = await setup((_req, res) => json(res, 201, { data: { ok: true } }));
    const res = await client.request({
      method: "POST",
      path: "/kb/sources",
      query: { collectionId: "c 1", limit: 100, skip: undefined },
      body: { title: "Ünïcode" },
      headers: { "Idempotency-Key": "k1" },
    });
    expect(res).toMatchObject({ status: 201, body: { data: { ok: true } }, attempts: 1 });
    const [arrival] = server.arrivals;
    expect(arrival?.url).toBe("/api/v1/kb/sources?collectionId=c+1&limit=100");
    expect(JSON.parse(arrival?.body ?? "")).toEqual({ title: "Ünïcode" });
    expect(arrival?.headers).toMatchObject({
      "x-api-key": API_KEY,
      "user-agent": "kb-publish/9.9.9 (cli; node test)",
      "content-type": "application/json",
      "idempotency-key": "k1",
    });
  });

  it("returns undefined for an empty 204 body", async () => {
    const { client } = await setup((_req, res) => res.writeHead(204).end());
    expect((await client.request({ method: "DELETE", path: "/x" })).body).toBeUndefined();
  });

  it("retries 5xx and returns the later success", async () => {
    const { client, server, clock } = await setup((_req, res, n) =>
      n < 3 ? json(res, [500, 502, 504][n] ?? 500, { error: { message: "boom" } }) : json(res, 200, { ok: 1 }),
    );
    const res = await client.request({ method: "GET", path: "/x" });
    expect(res).toMatchObject({ status: 200, body: { ok: 1 }, attempts: 4 });
    expect(server.arrivals).toHaveLength(4);
    expect(clock.sleeps).toEqual([0.5, 1, 2]); // random 0.5 × base 1 × 2^retry
  });

  it("gives up after maxRetries with the last error, marked retryable", async () => {
    const { client, server } = await setup((_req, res) => json(res, 503, { error: { message: "maintenance" } }), {
      maxRetries: 2,
    });
    const error = await failure(client.request({ method: "GET", path: "/x" }));
    expect(server.arrivals).toHaveLength(3);
    expect(error).toMatchObject({ kind: "http", status: 503, retryable: true, attempts: 3 });
    expect(error.message).toBe("GET /x failed: 503: maintenance (after 3 attempts)");
  });

  it("does not retry a 400 and reports the vendor envelope in the message", async () => {
    const { client, server } = await setup((_req, res) =>
      json(res, 400, { error: { code: "validation_failed", message: "title is required", request_id: "req_9" } }),
    );
    const error = await failure(client.request({ method: "POST", path: "/knowledge?x=1", body: {} }));
    expect(server.arrivals).toHaveLength(1);
    expect(error.message).toBe("POST /knowledge failed: 400 validation_failed: title is required");
    expect(error).toMatchObject({ kind: "http", status: 400, code: "validation_failed", requestId: "req_9", retryable: false });
  });

  it("returns an accepted non-2xx status with its body instead of throwing", async () => {
    const body = { data: { results: [{ status: "failed" }], summary: { failed: 1 } } };
    const { client } = await setup((_req, res) => json(res, 400, body));
    const res = await client.request({ method: "POST", path: "/kb/sources/batch", body: {}, accept: [400] });
    expect(res).toMatchObject({ status: 400, body, attempts: 1 });
  });

  it("does not retry a 500 for a non-idempotent request, but does retry its 429", async () => {
    const { client, server } = await setup((_req, res, n) =>
      n === 0 ? json(res, 429, { error: { message: "slow down" } }) : json(res, 500, { error: { message: "oops" } }),
    );
    const error = await failure(client.request({ method: "POST", path: "/x", body: {}, idempotent: false }));
    expect(server.arrivals).toHaveLength(2);
    expect(error).toMatchObject({ kind: "http", status: 500, retryable: true });
    expect(error.message).toMatch(/^POST \/x failed: 500: oops \(not retried: .*may have been applied\)/);
  });

  it("treats a non-JSON 2xx body as an error, not a success", async () => {
    const { client } = await setup((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>hi</html>"));
    const error = await failure(client.request({ method: "GET", path: "/x" }));
    expect(error).toMatchObject({ kind: "http", status: 200, code: "invalid_response" });
    expect(error.message).toContain("expected a JSON body, got text/html");
  });
});

describe("createHttpClient: secrets", () => {
  it("never shows the API key, even when the server echoes it", async () => {
    const { client } = await setup((req, res) =>
      json(res, 401, { error: { code: "invalid_api_key", message: `bad key ${String(req.headers["x-api-key"])}` } }),
    );
    const error = await failure(client.request({ method: "GET", path: "/x" }));
    expect(error.message).toBe("GET /x failed: 401 invalid_api_key: bad key ***");
    for (const text of [error.message, error.stack ?? "", inspect(error, { depth: 9 }), JSON.stringify(error)]) {
      expect(text).not.toContain(API_KEY);
    }
  });

  it("redacts listed secrets and bearer tokens from raw text bodies", async () => {
    const token = "hmd_live_aB3xK9qLm2pR7sT5wY8zN1_4f7c2e9a";
    const { client } = await setup((req, res) =>
      res.writeHead(502).end(`proxy saw ${String(req.headers.authorization)} and password hunter22`),
      { headers: { Authorization: `Bearer ${token}` }, secrets: ["hunter22"], maxRetries: 0 },
    );
    const error = await failure(client.request({ method: "GET", path: "/x" }));
    expect(error.message).toBe("GET /x failed: 502: proxy saw *** and password ***");
    expect(JSON.stringify(error.body)).not.toContain(token);
  });
});
