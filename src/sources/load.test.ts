import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocuments } from "./load.js";
import type { LoadOptions } from "./load.js";

const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const defaults = { include: ["**/*.{md,mdx,markdown}"], exclude: [], idPrefix: "", idKey: "id", maxFileBytes: 5 * 1024 * 1024 };
const load = (root: string, extra: Partial<LoadOptions> = {}) => loadDocuments({ ...defaults, root, ...extra });

describe("loadDocuments over fixtures/docs-site", () => {
  it("loads every published page, sorted by id, with no errors", async () => {
    const result = await load(join(fixtures, "docs-site"));
    const ids = result.documents.map((d) => d.externalId);
    expect(ids).toHaveLength(17);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain("api-jobs");
    expect(ids).not.toContain("reference/api/jobs");
    expect(result.diagnostics).toEqual([]);
    expect(result.excluded).toEqual([
      { file: "guides/legacy-dashboard.md", reason: "published: false in frontmatter" },
      { file: "guides/webhooks.md", reason: "draft: true in frontmatter" },
    ]);
  });

  it("derives titles, languages, translations keys and TOML fields", async () => {
    const { documents } = await load(join(fixtures, "docs-site"));
    const byPath = new Map(documents.map((d) => [d.sourcePath, d]));
    const doc = (path: string) => byPath.get(path) ?? expect.unreachable(`no document for ${path}`);
    expect(doc("getting-started/concepts.md").title).toBe("Core concepts");
    expect(doc("guides/retries.md").title).toBe("Retries and backoff");
    expect(doc("guides/install.fr.md")).toMatchObject({ externalId: "guides/install.fr", lang: "fr", metadata: { translationKey: "install" } });
    expect(doc("guides/install.md")).toMatchObject({ lang: "en", metadata: { translationKey: "install" } });
    expect(doc("fr/getting-started/quickstart.md").lang).toBe("fr");
    expect(doc("guides/configuration.md")).toMatchObject({
      title: "Configuration",
      tags: ["configuration", "guides"],
      metadata: { updated: "2024-03-18", weight: 20 },
    });
    expect(doc("getting-started/quickstart.md").tags).toEqual(["getting-started", "tutorial"]);
    expect(doc("guides/scheduling.mdx").title).toBe("Scheduling recurring jobs");
    expect(doc("release-notes/2-0.md").metadata).toMatchObject({ released: "2024-02-01" });
  });

  it("derives the same on worker threads as on the main thread", async () => {
    const inline = await load(join(fixtures, "docs-site"), { workers: 0 });
    expect(await load(join(fixtures, "docs-site"), { workers: 2 })).toEqual(inline);
  });

  it("keeps the files' order when one worker has several batches in flight", async () => {
    const root = mkdtempSync(join(tmpdir(), "kb-load-lanes-"));
    try {
      // Pages of very different sizes, so batches finish out of the order they were sent in.
      for (let i = 0; i < 120; i++) writeFileSync(join(root, `page-${i}.md`), `# Page ${i}\n\n${"Text of the page. ".repeat(i % 7 === 0 ? 4000 : 5)}\n`);
      const inline = await load(root, { workers: 0 });
      expect(inline.documents).toHaveLength(120);
      expect(await load(root, { workers: 1 })).toEqual(inline);
      expect(await load(root, { workers: 2 })).toEqual(inline);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

});

describe("loadDocuments over fixtures/bad", () => {
  it("turns each bad file into an error naming it, and still loads the valid page", async () => {
    const result = await load(join(fixtures, "bad"));
    expect(result.documents.map((d) => d.externalId)).toEqual(["valid"]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.file, d.line])).toEqual([
      ["broken-yaml.md", expect.any(Number)],
      ["duplicate-key.md", 4],
      ["js-frontmatter.md", 1],
      ["latin1.md", 2],
    ]);
    expect(errors.map((d) => d.message)).toEqual([
      expect.stringContaining("invalid YAML frontmatter"),
      expect.stringContaining('duplicate key "title"'),
      expect.stringContaining("never executes code"),
      expect.stringContaining("not valid UTF-8"),
    ]);
    expect((globalThis as Record<string, unknown>).__kbPwned).toBeUndefined();
  });

  it("reports an oversized file as an error diagnostic", async () => {
    const limit = 200;
    const bad = join(fixtures, "bad");
    const oversized = readdirSync(bad).filter((name) => statSync(join(bad, name)).size > limit);
    expect(oversized.length).toBeGreaterThan(0);
    const result = await load(bad, { maxFileBytes: limit });
    const tooLarge = result.diagnostics.filter((d) => d.message.includes("too large"));
    expect(tooLarge.map((d) => d.file).sort()).toEqual(oversized.sort());
  });
});

describe("loadDocuments with symlinks", () => {
  let base: string | undefined;
  afterEach(() => base && rmSync(base, { recursive: true, force: true }));

  it("reports a symlink out of the root as an error and never reads it", async () => {
    base = mkdtempSync(join(tmpdir(), "kb-load-"));
    const root = join(base, "repo");
    mkdirSync(root);
    writeFileSync(join(base, "outside.md"), "---\ntitle: Outside secret\n---\nsecret body");
    writeFileSync(join(root, "page.md"), "# Page\n");
    symlinkSync(join(base, "outside.md"), join(root, "leak.md"));
    const result = await load(root, { idPrefix: "kb/" });
    expect(result.documents.map((d) => d.externalId)).toEqual(["kb/page"]);
    expect(result.diagnostics).toEqual([
      { severity: "error", file: "leak.md", message: expect.stringContaining("symlink points outside the repository") },
    ]);
    expect(JSON.stringify(result)).not.toContain("secret body");
  });
});
