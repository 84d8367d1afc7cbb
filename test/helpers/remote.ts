import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCli } from "../../src/cli/run.js";
import type { Settings } from "../../src/config/settings.js";
import type { Logger } from "../../src/log.js";
import { sync, type SyncDeps, type SyncOutcome } from "../../src/sync.js";
import { writeRequests, type LedgerEntry } from "../emulators/ledger.js";
import { tempDir } from "./workspace.js";

/** Shared by the remote-target tests (Heppu, Humind): docs folders, logs, fast syncs, ledgers. */

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
export async function docsFolder(files: Record<string, string>, prefix = "kbp-docs-"): Promise<string> {
  const dir = await tempDir(prefix);
  await writeFiles(dir, files);
  return dir;
}

/** A temp folder that looks like a repository root (it has `.git/`), holding `files`. */
export async function repoFolder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir("kbp-repo-");
  await mkdir(path.join(dir, ".git"));
  await writeFiles(dir, files);
  return dir;
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

/** `sync()` with a capturing logger and fast retries and retry rounds (real backoff would make tests slow). */
export function runSync(settings: Settings, extra: Partial<SyncDeps> = {}): Promise<SyncOutcome> {
  return sync(settings, {
    log: captureLog(),
    userAgent: "kb-publish/0.0.0-test (cli; node test)",
    http: { baseBackoffMs: 2, maxBackoffMs: 20 },
    retry: { baseDelayMs: 2, maxDelayMs: 20 },
    ...extra,
  });
}

/** Write requests an emulator received since ledger position `from`. */
export function writesSince(emu: { ledger: LedgerEntry[] }, from: number): LedgerEntry[] {
  return writeRequests(emu.ledger.slice(from));
}

/** Runs the CLI in-process, non-interactive, with `env` as its whole environment; returns its exit code and everything it printed. */
export async function runCliCaptured(argv: string[], options: { env: Record<string, string>; cwd: string }): Promise<{ code: number; output: string }> {
  let output = "";
  const write = (text: string) => void (output += text);
  const code = await runCli(argv, { stdout: write, stderr: write, env: options.env, cwd: options.cwd, interactive: false });
  return { code, output };
}

/** {@link runCliCaptured} with `KB_PUBLISH_API_KEY=key` as the whole environment. */
export function runCliCapturing(args: string[], key: string, cwd: string): Promise<{ code: number; output: string }> {
  return runCliCaptured(args, { env: { KB_PUBLISH_API_KEY: key }, cwd });
}
