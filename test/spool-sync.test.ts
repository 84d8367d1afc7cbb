import { appendFile, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../src/log.js";
import type { Plan } from "../src/plan/types.js";
import { planToJson, resultToJson } from "../src/report/json.js";
import { renderPlanText } from "../src/report/text.js";
import { sync, type SyncDeps } from "../src/sync.js";
import type { Settings } from "../src/config/settings.js";
import { openFilesUnder, SEES_OPEN_FILES } from "./helpers/open-files.js";
import { docsFolder } from "./helpers/remote.js";
import { fixtureWorkspace, tempDir, testSettings } from "./helpers/workspace.js";

/** A page a few KB long, so a budget of a few pages is crossed early in the run. */
function pageText(index: number): string {
  const body = Array.from({ length: 20 }, (_, line) => `Line ${line} of page ${index}: text with é and 😀 so bytes are not characters.`).join("\n\n");
  return `---\ntitle: Page ${index}\ntags: [t${index % 3}]\n---\n\n# Page ${index}\n\n${body}\n`;
}

async function site(): Promise<{ root: string; store: string }> {
  const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`${i % 2 ? "guides" : "reference"}/page-${String(i).padStart(2, "0")}.md`, pageText(i)]));
  return { root: await docsFolder(files), store: path.join(await tempDir(), "store") };
}

/** One sync with `budget` bytes of page text in memory; what it planned, did and wrote, and where its spool was. */
async function syncWithBudget(settings: Settings, budget: number | undefined, extra: Partial<SyncDeps> = {}) {
  const dir = await tempDir("kbp-spool-");
  const deps: SyncDeps = { log: silentLogger, userAgent: "kb-publish/test", now: () => Date.parse("2026-01-02T03:04:05Z"), spool: { dir, budget }, ...extra };
  const outcome = await sync(settings, deps);
  return { ...outcome, dir, records: await recordFiles(settings.store) };
}

async function recordFiles(store: string): Promise<Record<string, string>> {
  const dir = path.join(store, "records");
  const names = (await readdir(dir).catch(() => [])).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")] as const)));
}

function spooledCount(plan: Plan): number {
  return plan.operations.filter((op) => (op.kind === "create" || op.kind === "update") && op.spooled).length;
}

async function expectNoSpoolLeft(dir: string): Promise<void> {
  expect(await readdir(dir)).toEqual([]);
  expect(openFilesUnder(dir)).toEqual([]);
}

describe("a run past its memory budget", () => {
  it("plans, reports and writes exactly what a run in memory does, and leaves no spool behind", async () => {
    const inMemory = await site();
    const overrides = [{ files: ["guides/**"], tags: ["from-override"], metadata: { team: "docs" } }];
    const memoryRun = await syncWithBudget(testSettings({ ...inMemory, overrides }), undefined);
    const spooledSite = await site();
    const spoolRun = await syncWithBudget(testSettings({ ...spooledSite, overrides }), 8_000);

    expect(spooledCount(memoryRun.plan)).toBe(0);
    // The first pages fit the budget; every later one is spooled.
    expect(spooledCount(spoolRun.plan)).toBeGreaterThanOrEqual(20);
    expect(spooledCount(spoolRun.plan)).toBeLessThan(30);
    expect(planToJson(spoolRun.plan)).toEqual(planToJson(memoryRun.plan));
    expect(renderPlanText(spoolRun.plan, { all: true })).toBe(renderPlanText(memoryRun.plan, { all: true }));
    expect(resultToJson(spoolRun.result!)).toEqual(resultToJson(memoryRun.result!));
    expect(spoolRun.result!.counts.created).toBe(30);
    expect(Object.keys(spoolRun.records)).toHaveLength(30);
    expect(spoolRun.records).toEqual(memoryRun.records);
    expect(Object.values(spoolRun.records).some((record) => record.includes("from-override") && record.includes("😀"))).toBe(true);
    await expectNoSpoolLeft(spoolRun.dir);
  });

  it("edits pages past the budget as updates, the same as in memory", async () => {
    const settings = testSettings(await site());
    await syncWithBudget(settings, undefined);
    for (const name of ["guides/page-01.md", "reference/page-28.md"]) {
      await appendFile(path.join(settings.root, name), "\nAn edit.\n");
    }
    const edited = await syncWithBudget({ ...settings, full: true }, 1);
    expect(edited.plan.summary).toMatchObject({ create: 0, update: 2, unchanged: 28 });
    expect(spooledCount(edited.plan)).toBe(2);
    expect(Object.values(edited.records).filter((record) => record.includes("An edit."))).toHaveLength(2);
    await expectNoSpoolLeft(edited.dir);
  });

  it("gets the text back for a site whose languages come from frontmatter, and plans it as in memory", async () => {
    const a = await fixtureWorkspace();
    const b = await fixtureWorkspace();
    const memoryRun = await syncWithBudget(testSettings({ root: a.docs, store: a.store }), undefined);
    const spoolRun = await syncWithBudget(testSettings({ root: b.docs, store: b.store }), 1);
    expect(spoolRun.plan.summary.create).toBeGreaterThanOrEqual(15);
    // Inferred languages reshape documents: their text came back from the spool, and they are planned in memory.
    expect(spooledCount(spoolRun.plan)).toBe(0);
    expect(planToJson(spoolRun.plan)).toEqual(planToJson(memoryRun.plan));
    expect(spoolRun.records).toEqual(memoryRun.records);
    await expectNoSpoolLeft(spoolRun.dir);
  });

  it.each(["planning", "writing"] as const)("removes the spool when the run fails while %s", async (phase) => {
    const dir = await tempDir("kbp-spool-");
    let spooled = false;
    const onPhase = (name: string) => {
      if (name === phase) {
        spooled = SEES_OPEN_FILES ? openFilesUnder(dir).length === 1 : true;
        throw new Error(`stopped while ${phase}`);
      }
    };
    const deps: SyncDeps = { log: silentLogger, userAgent: "kb-publish/test", spool: { dir, budget: 1 }, onPhase };
    await expect(sync(testSettings(await site()), deps)).rejects.toThrow(`stopped while ${phase}`);
    expect(spooled).toBe(true);
    await expectNoSpoolLeft(dir);
  });
});
