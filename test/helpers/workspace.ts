import { cp, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import type { Settings } from "../../src/config/settings.js";
import { settingsWithDefaults } from "../../src/config/defaults.js";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temp directory, removed after the test. */
export async function tempDir(prefix = "kbp-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Copies `fixtures/<name>` into a temp workspace: `{ dir, docs, store }`. */
export async function fixtureWorkspace(name = "docs-site") {
  const dir = await tempDir();
  const docs = path.join(dir, "docs");
  await cp(path.join(FIXTURES, name), docs, { recursive: true });
  return { dir, docs, store: path.join(dir, "store") };
}

/** Settings as the CLI would resolve them with no flags, pointed at `root` and `store`. */
export function testSettings(overrides: Partial<Settings> & Pick<Settings, "root" | "store">): Settings {
  return settingsWithDefaults(overrides);
}

/** Every file under `dir` with its size and mtime, to prove a run wrote nothing. */
export async function treeState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const info = await stat(file);
    state[path.relative(dir, file)] = `${info.size}:${info.mtimeMs}:${(await readFile(file)).toString("base64").length}`;
  }
  return state;
}
