import { describe, expect, it } from "vitest";
import { settingsWithDefaults } from "../../config/defaults.js";
import { HUMIND_READ_RATE, HUMIND_WRITE_RATE, resolveHumindConfig } from "./config.js";

const rates = (rateLimit?: number) => {
  const settings = settingsWithDefaults({ root: "/docs", store: "/store", target: "humind", apiKey: "hmd_test_abc123", rateLimit });
  const resolved = resolveHumindConfig(settings);
  if (!resolved.ok) throw new Error(resolved.problems.join("; "));
  return { reads: resolved.config.readRate, writes: resolved.config.writeRate };
};

describe("resolveHumindConfig rate limits", () => {
  it("uses the documented buckets, bursts included, without --rate-limit", () => {
    expect(rates()).toEqual({ reads: HUMIND_READ_RATE, writes: HUMIND_WRITE_RATE });
  });

  it("keeps a bucket and its burst that --rate-limit does not lower", () => {
    expect(rates(1_000_000)).toEqual({ reads: HUMIND_READ_RATE, writes: HUMIND_WRITE_RATE });
  });

  it("lowers only the buckets above --rate-limit, which then take the client's default burst", () => {
    expect(rates(300)).toEqual({ reads: { perMinute: 300 }, writes: HUMIND_WRITE_RATE });
    expect(rates(60)).toEqual({ reads: { perMinute: 60 }, writes: { perMinute: 60 } });
  });
});
