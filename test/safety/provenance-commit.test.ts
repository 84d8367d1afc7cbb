import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { targets } from "../../src/targets/registry.js";
import { captureLog, runSync } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";
import { docsFolder, heppuSettings, page, startEmulator as startHeppu } from "../heppu/helpers.js";
import { humindSettings, startEmulator as startHumind } from "../humind/helpers.js";
import { chatbotSettings, startEmulator as startChatbot } from "../chatbot/helpers.js";
import { totoySettings, startEmulator as startTotoy } from "../totoy/helpers.js";

const COMMIT = { sha: "0123456789abcdef0123456789abcdef01234567", time: 1_700_000_000 };

/** The provenance every record comes back with, from a fresh target (a fresh runner). */
async function storedProvenance(settings: Settings) {
  const target = targets[settings.target]!(settings, { log: captureLog(), userAgent: "kb-publish/0.0.0-test (cli; node test)" });
  const { records } = await target.snapshot();
  return Object.fromEntries(records.filter((r) => r.owned).map((r) => [r.externalId, r.provenance]));
}

describe("a record's provenance (sources, derivation key, commit) round-trips through every target", () => {
  it.each([
    ["local", async (root: string) => testSettings({ root, store: path.join(root, ".store") })],
    ["heppu", async (root: string) => heppuSettings(await startHeppu(), root)],
    ["humind", async (root: string) => humindSettings(await startHumind(), root)],
    ["chatbot", async (root: string) => chatbotSettings(await startChatbot(), root)],
    ["totoy", async (root: string) => totoySettings(await startTotoy(), root)],
  ])("%s", async (_name, settingsFor) => {
    const root = await docsFolder({ "a.md": page("A"), "b.md": page("B") });
    const settings = { ...(await settingsFor(root)), commit: COMMIT };
    expect((await runSync(settings)).result?.counts.created).toBe(2);
    const stored = await storedProvenance(settings);
    const derivation = stored.a?.derivation;
    expect(derivation).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).toEqual({
      a: { sources: { "a.md": expect.stringMatching(/^[0-9a-f]{64}$/) }, derivation, commit: COMMIT },
      b: { sources: { "b.md": expect.stringMatching(/^[0-9a-f]{64}$/) }, derivation, commit: COMMIT },
    });
    // And a re-run from the same commit sees nothing to do.
    expect((await runSync(settings)).plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });
});
