import path from "node:path";
import { afterEach } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { readMarker } from "../../src/targets/totoy/index.js";
import { startTotoyEmulator, type EmulatedSource, type TotoyEmulator, type TotoyEmulatorOptions } from "../emulators/totoy.js";
import { docsFolder as tempDocs } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";

export { captureLog, runSync, writeFiles, writesSince } from "../helpers/remote.js";

/** A key that looks real and is easy to search for in any output. */
export const SECRET_KEY = "totoy_live_Qm4vT8xZ2nR6kW9pJ3bY";

const running: TotoyEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
});

/** A Totoy emulator accepting SECRET_KEY, closed after the test. */
export async function startEmulator(options: TotoyEmulatorOptions = {}): Promise<TotoyEmulator> {
  const emu = await startTotoyEmulator({ apiKeys: [SECRET_KEY], ...options });
  running.push(emu);
  return emu;
}

export function docsFolder(files: Record<string, string>): Promise<string> {
  return tempDocs(files, "kbp-totoy-");
}

/** A Markdown page with YAML frontmatter. */
export function page(title: string, body = `Body of ${title}.`, front: Record<string, unknown> = {}): string {
  const lines = Object.entries({ title, ...front }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

/** `count` small pages named `p000.md`, `p001.md`, … */
export function manyPages(count: number, prefix = "p"): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`${prefix}${String(i).padStart(3, "0")}.md`] = page(`Page ${prefix}${String(i).padStart(3, "0")}`);
  return files;
}

/** Settings for a Totoy sync of `root` against `emu`, with a rate limit that does not slow tests. */
export function totoySettings(emu: TotoyEmulator, root: string, overrides: Partial<Settings> = {}): Settings {
  return testSettings({
    root,
    store: path.join(root, ".unused-store"),
    target: "totoy",
    apiUrl: emu.url,
    apiKey: SECRET_KEY,
    knowledgeBaseId: emu.knowledgeBaseId,
    rateLimit: 60_000,
    ...overrides,
  });
}

/** kb-publish's Sources (this owner, this knowledge base) by page id; several per id would be duplicates. */
export function ownedByPage(emu: TotoyEmulator, owner = "kb-publish"): Map<string, EmulatedSource[]> {
  const byPage = new Map<string, EmulatedSource[]>();
  for (const source of emu.sources()) {
    const marker = readMarker(source.custom_metadata);
    if (marker?.owner !== owner || marker.knowledgeBaseId !== emu.knowledgeBaseId) continue;
    byPage.set(marker.storedId, [...(byPage.get(marker.storedId) ?? []), source]);
  }
  return byPage;
}

/** Ids of pages whose Source is linked to the knowledge base. */
export function linkedPages(emu: TotoyEmulator): string[] {
  return [...ownedByPage(emu)]
    .filter(([, sources]) => sources.some((s) => s.knowledge_base_ids.includes(emu.knowledgeBaseId)))
    .map(([id]) => id)
    .sort();
}

/** Method and path (ids shortened) of each request since `from`, for asserting exact request sequences. */
export function requests(emu: TotoyEmulator, from = 0): string[] {
  return emu.ledger.slice(from).map((e) => `${e.method} ${e.path.replace(/(src|kb|pj)_[A-Za-z0-9]{25}/g, "$1_…")}`);
}
