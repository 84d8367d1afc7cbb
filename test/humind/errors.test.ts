import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { captureLog, docsFolder, humindSettings, page, runSync, SECRET_KEY, startEmulator, writesSince } from "./helpers.js";

const SITE = { "a.md": page("A"), "b.md": page("B") };

describe("humind: errors a user can fix", () => {
  it("a wrong key is a 401 that says what to check and never shows a key; nothing is written", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const wrongKey = "hmd_live_WRONGbutSecret0123456789_deadbeef";
    const log = captureLog();
    const error = await runSync(humindSettings(emu, root, { apiKey: wrongKey }), { log }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/GET \/knowledge failed: 401 invalid_key/);
    expect(message).toMatch(/KB_PUBLISH_API_KEY/);
    for (const text of [message, JSON.stringify(error), ...log.lines]) {
      expect(text).not.toContain(wrongKey);
      expect(text).not.toContain(SECRET_KEY);
    }
    expect(writesSince(emu, 0)).toEqual([]);
  });

  it("a key without knowledge:write fails every page with a 403 naming the scopes, and deletes nothing", async () => {
    const readOnly = "hmd_test_ReadOnlyKey0123456789a_0badf00d";
    const emu = await startEmulator({ keys: [{ key: readOnly, scopes: ["knowledge:read"] }] });
    const root = await docsFolder(SITE);
    const outcome = await runSync(humindSettings(emu, root, { apiKey: readOnly }));
    expect(outcome.result?.counts).toMatchObject({ failed: 2, created: 0 });
    const error = outcome.result?.results[0]?.error ?? "";
    expect(error).toMatch(/403 insufficient_scope/);
    expect(error).toMatch(/knowledge:read and knowledge:write/);
    expect(error).not.toContain(readOnly);
    expect(emu.entries()).toEqual([]);
  });

  it("a missing or malformed key is a ConfigError before any request", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const missing = await runSync(humindSettings(emu, root, { apiKey: undefined })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConfigError);
    expect((missing as Error).message).toMatch(/KB_PUBLISH_API_KEY.*knowledge:read and knowledge:write/s);
    const malformed = await runSync(humindSettings(emu, root, { apiKey: "sk_live_not_humind" })).catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(ConfigError);
    expect((malformed as Error).message).toMatch(/hmd_live_ or hmd_test_/);
    expect((malformed as Error).message).not.toContain("sk_live_not_humind");
    const cleartext = await runSync(humindSettings(emu, root, { apiUrl: "http://kb.example.com/public/v1" })).catch((e: unknown) => e);
    expect((cleartext as Error).message).toMatch(/expected an https URL/);
    expect(emu.ledger).toEqual([]);
  });

  it("a response slower than --timeout is abandoned and retried with the same Idempotency-Key; nothing is doubled", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    emu.faults.once("slow", { delayMs: 1500, when: (r) => r.method === "POST" });
    const outcome = await runSync(humindSettings(emu, root, { requestTimeoutMs: 300 }));
    expect(outcome.result?.counts).toMatchObject({ created: 2, failed: 0 });
    const posts = emu.ledger.filter((e) => e.method === "POST" && e.path.endsWith("/knowledge/batch"));
    expect(posts[0]?.fault).toBe("slow");
    expect(posts[1]?.headers["idempotency-key"]).toBe(posts[0]?.headers["idempotency-key"]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(emu.entries().filter((entry) => !entry.external_id.startsWith("kb-publish-state"))).toHaveLength(2);
  });
});
