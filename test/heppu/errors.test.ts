import { unlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { silentLogger } from "../../src/log.js";
import { createHeppuTarget } from "../../src/targets/heppu/index.js";
import { testSettings } from "../helpers/workspace.js";
import { ExitCode, exitCodeFor } from "../../src/exit-codes.js";
import { captureLog, docsFolder, heppuSettings, manyPages, page, runSync, SECRET_KEY, stable, startEmulator, writeFiles, writesSince } from "./helpers.js";

const exitCode = (outcome: Awaited<ReturnType<typeof runSync>>) => exitCodeFor({ ...outcome, detailed: false });

describe("heppu: error paths", () => {
  it("a wrong key is a clear 401 error that never contains a key, and nothing is written", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(2));
    const wrongKey = "hk_live_WRONG_but_still_secret_77";
    const log = captureLog();
    const error = await runSync(heppuSettings(emu, root, { apiKey: wrongKey }), { log }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/GET \/kb\/sources failed: 401 invalid_api_key/);
    expect(message).toMatch(/KB_PUBLISH_API_KEY/);
    for (const text of [message, JSON.stringify(error), ...log.lines]) {
      expect(text).not.toContain(wrongKey);
      expect(text).not.toContain(SECRET_KEY);
    }
    expect(writesSince(emu, 0)).toEqual([]);
  });

  it("an unknown collection is a 404 naming the collection id and the flag", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(1));
    const collectionId = "00000000-0000-4000-8000-000000000000";
    await expect(runSync(heppuSettings(emu, root, { collectionId }))).rejects.toThrow(
      /404.*Collection 00000000-0000-4000-8000-000000000000 not found.*--collection-id/,
    );
  });

  it("a missing key or collection is a ConfigError naming --api-key, KB_PUBLISH_API_KEY and --collection-id", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(1));
    const error = await runSync(heppuSettings(emu, root, { apiKey: undefined, collectionId: undefined })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(2);
    expect((error as Error).message).toMatch(/KB_PUBLISH_API_KEY.*--api-key/s);
    expect((error as Error).message).toMatch(/--collection-id/);
    expect(emu.ledger).toEqual([]);
  });

  it("a baseline plan needs no key: the target builds, and only a network call would fail", async () => {
    const settings = testSettings({ root: "/docs", store: "/unused", target: "heppu", baseline: "/base" });
    expect(() => createHeppuTarget({ ...settings, baseline: undefined }, { log: silentLogger, userAgent: "t" })).toThrow(ConfigError);
    const target = createHeppuTarget(settings, { log: silentLogger, userAgent: "t" });
    expect(target.payloadOf({ externalId: "a", title: "A", content: "x", tags: [], sourcePath: "a.md", metadata: {} })).toHaveProperty("title", "A");
    await expect(target.snapshot()).rejects.toThrow(/--collection-id/);
  });

  it("a slow response past --timeout is retried; the late original changes nothing", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(3));
    emu.faults.once("slow", { delayMs: 1200, when: (r) => r.method === "POST" });
    const outcome = await runSync(heppuSettings(emu, root, { requestTimeoutMs: 300 }));
    expect(outcome.result?.counts).toMatchObject({ created: 3, failed: 0 });
    expect(emu.ledger.filter((e) => e.method === "POST")).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(emu.sources()).toHaveLength(3);
  });

  it("207: one source fails, the others are stored, deletes are skipped, exit code 4", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(6));
    await runSync(heppuSettings(emu, root));
    await writeFiles(root, { "p001.md": page("Changed", "changed"), "p002.md": page("Changed too", "changed") });
    await unlink(path.join(root, "p005.md"));
    emu.faults.rejectSource("p001", "Validation error: content is required");
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root));
    expect(emu.ledger.slice(before).find((e) => e.method === "POST")?.status).toBe(207);
    expect(outcome.result?.counts).toMatchObject({ updated: 1, failed: 1, deleted: 0, skipped: 1 });
    const failure = outcome.result?.results.find((r) => r.externalId === "p001");
    expect(failure).toMatchObject({ status: "failed", sourcePath: "p001.md" });
    expect(failure?.error).toMatch(/Heppu rejected the source: Validation error: content is required/);
    expect(outcome.result?.deletesSkipped).toMatch(/1 document failed/);
    expect(writesSince(emu, before).some((e) => e.method === "DELETE")).toBe(false);
    expect(emu.sources().map((s) => s.externalId)).toContain("p005");
    expect(exitCode(outcome)).toBe(ExitCode.partialFailure);
  });

  it("400 with per-item results (all failed) maps each item to its own error", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(2));
    emu.faults.rejectSource("p000", "Validation error: bad zero");
    emu.faults.rejectSource("p001", "Validation error: bad one");
    const outcome = await runSync(heppuSettings(emu, root));
    expect(emu.ledger.find((e) => e.method === "POST")?.status).toBe(400);
    const errors = outcome.result?.results.map((r) => [r.externalId, r.status, r.error]);
    expect(errors).toEqual([
      ["p000", "failed", "Heppu rejected the source: Validation error: bad zero"],
      ["p001", "failed", "Heppu rejected the source: Validation error: bad one"],
    ]);
    expect(emu.sources()).toEqual([]);
  });

  it("oversize content is a per-document error before sending; its remote copy is kept", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(3));
    await runSync(heppuSettings(emu, root));
    const storedBefore = stable(emu.sources().filter((s) => s.externalId === "p001"));
    await writeFiles(root, { "p001.md": page("Big", "é".repeat(250_001)) });
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.plan.rejected).toEqual([
      expect.objectContaining({ externalId: "p001", sourcePath: "p001.md", message: expect.stringMatching(/content is 50001\d bytes.*at most 500000/) }),
    ]);
    expect(writesSince(emu, before)).toEqual([]);
    expect(stable(emu.sources().filter((s) => s.externalId === "p001"))).toEqual(storedBefore);
    expect(exitCode(outcome)).toBe(ExitCode.partialFailure);
  });

  it("an id longer than 255 characters is an error; a title longer than 500 is truncated with a warning", async () => {
    const emu = await startEmulator();
    const longTitle = "T".repeat(600);
    const root = await docsFolder({ "ok.md": page(longTitle), "long.md": page("Long id", "x", { id: "i".repeat(256) }) });
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.plan.rejected.map((r) => r.sourcePath)).toEqual(["long.md"]);
    expect(outcome.plan.rejected[0]?.message).toMatch(/external id is 256 characters long.*at most 255/);
    expect(outcome.plan.diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", file: "ok.md", message: expect.stringMatching(/title is 600 characters.*truncated/) }));
    const stored = emu.sources().find((s) => s.externalId === "ok");
    expect(stored?.title).toHaveLength(500);
    expect(stored?.title.endsWith("…")).toBe(true);
  });

  it("a delete whose first attempt committed (500 after the write) counts the retry's notFound as deleted", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(12));
    await runSync(heppuSettings(emu, root));
    await unlink(path.join(root, "p003.md"));
    emu.faults.once("status5xxAfter", { when: (r) => r.method === "DELETE" });
    const before = emu.ledger.length;
    const outcome = await runSync(heppuSettings(emu, root));
    const deletes = emu.ledger.slice(before).filter((e) => e.method === "DELETE");
    expect(deletes.map((e) => e.status)).toEqual([500, 200]);
    expect(outcome.result?.results.find((r) => r.externalId === "p003")?.status).toBe("deleted");
    expect(outcome.result?.counts.failed).toBe(0);
  });

  it("honours Retry-After on a 429: no request is sent before it expires", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(120));
    emu.faults.configure({ burstLength: 2, retryAfterSeconds: 1 });
    emu.faults.once("rateLimitBurst", { when: (r) => r.method === "POST" });
    const outcome = await runSync(heppuSettings(emu, root));
    expect(outcome.result?.counts).toMatchObject({ created: 120, failed: 0 });
    const limited = emu.ledger.filter((e) => e.status === 429);
    expect(limited).toHaveLength(2);
    expect(emu.retryAfterViolations()).toEqual([]);
    const after = emu.ledger.filter((e) => e.at > limited[0]!.at && e.status !== 429);
    expect(Math.min(...after.map((e) => e.at)) - limited[0]!.at).toBeGreaterThanOrEqual(990);
  });
});
