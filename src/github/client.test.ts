import { describe, expect, it } from "vitest";
import { createRestClient, nextLink } from "./client.js";

const root = new URL("https://api.example.test/");

describe("nextLink", () => {
  it("finds rel=next among other relations", () => {
    const header = '<https://api.example.test/x?page=3>; rel="last", <https://api.example.test/x?page=2>; rel="next"';
    expect(nextLink(header, root)).toBe("https://api.example.test/x?page=2");
  });

  it("is undefined on the last page and without a header", () => {
    expect(nextLink('<https://api.example.test/x?page=1>; rel="prev"', root)).toBeUndefined();
    expect(nextLink(null, root)).toBeUndefined();
  });

  it("keeps a link to another origin on the API's own origin", () => {
    expect(nextLink('<http://localhost:8080/x?page=2>; rel="next"', root)).toBe("https://api.example.test/x?page=2");
  });
});

describe("createRestClient", () => {
  it("refuses to send the token to another origin", async () => {
    let called = false;
    const client = createRestClient({
      apiUrl: "https://api.example.test",
      token: "t0ken",
      userAgent: "ua",
      fetch: async () => {
        called = true;
        return new Response("[]");
      },
    });
    await expect(client.request("GET", "https://evil.example/repos")).rejects.toThrow(/is not on https:\/\/api.example.test; refusing/);
    expect(called).toBe(false);
  });

  it("keeps a GHES path prefix and reports network failures with the method and path", async () => {
    const seen: string[] = [];
    const client = createRestClient({
      apiUrl: "https://ghe.example.test/api/v3/",
      token: "t0ken",
      userAgent: "ua",
      fetch: async (url) => {
        seen.push(String(url));
        throw new TypeError("fetch failed");
      },
    });
    const error = (await client.request("GET", "/repos/o/r/issues/1/comments?page=1").catch((e: unknown) => e)) as Error;
    expect(seen).toEqual(["https://ghe.example.test/api/v3/repos/o/r/issues/1/comments?page=1"]);
    expect(error.message).toBe("GitHub API request GET /api/v3/repos/o/r/issues/1/comments failed: fetch failed; expected a response from https://ghe.example.test");
  });
});
