import path from "node:path";
import { afterEach } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { startHeppuEmulator, type EmulatedSource, type HeppuEmulator, type HeppuEmulatorOptions } from "../emulators/heppu.js";
import type { LedgerEntry } from "../emulators/ledger.js";
import { docsFolder as tempDocs } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";

export { captureLog, runSync, writeFiles, writesSince } from "../helpers/remote.js";

/** A key that looks real and is easy to search for in any output. */
export const SECRET_KEY = "hk_live_Zq8vR2xT5nW9kP3mJ7bY";

const running: HeppuEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
});

/** A Heppu emulator accepting SECRET_KEY, closed after the test. */
export async function startEmulator(options: HeppuEmulatorOptions = {}): Promise<HeppuEmulator> {
  const emu = await startHeppuEmulator({ apiKeys: [SECRET_KEY], ...options });
  running.push(emu);
  return emu;
}

/** A fresh temp docs folder holding `files`. */
export function docsFolder(files: Record<string, string>): Promise<string> {
  return tempDocs(files, "kbp-heppu-");
}

/** A Markdown page with YAML frontmatter. */
export function page(title: string, body = `Body of ${title}.`, front: Record<string, unknown> = {}): string {
  const lines = Object.entries({ title, ...front }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n# ${title}\n\n${body}\n`;
}

/** `count` small pages named `p000.md`, `p001.md`, … */
export function manyPages(count: number, prefix = "p"): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = `${prefix}${String(i).padStart(3, "0")}`;
    files[`${name}.md`] = page(`Page ${name}`);
  }
  return files;
}

/** Settings for a Heppu sync of `root` against `emu`, with a rate limit that does not slow tests. */
export function heppuSettings(emu: HeppuEmulator, root: string, overrides: Partial<Settings> = {}): Settings {
  return testSettings({
    root,
    store: path.join(root, ".unused-store"),
    target: "heppu",
    apiUrl: emu.url,
    apiKey: SECRET_KEY,
    collectionId: emu.collectionId,
    rateLimit: 60_000,
    ...overrides,
  });
}

/** The `sources` of each batch POST, and the `externalIds` of each DELETE, since `from`. */
export function batchSizes(emu: HeppuEmulator, from = 0): { upserts: number[]; deletes: number[] } {
  const entries = emu.ledger.slice(from).filter((e) => e.status !== null && e.status < 500);
  const sizeOf = (e: LedgerEntry, key: string) => ((e.body as Record<string, unknown[]>)[key] ?? []).length;
  return {
    upserts: entries.filter((e) => e.method === "POST" && e.path.endsWith("/kb/sources/batch")).map((e) => sizeOf(e, "sources")),
    deletes: entries.filter((e) => e.method === "DELETE").map((e) => sizeOf(e, "externalIds")),
  };
}

/** What a sync could change about a source; the processing status moves on by itself. */
export function stable(sources: EmulatedSource[]) {
  return sources.map(({ id, externalId, title, content, metadata, createdAt, contentHash }) => ({
    id, externalId, title, content, metadata, createdAt, contentHash,
  }));
}
