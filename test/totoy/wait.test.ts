import { describe, expect, it } from "vitest";
import { captureLog, docsFolder, manyPages, page, runSync, startEmulator, totoySettings, writeFiles } from "./helpers.js";

describe("totoy: --wait", () => {
  it("polls the knowledge base's sources until the changed ones are indexed, and reports a failed one with its page and file", async () => {
    const emu = await startEmulator({ indexingDelayMs: 150 });
    const root = await docsFolder(manyPages(4));
    emu.failIndexing("Page p002");
    const log = captureLog();
    const outcome = await runSync(totoySettings(emu, root, { wait: true }), { log });
    expect(outcome.result?.counts).toMatchObject({ created: 4, failed: 0 });
    expect(outcome.result?.notes).toEqual(['Totoy failed to index "p002" (p002.md): the knowledge-base source\'s status is "failed"']);
    const polls = emu.ledger.filter((e) => e.method === "GET" && /\/knowledge-bases\/kb_\w+\/sources$/.test(e.path));
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(log.lines).toContain("info: Totoy indexed 3 of 4 sources; see the notes");
  });

  it("waits only for what this run changed: an edited page is polled again, unchanged ones are not waited for", async () => {
    const emu = await startEmulator({ indexingDelayMs: 100 });
    const root = await docsFolder(manyPages(3));
    await runSync(totoySettings(emu, root, { wait: true }));
    emu.failIndexing("Page p000");
    await writeFiles(root, { "p001.md": page("Page p001", "edited") });
    const log = captureLog();
    const outcome = await runSync(totoySettings(emu, root, { wait: true }), { log });
    expect(outcome.result?.notes).toEqual([]);
    expect(log.lines).toContain("info: Totoy indexed 1 of 1 sources");
  });

  it("a timeout is a note naming what is still being indexed, not an error", async () => {
    const emu = await startEmulator({ indexingDelayMs: 60_000 });
    const root = await docsFolder(manyPages(2));
    const outcome = await runSync(totoySettings(emu, root, { wait: true, waitTimeoutSeconds: 1 }));
    expect(outcome.result?.counts).toMatchObject({ created: 2, failed: 0 });
    expect(outcome.result?.notes).toEqual([
      '2 of 2 sources were still being indexed by Totoy after 1 s (--wait-timeout): "p000", "p001"; they are stored and will finish on their own',
    ]);
  });
});
