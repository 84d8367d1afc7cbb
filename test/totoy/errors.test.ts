import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { docsFolder, manyPages, page, runSync, SECRET_KEY, startEmulator, totoySettings } from "./helpers.js";

describe("totoy: errors say what failed and what to do", () => {
  it("a missing key or knowledge base id, or a malformed id, stops the run before any request", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(1));
    const error = await runSync(totoySettings(emu, root, { apiKey: undefined, knowledgeBaseId: undefined })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^target totoy needs an API key: set the KB_PUBLISH_API_KEY environment variable/),
      expect.stringMatching(/^target totoy needs a knowledge base id: pass --knowledge-base-id kb_…/),
    ]);
    const malformed = await runSync(totoySettings(emu, root, { knowledgeBaseId: "kb_123" })).catch((e: unknown) => e);
    expect((malformed as ConfigError).problems).toEqual(['knowledge-base-id is "kb_123": expected kb_ followed by 25 letters or digits, like kb_feMfJbeqbAEj4u8K5HqmKpUbY']);
    expect(emu.ledger).toEqual([]);
  });

  it("a rejected key and an unknown knowledge base stop the run before any write, with the problem's title and detail and a hint", async () => {
    const emu = await startEmulator();
    const root = await docsFolder(manyPages(1));
    const rejected = await runSync(totoySettings(emu, root, { apiKey: "totoy_live_wrong" })).catch((e: Error) => e.message);
    expect(rejected).toBe(
      `GET /knowledge-bases/${emu.knowledgeBaseId} failed: 401: The request is not authenticated: the API key is not valid — ` +
        "Totoy rejected the API key: check KB_PUBLISH_API_KEY (or --api-key) and that the key is still active",
    );
    const unknown = await runSync(totoySettings(emu, root, { knowledgeBaseId: `kb_${"Z".repeat(25)}` })).catch((e: Error) => e.message);
    expect(unknown).toMatch(/^GET \/knowledge-bases\/kb_Z{25} failed: 404: The resource was not found: knowledge base kb_Z{25} was not found — knowledge base kb_Z{25} was not found for this key's organization: check --knowledge-base-id/);
    expect(emu.ledger.filter((e) => e.method !== "GET")).toEqual([]);
    expect(JSON.stringify(emu.ledger)).not.toContain(SECRET_KEY);
  });

  it("a page Totoy refuses fails with the problem's title and detail; metadata-value-limit adapts to a stricter server", async () => {
    // A server stricter than kb-publish's default guess (512) about custom_metadata values.
    const emu = await startEmulator({ limits: { metadataValueChars: 100 } });
    const root = await docsFolder({ "ok.md": page("Ok"), "long.md": page("Long", "text", { description: "d".repeat(150) }) });
    const first = await runSync(totoySettings(emu, root));
    expect(first.result?.counts).toMatchObject({ created: 0, failed: 2 });
    const errors = Object.fromEntries(first.result!.results.map((r) => [r.externalId, r.error]));
    expect(errors).toEqual({
      long: 'POST /sources failed: 400: The request is invalid: "custom_metadata".description is 150 characters long; at most 100 are allowed',
      ok: expect.stringMatching(/^POST \/sources failed: 400: The request is invalid: "custom_metadata"\.kbp_fingerprint is \d+ characters long; at most 100 are allowed$/),
    });
    // Shorter values: the description is left out (said in the plan), the fingerprint keeps only its hash.
    const second = await runSync(totoySettings(emu, root, { metadataValueLimit: 100 }));
    expect(second.result?.counts).toMatchObject({ created: 2, failed: 0 });
    expect(second.plan.diagnostics).toContainEqual({ severity: "warning", file: "long.md", message: "custom_metadata left out: description (150 characters, over 100)" });
    const third = await runSync(totoySettings(emu, root, { metadataValueLimit: 100 }));
    expect(third.plan.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });
});
