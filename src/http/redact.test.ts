import { describe, expect, it } from "vitest";
import { parseVendorError } from "./envelope.js";
import { failureMessage } from "./errors.js";
import { redact, redactUrlCredentials, redactValue, secretsFromHeaders, secretsFromUrl } from "./redact.js";
import { buildUserAgent } from "./user-agent.js";

describe("redact", () => {
  it("replaces every occurrence, including the percent-encoded form", () => {
    const key = "sk_live/abc+123";
    const text = `key=${key} again ${key} url ${encodeURIComponent(key)}`;
    expect(redact(text, [key])).toBe("key=*** again *** url ***");
  });

  it("hides the longer secret first when one contains another", () => {
    expect(redact("Bearer tok_12345", ["tok_12345", "Bearer tok_12345"])).toBe("***");
  });

  it.each([
    ["raw", (k: string) => k],
    ["URL-encoded", (k: string) => encodeURIComponent(k)],
    ["lower-case (a host name from a DNS error)", (k: string) => k.toLowerCase()],
    ["upper-case", (k: string) => k.toUpperCase()],
    ["lower-case and URL-encoded", (k: string) => encodeURIComponent(k.toLowerCase())],
    ["every character percent-encoded", (k: string) => [...Buffer.from(k)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")],
    ["partly percent-encoded, lower-case hex", (k: string) => k.replace(/[_Z8]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)],
    ["base64", (k: string) => Buffer.from(k).toString("base64")],
    ["base64 inside Basic auth", (k: string) => `Basic ${Buffer.from(`user:${k}`).toString("base64")}`],
    ["base64 after one byte", (k: string) => Buffer.from(`x${k}!`).toString("base64")],
    ["URL-safe base64", (k: string) => Buffer.from(`ab${k}`).toString("base64url")],
  ])("hides the %s form", (_name, form) => {
    const key = "hk_live/Zq8+vR2xT5@nW9kP3mJ7bY";
    const text = `before ${form(key)} after`;
    const redacted = redact(text, [key]);
    expect(redacted).toContain("***");
    expect(redacted.toLowerCase()).not.toContain("zq8");
  });

  it("finds credentials in a URL and redacts any URL's userinfo and credential query values", () => {
    expect(secretsFromUrl("https://botname:p%40ss-word@kb.example/v1?token=tok-1234&page=2")).toEqual(["botname", "p@ss-word", "tok-1234"]);
    expect(secretsFromUrl("not a url")).toEqual([]);
    expect(redactUrlCredentials("GET https://bot:pw12@kb.example/x?api_key=abcd1234&page=2 failed")).toBe("GET https://***@kb.example/x?api_key=***&page=2 failed");
  });

  it("hides a key in any case whether or not the text holds a percent sign elsewhere, with the patterns reused", () => {
    const key = "hk_live/Zq8+vR2xT5@nW9kP3mJ7bY";
    expect(redact(`plain ${key.toUpperCase()} end`, [key])).toBe("plain *** end");
    expect(redact(`100% ${key.toLowerCase()} and ${encodeURIComponent(key).replace("Zq8", "%5Aq8")}`, [key])).toBe("100% *** and ***");
    expect(redact(`again ${key}`, [key])).toBe("again ***");
    expect(redact(`50% done, no key`, [key])).toBe("50% done, no key");
  });

  it("ignores empty and very short secrets", () => {
    expect(redact("a b c", ["", "a"])).toBe("a b c");
  });

  it("finds credentials in auth-like headers, with and without the scheme", () => {
    const found = secretsFromHeaders({
      Authorization: "Bearer hmd_live_xyz",
      "x-api-key": "heppu-key",
      "content-type": "application/json",
    });
    expect(found.sort()).toEqual(["Bearer hmd_live_xyz", "heppu-key", "hmd_live_xyz"]);
  });

  it("redacts inside JSON values", () => {
    expect(redactValue({ error: { message: "bad key s3cret!" } }, ["s3cret!"])).toEqual({
      error: { message: "bad key ***" },
    });
  });
});

describe("parseVendorError", () => {
  it("reads Heppu, Humind, Chatbot and problem+json envelopes", () => {
    expect(parseVendorError(404, { error: { message: "Collection x not found", status: 404 } })).toEqual({
      code: undefined,
      message: "Collection x not found",
      requestId: undefined,
    });
    expect(parseVendorError(409, { error: { code: "idempotency_conflict", message: "m", request_id: "req_1" } })).toEqual({
      code: "idempotency_conflict",
      message: "m",
      requestId: "req_1",
    });
    expect(parseVendorError(403, { error: "missing scope", code: "forbidden" })).toEqual({ code: "forbidden", message: "missing scope" });
    expect(parseVendorError(400, { type: "about:blank", title: "Bad Request", detail: "name too long" })).toEqual({
      code: undefined,
      message: "Bad Request: name too long",
    });
    expect(parseVendorError(403, { title: "You do not have enough credit.", status: 403, detail: "Top up." })).toMatchObject({ message: "You do not have enough credit: Top up." });
    expect(parseVendorError(500, "<html>")).toBeUndefined();
  });
});

describe("messages", () => {
  it("follows the template and leaves out unknown parts", () => {
    expect(failureMessage({ method: "POST", path: "/kb", status: 400, code: "bad", detail: "why" })).toBe(
      "POST /kb failed: 400 bad: why",
    );
    expect(failureMessage({ method: "GET", path: "/kb", detail: "ECONNRESET" })).toBe("GET /kb failed: ECONNRESET");
  });

  it("builds the User-Agent", () => {
    expect(buildUserAgent("1.2.3", "action")).toBe(`kb-publish/1.2.3 (action; node ${process.version})`);
  });
});
