import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import type { Logger } from "../../src/log.js";
import { sync, type SyncDeps, type SyncOutcome } from "../../src/sync.js";
import { startHumindEmulator, type HumindEmulator, type HumindEmulatorOptions } from "../emulators/humind.js";
import { writeRequests, type LedgerEntry } from "../emulators/ledger.js";
import { tempDir, testSettings } from "../helpers/workspace.js";

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

/** Writes `files` (relative path → text; null deletes) into `dir`. */
export async function writeFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (text === null) {
      await rm(full);
      continue;
    }
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}

/** A fresh temp docs folder holding `files`. */
export async function docsFolder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir("kbp-humind-");
  await writeFiles(dir, files);
  return dir;
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

/** A logger that keeps every line, to assert on (and to prove the key never appears). */
export function captureLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    warn: (m) => void lines.push(`warn: ${m}`),
    debug: (m) => void lines.push(`debug: ${m}`),
  };
}

/** `sync()` with fast retries (real backoff would make tests slow). */
export function runSync(settings: Settings, extra: Partial<SyncDeps> = {}): Promise<SyncOutcome> {
  return sync(settings, {
    log: captureLog(),
    userAgent: "kb-publish/0.0.0-test (cli; node test)",
    http: { baseBackoffMs: 2, maxBackoffMs: 20 },
    ...extra,
  });
}

/** Write requests received since ledger position `from`. */
export function writesSince(emu: HumindEmulator, from: number): LedgerEntry[] {
  return writeRequests(emu.ledger.slice(from));
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
