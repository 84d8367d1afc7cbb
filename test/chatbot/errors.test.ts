import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { captureLog, chatbotSettings, docsFolder, page, runSync, SECRET_KEY, startEmulator, SYNC_SCOPES, writeFiles, writesSince } from "./helpers.js";

const SITE = { "a.md": page("A"), "b.md": page("B") };

async function configError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

describe("chatbot: settings a user must give", () => {
  it("a missing API URL, key or source id stops the run before any request, naming each flag and input", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const message = await configError(runSync(chatbotSettings(emu, root, { apiUrl: undefined, apiKey: undefined, sourceId: undefined })));
    expect(message).toMatch(/needs the API base URL of your Chatbot installation: pass --api-url https:\/\/<your-host>\/api \(`api-url` input in the Action/);
    expect(message).toMatch(/KB_PUBLISH_API_KEY.*items:read items:write runs:execute runs:apply runs:read/);
    expect(message).toMatch(/--source-id <id> \(`source-id` input in the Action\); create a developer_api source once with POST \/api\/v1\/sources/);
    expect(emu.ledger).toEqual([]);
  });

  it("refuses a malformed key, plain http to a remote host and a base URL that already ends in /v1, never printing the key", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const malformed = await configError(runSync(chatbotSettings(emu, root, { apiKey: "hmd_live_not_a_chatbot_key" })));
    expect(malformed).toMatch(/expected a key like sk_live_<key id>_<secret>/);
    expect(malformed).not.toContain("hmd_live_not_a_chatbot_key");
    expect(await configError(runSync(chatbotSettings(emu, root, { apiUrl: "http://chat.example.com/api" })))).toMatch(/expected an https URL/);
    expect(await configError(runSync(chatbotSettings(emu, root, { apiUrl: `${emu.url}/v1` })))).toMatch(/ending in \/api, without \/v1/);
    expect(emu.ledger).toEqual([]);
  });
});

describe("chatbot: errors the API answers", () => {
  it("a rejected key is a 401 that says what to check; nothing is written", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const wrong = "sk_live_fedcba9876543210_000000000000000000000000000000000000000000000000";
    const log = captureLog();
    const error = await runSync(chatbotSettings(emu, root, { apiKey: wrong }), { log }).catch((e: unknown) => e);
    const message = (error as Error).message;
    expect(message).toMatch(/GET \/v1\/sources\/src_\w+ failed: 401 invalid_key: The API key is not valid — Chatbot rejected the API key/);
    for (const text of [message, JSON.stringify(error), ...log.lines]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(SECRET_KEY);
    }
    expect(writesSince(emu, 0)).toEqual([]);
  });

  it("an unknown source is a 404 naming --source-id, before any write", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(SITE);
    const error = await runSync(chatbotSettings(emu, root, { sourceId: "src_missing" })).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/404 not_found.*source "src_missing" was not found, or is not a developer_api source: check --source-id and --api-url/);
    expect(writesSince(emu, 0)).toEqual([]);
  });

  it("a key without runs:apply stages, then fails the publish naming every scope a sync needs", async () => {
    const emu = await startEmulator({ keys: [{ key: SECRET_KEY, scopes: SYNC_SCOPES.filter((s) => s !== "runs:apply") }] });
    const root = await docsFolder(SITE);
    const outcome = await runSync(chatbotSettings(emu, root));
    expect(outcome.result?.counts.created).toBe(2);
    expect(outcome.result?.failure).toMatch(/403 insufficient_scope: This API key lacks the runs:apply scope — the API key lacks a scope this request needs: a sync needs items:read items:write runs:execute runs:apply runs:read/);
    expect(outcome.result?.failure).toMatch(/no generation was published before, so none serves yet/);
    expect(emu.generation()).toBeNull();
  });

  it("a key without sources:read still syncs; the plan then says the grace window is unknown", async () => {
    const emu = await startEmulator({ keys: [{ key: SECRET_KEY, scopes: SYNC_SCOPES.filter((s) => s !== "sources:read") }] });
    const root = await docsFolder(SITE);
    const settings = chatbotSettings(emu, root);
    expect((await runSync(settings)).result?.failure).toBeUndefined();
    await writeFiles(root, { "b.md": null });
    const outcome = await runSync(settings);
    expect(outcome.plan.operations.find((op) => op.kind === "delete")?.reasons).toEqual([
      "file removed",
      "tombstone for the source's grace window (graceDays unknown: the source could not be read)",
    ]);
    expect(emu.generation()?.pages.get("b")?.state).toBe("tombstoned");
  });

  it("an archived source fails every write with 409 source_inactive and says to reactivate it", async () => {
    const emu = await startEmulator({ sources: [{ id: "src_archived", status: "archived" }] });
    const root = await docsFolder(SITE);
    const outcome = await runSync(chatbotSettings(emu, root));
    expect(outcome.result?.counts.failed).toBe(2);
    expect(outcome.result?.results[0]?.error).toMatch(/409 source_inactive.*source "src_archived" is archived: reactivate it/);
  });
});
