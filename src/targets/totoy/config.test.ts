import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { settingsWithDefaults } from "../../config/defaults.js";
import { resolveSettings } from "../../config/resolve.js";
import type { Settings } from "../../config/settings.js";
import { resolveTotoyConfig } from "./config.js";

const KB = "kb_feMfJbeqbAEj4u8K5HqmKpUbY";
const settings = (extra: Partial<Settings> = {}) => settingsWithDefaults({ root: "/docs", store: "/store", target: "totoy", apiKey: "k", knowledgeBaseId: KB, ...extra });

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

describe("totoy config", () => {
  it("defaults: the documented base URL, 120 requests per minute, 512-character metadata values", () => {
    expect(resolveTotoyConfig(settings())).toEqual({
      ok: true,
      config: { apiUrl: "https://api.totoy.ai/v1", apiKey: "k", knowledgeBaseId: KB, owner: "kb-publish", rateLimit: { perMinute: 120, burst: 10 }, timeoutMs: 30_000, valueLimit: 512 },
    });
    expect(resolveTotoyConfig(settings({ rateLimit: 600, metadataValueLimit: 256 }))).toMatchObject({ config: { rateLimit: { perMinute: 600 }, valueLimit: 256 } });
  });

  it("reports every problem at once, never quoting the key", () => {
    const result = resolveTotoyConfig(settings({ apiUrl: "http://api.example.com", apiKey: "secret-key", knowledgeBaseId: "kb_x", metadataValueLimit: 50, owner: "o".repeat(60) }));
    expect(result.ok ? [] : result.problems).toEqual([
      'api-url is "http://api.example.com": expected an https URL such as https://api.totoy.ai/v1 (plain http only to a loopback address, e.g. an emulator)',
      'knowledge-base-id is "kb_x": expected kb_ followed by 25 letters or digits, like kb_feMfJbeqbAEj4u8K5HqmKpUbY',
      "metadata-value-limit is 50: expected at least 80 (room for a hashed id and a fingerprint)",
      "owner is 60 characters long: expected at most 50 (metadata-value-limit), as it is stored in custom_metadata",
    ]);
    expect(JSON.stringify(result)).not.toContain("secret-key");
  });

  it("reads knowledge-base-id and metadata-value-limit from kb-publish.yml, also from the totoy block", async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), "kbp-totoy-config-"));
    dirs.push(cwd);
    await writeFile(path.join(cwd, "kb-publish.yml"), `target: totoy\ntargets:\n  totoy:\n    knowledge-base-id: ${KB}\n    metadata-value-limit: 300\n`);
    const resolved = await resolveSettings({ raw: {}, env: { KB_PUBLISH_API_KEY: "k" }, cwd, runner: "cli" });
    expect(resolved).toMatchObject({ target: "totoy", knowledgeBaseId: KB, metadataValueLimit: 300 });
    await writeFile(path.join(cwd, "kb-publish.yml"), "metadata-value-limit: 20\n");
    await expect(resolveSettings({ raw: {}, env: {}, cwd, runner: "cli" })).rejects.toThrow(/metadata-value-limit" is 20; expected a whole number of at least 80/);
  });
});
