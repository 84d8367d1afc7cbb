import { describe, expect, it } from "vitest";
import { captureLog, docsFolder, heppuSettings, manyPages, runSync, startEmulator } from "./helpers.js";

describe("heppu: --wait", () => {
  it("polls until processing finished and reports a processing failure naming the document and file", async () => {
    const emu = await startEmulator({ processingDelayMs: 150 });
    const root = await docsFolder(manyPages(4));
    emu.faults.failProcessing("p002", "Processing failed: embedding quota exceeded");
    const log = captureLog();
    const outcome = await runSync(heppuSettings(emu, root, { wait: true }), { log });
    expect(outcome.result?.counts).toMatchObject({ created: 4, failed: 0 });
    expect(outcome.result?.notes).toEqual(['Heppu failed to process "p002" (p002.md): Processing failed: embedding quota exceeded']);
    const polls = emu.ledger.filter((e) => e.method === "GET" && e.query.status !== undefined);
    expect(polls.some((e) => e.query.status === "pending")).toBe(true);
    expect(polls.at(-1)?.query.status).toBe("failed");
    expect(emu.sources().filter((s) => s.status === "completed")).toHaveLength(3);
    expect(log.lines).toContain("info: Heppu processed 3 of 4 sources; see the notes");
  });

  it("a timeout is a note listing what is still processing, not an error", async () => {
    const emu = await startEmulator({ processingDelayMs: 60_000 });
    const root = await docsFolder(manyPages(2));
    const outcome = await runSync(heppuSettings(emu, root, { wait: true, waitTimeoutSeconds: 1 }));
    expect(outcome.result?.counts).toMatchObject({ created: 2, failed: 0 });
    expect(outcome.result?.notes).toHaveLength(1);
    expect(outcome.result?.notes[0]).toMatch(/^2 of 2 sources were still processing on Heppu after 1 s \(--wait-timeout\): "p000", "p001"/);
  });

  it("without --wait (or with nothing written) nothing is polled", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(2));
    await runSync(heppuSettings(emu, root));
    const second = await runSync(heppuSettings(emu, root, { wait: true }));
    expect(second.result?.notes).toEqual([]);
    expect(emu.ledger.filter((e) => e.query.status !== undefined)).toEqual([]);
  });
});
