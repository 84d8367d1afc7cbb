import { describe, expect, it } from "vitest";
import { redactHeaders, retryAfterViolations, writeRequests, type LedgerEntry } from "./ledger.js";

function entry(seq: number, at: number, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { seq, at, method: "GET", path: "/x", query: {}, headers: {}, body: undefined, status: 200, respondedAt: at, ...extra };
}

describe("retryAfterViolations", () => {
  const limited = entry(1, 1000, { status: 429, respondedAt: 1005, retryAfterUntil: 2005 });

  it("flags requests that arrive after a 429 was sent and before its Retry-After expires", () => {
    const early = entry(2, 1500);
    const onTime = entry(3, 2005);
    expect(retryAfterViolations([limited, early, onTime])).toEqual([early]);
  });

  it("ignores requests already in flight when the 429 was sent, and timer slack within tolerance", () => {
    const inFlight = entry(2, 1003);
    const slightlyEarly = entry(3, 2000);
    expect(retryAfterViolations([limited, inFlight, slightlyEarly])).toEqual([]);
    expect(retryAfterViolations([limited, inFlight, slightlyEarly], { toleranceMs: 0 })).toEqual([slightlyEarly]);
  });
});

describe("ledger helpers", () => {
  it("keeps only writes", () => {
    const ledger = [entry(1, 0), entry(2, 0, { method: "POST" }), entry(3, 0, { method: "DELETE" })];
    expect(writeRequests(ledger).map((e) => e.seq)).toEqual([2, 3]);
  });

  it("masks credentials but keeps the auth scheme and other headers", () => {
    const headers = redactHeaders({ Authorization: "Bearer s3cret", "X-Api-Key": "s3cret", "User-Agent": "kb-publish/1" });
    expect(headers).toEqual({ authorization: "Bearer ***", "x-api-key": "***", "user-agent": "kb-publish/1" });
  });
});
