import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { testSettings } from "../../../test/helpers/workspace.js";
import { HEPPU_DEFAULT_API_URL, isCleartextRemote, resolveHeppuConfig } from "./config.js";
import { markerOf, readMarker, versionFromUserAgent, withMarker } from "./marker.js";
import { heppuPayloadOf, truncateTitle, validateHeppuPayload } from "./payload.js";

function doc(overrides: Partial<Document> = {}): Document {
  return { externalId: "guides/install", title: "Install", content: "# Install\n\nRun it.\n", tags: [], sourcePath: "guides/install.md", metadata: {}, ...overrides };
}

describe("heppuPayloadOf", () => {
  it("sends title, content and flat metadata; document fields win over frontmatter; no marker, no undefined", () => {
    const payload = heppuPayloadOf(
      doc({ tags: ["a", "b"], lang: "fr", sourceUrl: "https://x.test/install", metadata: { team: "docs", lang: "xx", kbPublish: { owner: "forged" } } }),
    );
    expect(payload).toEqual({
      title: "Install",
      content: "# Install\n\nRun it.\n",
      metadata: { team: "docs", tags: ["a", "b"], lang: "fr", sourcePath: "guides/install.md", sourceUrl: "https://x.test/install" },
    });
  });

  it("truncates a long title to 500 characters ending in an ellipsis, never splitting a surrogate pair", () => {
    expect(truncateTitle("short")).toBe("short");
    const cut = truncateTitle("a".repeat(498) + "😀😀😀");
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
    expect(heppuPayloadOf(doc({ title: "t".repeat(501) })).title).toHaveLength(500);
  });
});

describe("validateHeppuPayload", () => {
  const problems = (d: Document) => validateHeppuPayload(d, heppuPayloadOf(d));

  it("accepts a normal page", () => {
    expect(problems(doc())).toEqual([]);
  });

  it("counts UTF-8 bytes: 500,000 is fine, one more byte is an error", () => {
    expect(problems(doc({ content: "a".repeat(500_000) }))).toEqual([]);
    const [problem] = problems(doc({ content: `${"a".repeat(499_999)}é` }));
    expect(problem).toEqual({ severity: "error", message: expect.stringContaining("content is 500001 bytes (UTF-8): Heppu accepts at most 500000") });
  });

  it("rejects a 256-character id and empty content; warns about a long title", () => {
    expect(problems(doc({ externalId: "x".repeat(256) })).map((p) => p.severity)).toEqual(["error"]);
    expect(problems(doc({ externalId: "x".repeat(255) }))).toEqual([]);
    expect(problems(doc({ content: "  \n" }))[0]?.message).toMatch(/content is empty/);
    expect(problems(doc({ title: "t".repeat(501) }))).toEqual([{ severity: "warning", message: expect.stringMatching(/title is 501 characters.*truncated/) }]);
  });
});

describe("the marker", () => {
  it("round-trips through metadata and rejects malformed ones", () => {
    const marker = markerOf("kb-publish", { hash: "h", parts: { title: "t" } }, "1.2.3");
    expect(readMarker(withMarker({ tags: ["x"] }, marker))).toEqual(marker);
    const provenance = { sources: { "a.md": "ab" }, derivation: "k", commit: { sha: "f00d", time: 17 } };
    const stamped = markerOf("kb-publish", { hash: "h", parts: {} }, "1.2.3", provenance);
    expect(readMarker(withMarker({}, stamped))?.provenance).toEqual(provenance);
    const malformed = { kbPublish: { ...stamped, provenance: { sources: { "a.md": 1 }, derivation: "k" } } };
    expect(readMarker(malformed)).toEqual({ owner: "kb-publish", hash: "h", parts: {}, version: "1.2.3" });
    expect(readMarker({ kbPublish: { owner: "o", hash: 1, parts: {} } })).toBeUndefined();
    expect(readMarker({ kbPublish: { owner: "o", hash: "h", parts: { a: 1 } } })).toBeUndefined();
    expect(readMarker({ kbPublish: "kb-publish" })).toBeUndefined();
    expect(readMarker(null)).toBeUndefined();
    expect(versionFromUserAgent("kb-publish/0.4.0 (action; node v20.1.0)")).toBe("0.4.0");
  });
});

describe("resolveHeppuConfig", () => {
  const base = testSettings({ root: "/r", store: "/s", target: "heppu" });

  it("reports a missing key and collection together, naming the flags and the variable", () => {
    const result = resolveHeppuConfig(base);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/KB_PUBLISH_API_KEY.*--api-key/);
    expect(problems[1]).toMatch(/--collection-id/);
  });

  it("defaults the URL and the rate limit; --rate-limit overrides it; a bad URL never echoes the key", () => {
    const ok = resolveHeppuConfig({ ...base, apiKey: "k-secret-1", collectionId: "c" });
    expect(ok).toEqual({ ok: true, config: { apiUrl: HEPPU_DEFAULT_API_URL, apiKey: "k-secret-1", collectionId: "c", rateLimit: { perMinute: 120, burst: 10 }, timeoutMs: 30_000 } });
    const custom = resolveHeppuConfig({ ...base, apiKey: "k", collectionId: "c", rateLimit: 30, apiUrl: "http://127.0.0.1:9/api/v1/" });
    expect(custom.ok && custom.config).toMatchObject({ apiUrl: "http://127.0.0.1:9/api/v1", rateLimit: { perMinute: 30 } });
    const bad = resolveHeppuConfig({ ...base, apiKey: "k-secret-1", collectionId: "c", apiUrl: "ftp://x" });
    expect(bad.ok ? "" : bad.problems.join()).toMatch(/api-url is "ftp:\/\/x"/);
    expect(JSON.stringify(bad)).not.toContain("k-secret-1");
  });

  it("flags plain http to a remote host only", () => {
    expect(isCleartextRemote("http://kb.example.com/api")).toBe(true);
    expect(isCleartextRemote("http://127.0.0.1:4000/api")).toBe(false);
    expect(isCleartextRemote("https://v2.heppu.ai/api/v1")).toBe(false);
  });
});
