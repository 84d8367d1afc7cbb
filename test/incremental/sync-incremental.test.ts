import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.js";
import type { Settings } from "../../src/config/settings.js";
import { planRun as planRunWith, sync } from "../../src/sync.js";
import { repoFolder } from "../helpers/remote.js";
import { fixtureWorkspace, testSettings, treeState } from "../helpers/workspace.js";

const deps = { log: silentLogger, userAgent: "kb-publish/test" };

async function published() {
  const ws = await fixtureWorkspace();
  const settings = testSettings({ root: ws.docs, store: ws.store, locales: ["en", "fr"] });
  const first = await sync(settings, deps);
  expect(first.result?.counts.failed).toBe(0);
  return { ws, settings, created: first.plan.summary.create };
}

/** A dry run (it takes no lock), its target closed. */
async function planRun(settings: Settings, runDeps: typeof deps) {
  const run = await planRunWith({ ...settings, command: "plan" }, runDeps);
  await run.target.close?.();
  return run;
}

describe("an incremental run", () => {
  it("parses nothing when nothing changed, and only the edited page's unit after an edit", async () => {
    const { settings, created } = await published();
    const noop = await planRun(settings, deps);
    // Only the two excluded pages (a draft, an unpublished page) are derived: no record claims them.
    expect(noop.counts).toMatchObject({ kept: created, derived: 2 });
    expect(noop.plan.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: created });

    const file = path.join(settings.root, "guides/retries.md");
    await writeFile(file, `${await readFile(file, "utf8")}\nOne more paragraph.\n`);
    const edited = await planRun(settings, deps);
    expect(edited.counts).toMatchObject({ kept: created - 1, derived: 3 });
    expect(edited.plan.summary).toMatchObject({ update: 1, unchanged: created - 1 });
  });

  it("re-derives a whole translation group when a translation is added, and the other groups not at all", async () => {
    const { settings, created } = await published();
    const original = await readFile(path.join(settings.root, "guides/retries.md"), "utf8");
    await writeFile(path.join(settings.root, "guides/retries.fr.md"), original.replace("Retries", "Nouvelles tentatives"));
    const run = await planRun(settings, deps);
    expect(run.plan.summary).toMatchObject({ create: 1, update: 0, unchanged: created });
    // The new page, its English original, and the two excluded pages.
    expect(run.counts.derived).toBe(4);
  });

  it("records the provenance of records written before it existed in the index, without rewriting them", async () => {
    const { ws, settings, created } = await published();
    const indexFile = path.join(ws.store, "index.json");
    const index = JSON.parse(await readFile(indexFile, "utf8"));
    for (const entry of Object.values(index.records) as { provenance?: unknown }[]) delete entry.provenance;
    await writeFile(indexFile, JSON.stringify(index));
    const recordsDir = path.join(ws.store, "records");
    const before = await treeState(recordsDir);

    const upgrade = await sync(settings, deps);
    expect(upgrade.plan.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: created });
    expect(upgrade.plan.operations.filter((op) => op.kind === "unchanged" && op.provenance).length).toBe(created);
    expect(await treeState(recordsDir)).toEqual(before);
    expect(await readdir(recordsDir)).toHaveLength(created);

    const next = await planRun(settings, deps);
    expect(next.counts.kept).toBe(created);
  });

  it("derives every page when the languages come only from frontmatter (the README's one non-incremental case)", async () => {
    const ws = await fixtureWorkspace();
    const settings = testSettings({ root: ws.docs, store: ws.store });
    const first = await sync(settings, deps);
    expect(first.plan.operations.some((op) => op.kind === "create" && op.provenance?.groups?.length)).toBe(true);
    const noop = await planRun(settings, deps);
    expect(noop.plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
    expect(noop.counts).toMatchObject({ kept: 0, derived: noop.counts.files });
  });

  it("with --full derives every page and plans the same", async () => {
    const { settings, created } = await published();
    const full = await planRun({ ...settings, full: true }, deps);
    expect(full.counts).toMatchObject({ kept: 0, derived: created + 2 });
    expect(full.plan.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: created });
  });
});

describe("an incremental run on a site with includes and versions", () => {
  it("derives a page again when a file it includes changes, and only that page", async () => {
    const root = await repoFolder({
      "hugo.toml": "title = 'x'\n",
      "content/_common/_index.md": "---\ncascade:\n  build:\n    render: never\n---\n",
      "content/_common/opts.md": "Shared **options**.\n",
      "content/guide.md": '---\ntitle: Guide\n---\nIntro.\n\n{{% include "/_common/opts.md" %}}\n',
      "content/other.md": "---\ntitle: Other\n---\nNo includes here.\n",
    });
    const settings = testSettings({ root: path.join(root, "content"), store: path.join(root, ".store") });
    expect((await sync(settings, deps)).plan.summary.create).toBe(2);
    expect((await planRun(settings, deps)).counts).toMatchObject({ kept: 2, derived: 0 });

    await writeFile(path.join(root, "content/_common/opts.md"), "Shared **options**, now three.\n");
    const edited = await planRun(settings, deps);
    expect(edited.counts).toMatchObject({ kept: 1, derived: 1 });
    expect(edited.plan.operations.filter((op) => op.kind === "update").map((op) => op.kind === "update" && !op.spooled && op.doc.content)).toEqual(["Intro.\n\nShared **options**, now three.\n"]);
  });

  it("keeps the published Docusaurus version's pages, and derives all again when versions.json moves on", async () => {
    const root = await repoFolder({
      "docusaurus.config.js": "module.exports = { title: 'x' };",
      "versions.json": '["2.x"]',
      "docs/a.md": "# A next\n\nText.\n",
      "versioned_docs/version-2.x/a.md": "# A 2\n\nText.\n",
      "versioned_docs/version-2.x/b.md": "# B 2\n\nText.\n",
    });
    const settings = testSettings({ root, store: path.join(root, ".store"), include: ["docs/**/*.md", "versioned_docs/**/*.md"] });
    const first = await sync(settings, deps);
    expect(first.plan.operations.map((op) => op.kind !== "delete" && [op.doc.externalId, op.doc.sourcePath])).toEqual([
      ["docs/a", "versioned_docs/version-2.x/a.md"],
      ["docs/b", "versioned_docs/version-2.x/b.md"],
    ]);
    expect((await planRun(settings, deps)).counts).toMatchObject({ kept: 2, derived: 0 });

    await writeFile(path.join(root, "versions.json"), '["3.x", "2.x"]');
    await mkdir(path.join(root, "versioned_docs/version-3.x"));
    await writeFile(path.join(root, "versioned_docs/version-3.x/a.md"), "# A 3\n\nText.\n");
    const moved = await planRun(settings, deps);
    expect(moved.counts.kept).toBe(0);
    expect(moved.plan.summary).toMatchObject({ update: 1, delete: 1 });
  });
});
