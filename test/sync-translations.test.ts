import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveSettings } from "../src/config/resolve.js";
import { silentLogger } from "../src/log.js";
import type { Operation } from "../src/plan/types.js";
import { sync } from "../src/sync.js";
import { createLocalTarget } from "../src/targets/local/index.js";
import { fixtureWorkspace, testSettings } from "./helpers/workspace.js";

const deps = { log: silentLogger, userAgent: "kb-publish/test" };
// These sites are far under the memory budget: every page is planned in memory.
const docOf = (op: Operation) => ((op.kind === "create" || op.kind === "update") && !op.spooled ? op.doc : undefined);

describe("sync with languages", () => {
  it("publishes each language under its own id with lang in the payload, and a re-run writes nothing", async () => {
    const ws = await fixtureWorkspace();
    const settings = testSettings({ root: ws.docs, store: ws.store, locales: ["en", "fr"] });
    const first = await sync(settings, deps);
    const docs = first.plan.operations.map(docOf).filter((doc) => doc !== undefined);
    const byId = new Map(docs.map((doc) => [doc.externalId, doc]));
    expect(byId.get("fr/guides/install")).toMatchObject({ lang: "fr", sourcePath: "guides/install.fr.md" });
    expect(byId.get("fr/getting-started/quickstart")).toMatchObject({ lang: "fr", sourcePath: "fr/getting-started/quickstart.md" });
    expect(byId.get("guides/install")).toMatchObject({ lang: "en", sourcePath: "guides/install.md" });
    expect(docs.every((doc) => doc.lang === "en" || doc.lang === "fr")).toBe(true);
    const warnings = first.plan.diagnostics.filter((d) => d.severity === "warning" && d.message.includes("has no fr translation"));
    expect(warnings.length).toBe(docs.filter((doc) => doc.lang === "en").length - 2);

    const stored = await createLocalTarget(settings, deps).snapshot();
    const record = stored.records.find((r) => r.externalId === "fr/guides/install");
    expect(record?.fingerprint?.parts.lang).toBeDefined();

    const second = await sync(settings, deps);
    expect(second.plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });

  it("applies a config file's overrides and frontmatter mapping", async () => {
    const ws = await fixtureWorkspace();
    const config = [
      "frontmatter:",
      "  title: [description]",
      "overrides:",
      "  - files: guides/**",
      "    tags: [from-override]",
      "    type: guide",
      "  - files: release-notes/**",
      "    exclude: true",
    ].join("\n");
    await writeFile(path.join(ws.dir, "kb-publish.yml"), config);
    const settings = await resolveSettings({ raw: { path: "docs", store: "store", command: "plan" }, env: {}, cwd: ws.dir, runner: "cli" });
    const outcome = await sync(settings, deps);
    const docs = outcome.plan.operations.map(docOf).filter((doc) => doc !== undefined);
    expect(docs.some((doc) => doc.sourcePath.startsWith("release-notes/"))).toBe(false);
    const install = docs.find((doc) => doc.sourcePath === "guides/install.md");
    expect(install?.tags).toContain("from-override");
    expect(install?.metadata.type).toBe("guide");
    expect(install?.title).toMatch(/^Install/);
    expect(install?.description).toBeUndefined();
    expect(docs.find((doc) => doc.sourcePath === "index.md")?.tags).not.toContain("from-override");
  });
});
