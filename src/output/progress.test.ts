import { describe, expect, it } from "vitest";
import { colorsFor } from "./color.js";
import { createProgress, seconds, statusLine } from "./progress.js";
import { retryLine } from "./retry-log.js";

function harness() {
  let clock = 0;
  const written: string[] = [];
  const progress = createProgress({ write: (text) => void written.push(text), now: () => clock, colors: colorsFor(false) });
  return { progress, written, advance: (ms: number) => void (clock += ms) };
}

describe("statusLine", () => {
  it("shows count, total, rate and ETA", () => {
    expect(statusLine({ phase: "reading", done: 1200, total: 9611, elapsedMs: 2000 })).toBe("Reading 1200/9611 files · 600/s · ETA 14s");
    expect(statusLine({ phase: "writing", done: 6, total: 40, elapsedMs: 2000 })).toBe("Writing 6/40 documents · 3.0/s · ETA 11s");
  });

  it("shows the time alone for a phase without counts, and no rate before the first item", () => {
    expect(statusLine({ phase: "planning", done: 0, elapsedMs: 3100 })).toBe("Planning… 3.1s");
    expect(statusLine({ phase: "writing", done: 0, total: 40, elapsedMs: 1500 })).toBe("Writing 0/40 documents");
    expect(statusLine({ phase: "reading", done: 1, total: 4000, elapsedMs: 1100 })).toBe("Reading 1/4000 files");
  });

  it("writes minutes past a minute", () => {
    expect(seconds(185_000)).toBe("3m05s");
    expect(seconds(400)).toBe("0.4s");
  });
});

describe("createProgress", () => {
  it("stays silent for a phase shorter than a second", () => {
    const { progress, written, advance } = harness();
    progress.phase("reading", 10);
    for (let i = 1; i <= 10; i++) {
      advance(50);
      progress.update(i, 10);
    }
    progress.phase("planning");
    progress.end();
    expect(written).toEqual([]);
  });

  it("redraws one line in place for a long phase, then leaves one finished line per phase", () => {
    const { progress, written, advance } = harness();
    progress.phase("reading", 100);
    for (let i = 1; i <= 100; i++) {
      advance(20);
      progress.update(i, 100);
    }
    progress.phase("planning");
    advance(1500);
    progress.render();
    progress.end();
    const finished = written.filter((text) => text.endsWith("\n"));
    expect(finished).toEqual(["\r\u001b[2KReading 100/100 files in 2.0s\n", "\r\u001b[2KPlanning took 1.5s\n"]);
    const redraws = written.filter((text) => !text.endsWith("\n"));
    expect(redraws.length).toBeGreaterThan(3);
    expect(redraws.length).toBeLessThan(20);
    expect(redraws.every((text) => text.startsWith("\r\u001b[2K"))).toBe(true);
    // eslint-disable-next-line no-control-regex -- the status line starts with the terminal's clear-line code
    expect(redraws.at(-2)).toMatch(/^\r\u001b\[2KReading \d+\/100 files · 50\/s · ETA/);
  });
});

describe("retryLine", () => {
  it("says what failed, which attempt is next, how long the wait is and why", () => {
    const info = { method: "GET", url: "http://x/docs", attempt: 1, maxAttempts: 7, reason: "GET /docs failed: 429 rate_limited: slow down", delayMs: 5000 };
    expect(retryLine({ ...info, retryAfter: true })).toBe("GET /docs failed: 429 rate_limited: slow down; attempt 2 of 7 in 5.0s (Retry-After from the server)");
    expect(retryLine({ ...info, attempt: 3, delayMs: 1234, retryAfter: false })).toBe("GET /docs failed: 429 rate_limited: slow down; attempt 4 of 7 in 1.2s (backoff)");
  });
});
