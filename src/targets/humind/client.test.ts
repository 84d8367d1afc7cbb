import { describe, expect, it } from "vitest";
import { entryPath, idempotencyKey } from "./client.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("idempotencyKey", () => {
  const request = { method: "POST" as const, path: "/knowledge/batch", body: { items: [{ b: 1, a: 2 }] } };

  it("is UUID-shaped and the same for the same request in one run, whatever the key order", () => {
    const key = idempotencyKey("run-1", request);
    expect(key).toMatch(UUID);
    expect(idempotencyKey("run-1", { ...request, body: { items: [{ a: 2, b: 1 }] } })).toBe(key);
  });

  it("differs for another run, body, path, method or query", () => {
    const key = idempotencyKey("run-1", request);
    const others = [
      idempotencyKey("run-2", request),
      idempotencyKey("run-1", { ...request, body: { items: [{ a: 3 }] } }),
      idempotencyKey("run-1", { ...request, path: "/knowledge" }),
      idempotencyKey("run-1", { method: "DELETE", path: "/knowledge/api:a" }),
      idempotencyKey("run-1", { method: "DELETE", path: "/knowledge/api:a", query: { force: "true" } }),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});

describe("entryPath", () => {
  it("uses the api: form with the id percent-encoded as one segment", () => {
    expect(entryPath("guide/intro page#2")).toBe("/knowledge/api:guide%2Fintro%20page%232");
    expect(entryPath("a", "/translations/fr")).toBe("/knowledge/api:a/translations/fr");
  });
});
