import path from "node:path";
import { afterEach } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { virtualClock } from "../../src/http/test-server.js";
import { ALL_SCOPES, startChatbotEmulator, type ChatbotEmulator, type ChatbotEmulatorOptions, type Scope } from "../emulators/chatbot.js";
import { docsFolder as tempDocs, runSync } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";

export { captureLog, runSync, writeFiles, writesSince } from "../helpers/remote.js";

/** A well-formed key that is easy to search for in any output. */
export const SECRET_KEY = "sk_live_0123456789abcdef_5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e7";

/** The scopes a sync needs (C-EX), plus sources:read for the grace window. */
export const SYNC_SCOPES: Scope[] = ["sources:read", "items:read", "items:write", "runs:execute", "runs:apply", "runs:read"];

const running: ChatbotEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emu) => emu.close()));
});

/** A Chatbot emulator accepting SECRET_KEY with every scope (unless `keys` says otherwise), closed after the test. */
export async function startEmulator(options: ChatbotEmulatorOptions = {}): Promise<ChatbotEmulator> {
  const emu = await startChatbotEmulator({ keys: [{ key: SECRET_KEY, scopes: ALL_SCOPES }], ...options });
  running.push(emu);
  return emu;
}

/** A fresh temp docs folder holding `files`. */
export function docsFolder(files: Record<string, string>): Promise<string> {
  return tempDocs(files, "kbp-chatbot-");
}

/** A Markdown page with YAML frontmatter. */
export function page(title: string, body = `Body of ${title}.`, front: Record<string, unknown> = {}): string {
  const lines = Object.entries({ title, ...front }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

/** `count` small pages named `p000.md`, `p001.md`, … */
export function manyPages(count: number, prefix = "p"): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`${prefix}${String(i).padStart(3, "0")}.md`] = page(`Page ${prefix}${i}`);
  return files;
}

/** Settings for a Chatbot sync of `root` against `emu`, with a client rate limit that does not slow tests. */
export function chatbotSettings(emu: ChatbotEmulator, root: string, overrides: Partial<Settings> = {}): Settings {
  return testSettings({
    root,
    store: path.join(root, ".unused-store"),
    target: "chatbot",
    apiUrl: emu.url,
    apiKey: SECRET_KEY,
    sourceId: emu.sourceId,
    rateLimit: 60_000,
    ...overrides,
  });
}

/** `METHOD path` (without the `/api/v1/sources/<id>` prefix) of each request since `from`. */
export function requestsSince(emu: ChatbotEmulator, from: number): string[] {
  const prefix = `/api/v1/sources/${emu.sourceId}`;
  return emu.ledger.slice(from).map((e) => `${e.method} ${e.path.startsWith(prefix) ? e.path.slice(prefix.length) || "/" : e.path}`);
}

/** The live pages of the active generation, by id. */
export function livePages(emu: ChatbotEmulator): string[] {
  return [...(emu.generation()?.pages ?? new Map())].filter(([, p]) => p.state === "live").map(([id]) => id).sort();
}

/** An emulator and a sync that share one virtual clock: Retry-After 60 and rate limits cost no real time. */
export async function virtualSetup(options: ChatbotEmulatorOptions = {}) {
  const clock = virtualClock();
  const emu = await startEmulator({ now: clock.now, ...options });
  const sync = (settings: Settings, extra: Parameters<typeof runSync>[1] = {}) => runSync(settings, { now: clock.now, sleep: clock.sleep, ...extra });
  return { clock, emu, sync };
}
