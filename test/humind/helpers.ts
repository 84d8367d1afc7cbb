import path from "node:path";
import { afterEach } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { startHumindEmulator, type HumindEmulator, type HumindEmulatorOptions } from "../emulators/humind.js";
import { docsFolder as tempDocs } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";

export { captureLog, runSync, writeFiles, writesSince } from "../helpers/remote.js";

/** A well-formed test key that is easy to search for in any output. */
export const SECRET_KEY = "hmd_test_Zq8vR2xT5nW9kP3mJ7bYa1_4f7c2e9a";

const running: HumindEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
});

/** A Humind emulator accepting SECRET_KEY (read + write), closed after the test. */
export async function startEmulator(options: HumindEmulatorOptions = {}): Promise<HumindEmulator> {
  const emu = await startHumindEmulator({ keys: [{ key: SECRET_KEY, scopes: ["knowledge:read", "knowledge:write"] }], ...options });
  running.push(emu);
  return emu;
}

/** A fresh temp docs folder holding `files`. */
export function docsFolder(files: Record<string, string>): Promise<string> {
  return tempDocs(files, "kbp-humind-");
}

/** A Markdown page with YAML frontmatter. */
export function page(title: string, body = `Body of ${title}.`, front: Record<string, unknown> = {}): string {
  const lines = Object.entries({ title, ...front }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

/** Settings for a Humind sync of `root` against `emu`. */
export function humindSettings(emu: HumindEmulator, root: string, overrides: Partial<Settings> = {}): Settings {
  return testSettings({
    root,
    store: path.join(root, ".unused-store"),
    target: "humind",
    apiUrl: emu.url,
    apiKey: SECRET_KEY,
    ...overrides,
  });
}

/** `METHOD path` of each request since `from`, for asserting the exact request sequence. */
export function requestsSince(emu: HumindEmulator, from: number): string[] {
  return emu.ledger.slice(from).map((e) => `${e.method} ${e.path}`);
}

/** The stored entry with this external id. */
export function entryOf(emu: HumindEmulator, externalId: string) {
  return emu.entries().find((e) => e.external_id === externalId);
}

/** kb-publish's own state entry for the default owner. */
export const STATE_ID = "kb-publish-state--kb-publish";
