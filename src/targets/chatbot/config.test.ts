import { describe, expect, it } from "vitest";
import { settingsWithDefaults } from "../../config/defaults.js";
import { windowSafeRate } from "../remote-config.js";
import { resolveChatbotConfig } from "./config.js";

const KEY = "sk_live_0123456789abcdef_" + "a".repeat(48);
const settings = (extra: Record<string, unknown> = {}) =>
  settingsWithDefaults({ root: "/docs", store: "/store", target: "chatbot", apiUrl: "https://chat.example.com/api/", apiKey: KEY, sourceId: "src_1", ...extra });

describe("resolveChatbotConfig", () => {
  it("trims the URL and keeps any 60 seconds within 120 requests by default, or within --rate-limit", () => {
    const resolved = resolveChatbotConfig(settings());
    expect(resolved).toMatchObject({ ok: true, config: { apiUrl: "https://chat.example.com/api", sourceId: "src_1", rateLimit: { perMinute: 110, burst: 10 } } });
    expect(resolveChatbotConfig(settings({ rateLimit: 600 }))).toMatchObject({ config: { rateLimit: { perMinute: 550, burst: 50 } } });
  });

  it("reports every problem at once and never the key", () => {
    const resolved = resolveChatbotConfig(settings({ apiUrl: undefined, apiKey: "not-a-key-secret", sourceId: undefined }));
    expect(resolved.ok).toBe(false);
    const problems = resolved.ok ? [] : resolved.problems;
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).not.toContain("not-a-key-secret");
  });
});

describe("windowSafeRate", () => {
  it("never lets burst plus a minute's refill pass the limit", () => {
    for (const limit of [2, 11, 12, 60, 120, 1000]) {
      const rate = windowSafeRate(limit);
      expect(rate.burst + rate.perMinute, `limit ${limit}`).toBeLessThanOrEqual(limit);
      expect(rate.burst).toBeGreaterThanOrEqual(1);
      expect(rate.perMinute).toBeGreaterThan(0);
    }
  });
});
