import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editPages, generateDocsSite } from "../../bench/generate.js";
import { silentLogger } from "../../src/log.js";
import { sync } from "../../src/sync.js";
import { createLocalTarget } from "../../src/targets/local/index.js";
import { mulberry32 } from "../emulators/prng.js";
import { ROOT } from "../helpers/run-bundle.js";
import { tempDir, testSettings } from "../helpers/workspace.js";

const deps = { log: silentLogger, userAgent: "kb-publish/test" };
const PAGES = 150;

/** Record files written since `since` (ms): the files a running sync has (re)written so far. */
function writtenSince(store: string, since: number): number {
  const dir = path.join(store, "records");
  try {
    return readdirSync(dir).filter((name) => name.endsWith(".json") && !name.startsWith(".") && statSync(path.join(dir, name)).mtimeMs >= since).length;
  } catch {
    return 0;
  }
}

/**
 * Runs `kb-publish sync` in a child process and kills it (SIGKILL) once it has written `cut`
 * record files. Returns whether it was killed before it finished.
 */
function syncKilledAt(docs: string, store: string, cut: number): Promise<boolean> {
  const since = Date.now() - 1;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "sync", docs, "--store", store], {
    cwd: ROOT,
    stdio: "ignore",
  });
  return new Promise((resolve, reject) => {
    let killed = false;
    const poll = setInterval(() => {
      if (!killed && writtenSince(store, since) >= cut) killed = child.kill("SIGKILL");
    }, 1);
    child.once("error", reject);
    child.once("exit", () => {
      clearInterval(poll);
      resolve(killed);
    });
  });
}

/** Every record's id, state and fingerprint: what two stores must agree on. */
async function contents(settings: ReturnType<typeof testSettings>) {
  const { records } = await createLocalTarget(settings, deps).snapshot();
  return Object.fromEntries(records.map((r) => [r.externalId, `${r.state} ${r.fingerprint?.hash}`]));
}

describe("the local store after kill -9", () => {
  it("converges on the next run wherever a first sync and a re-sync were killed", { timeout: 240_000 }, async () => {
    const dir = await tempDir("kbp-crash-");
    const docs = path.join(dir, "docs");
    const site = await generateDocsSite({ dir: docs, count: PAGES, minBytes: 200, maxBytes: 3000 });
    const files = site.pages.map((page) => page.file);
    const random = mulberry32(5);
    for (let trial = 0; trial < 3; trial++) {
      const store = path.join(dir, `store-${trial}`);
      const settings = testSettings({ root: docs, store });
      // A first sync, killed after a random share of its record files.
      expect(await syncKilledAt(docs, store, 1 + Math.floor(random() * (PAGES - 1)))).toBe(true);
      await converges(settings);
      // A re-sync replacing a fifth of the records, killed part way through.
      const edited = await editPages(docs, files, 0.2, 100 + trial);
      await syncKilledAt(docs, store, 1 + Math.floor(random() * (edited.length - 1)));
      await converges(settings);
      const reference = path.join(dir, `reference-${trial}`);
      await sync(testSettings({ root: docs, store: reference }), deps);
      expect(await contents(settings)).toEqual(await contents(testSettings({ root: docs, store: reference })));
    }
  });
});

/** The next run repairs what the killed one left and writes the rest; the run after it has nothing to do. */
async function converges(settings: ReturnType<typeof testSettings>): Promise<void> {
  const recovery = await sync(settings, deps);
  expect(recovery.result?.counts.failed).toBe(0);
  const after = await sync(settings, deps);
  expect(after.plan.summary).toMatchObject({ create: 0, update: 0, delete: 0, unchanged: PAGES });
}
