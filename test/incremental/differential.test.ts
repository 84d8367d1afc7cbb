import { cp } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply.js";
import type { Settings } from "../../src/config/settings.js";
import { silentLogger } from "../../src/log.js";
import { isBlocked, type Operation, type Plan } from "../../src/plan/types.js";
import { planWith } from "../../src/sync.js";
import { createLocalTarget } from "../../src/targets/local/index.js";
import type { Target } from "../../src/targets/target.js";
import { mulberry32, pick } from "../emulators/prng.js";
import { memoryTarget } from "../helpers/memory-target.js";
import { FIXTURES, tempDir, testSettings } from "../helpers/workspace.js";
import { HTML_MUTATIONS, MUTATIONS, mutate, seedCorpus, type Corpus } from "./corpus.js";

/**
 * The incremental planner must never change a plan, only its cost. Each round mutates the docs
 * (or the config, or the tool version), plans twice — incrementally and with `full` — and
 * requires the two plans to be identical operation for operation, hash for hash, provenance for
 * provenance; then applies the plan so the next round starts from what a real run would leave.
 */
interface Scenario {
  name: string;
  /** A target for one plan (the local store is re-opened per plan; the memory target is shared). */
  target: (settings: Settings) => Target;
  settings: Partial<Settings>;
}

const shared = memoryTarget({ native: true });
const SCENARIOS: Scenario[] = [
  { name: "local store, no languages", target: (s) => createLocalTarget(s, context), settings: {} },
  { name: "local store, three languages", target: (s) => createLocalTarget(s, context), settings: { locales: ["en", "fr", "de"] } },
  { name: "native translations, three languages", target: () => shared, settings: { locales: ["en", "fr", "de"] } },
];
const context = { log: silentLogger, userAgent: "kb-publish/0.0.0-test" };

/** What a plan decides, without commit stamps (a run's own) and warnings (see README: incremental runs). */
function decisions(plan: Plan) {
  const op = (o: Operation) => {
    if (o.kind === "delete") return { kind: o.kind, id: o.remote.externalId, reasons: o.reasons };
    const { commit: _commit, ...provenance } = o.provenance ?? { commit: undefined };
    const base = { kind: o.kind, id: o.doc.externalId, title: o.doc.title, sourcePath: o.doc.sourcePath, hash: o.fingerprint.hash, provenance };
    return o.kind === "unchanged" ? base : { ...base, parts: o.fingerprint.parts, reasons: o.reasons };
  };
  const { errors, rejected, guards, deletesWithheld, summary } = plan;
  return { operations: plan.operations.map(op), summary, errors, rejected, guards, deletesWithheld, failures: plan.diagnostics.filter((d) => d.severity === "error") };
}

async function round(settings: Settings, scenario: Scenario, toolVersion: string) {
  const deps = { log: silentLogger, toolVersion };
  const fast = await planWith(settings, scenario.target(settings), deps);
  const full = await planWith({ ...settings, full: true }, scenario.target(settings), deps);
  expect(decisions(fast.plan)).toEqual(decisions(full.plan));
  expect(full.counts.kept).toBe(0);
  if (!isBlocked(fast.plan)) await applyPlan(fast.plan, fast.target, { deletions: settings.deletions });
  return fast.counts;
}

/** Occasional changes that are not to a page: settings and the tool version. */
function configChange(settings: Settings, random: () => number): Partial<Settings> {
  return pick(random, [
    { baseUrl: settings.baseUrl ? undefined : "https://docs.example.org" },
    { overrides: settings.overrides ? undefined : [{ files: ["guides/**"], tags: ["guide"] }] },
    { idPrefix: settings.idPrefix ? "" : "kb:" },
    { exclude: settings.exclude.length > 0 ? [] : ["reference/**"] },
  ]);
}

describe.each(SCENARIOS)("incremental and full plans are identical: $name", (scenario) => {
  it("over 30 rounds of random edits, renames, deletions, frontmatter, translation, config and tool-version changes", async () => {
    shared.stored.clear();
    const dir = await tempDir("kbp-diff-");
    const corpus: Corpus = { root: path.join(dir, "docs"), random: mulberry32(11), made: 0 };
    await seedCorpus(corpus, 40);
    let settings = testSettings({ root: corpus.root, store: path.join(dir, "store"), allowMassDelete: true, ...scenario.settings });
    let toolVersion = "1.0.0";
    const total = { kept: 0, derived: 0 };
    const names = Object.keys(MUTATIONS);
    for (let n = 0; n < 30; n++) {
      const roll = corpus.random();
      if (roll < 0.08) settings = { ...settings, ...configChange(settings, corpus.random) };
      else if (roll < 0.12) toolVersion = `1.0.${n}`;
      else for (let k = 1 + Math.floor(corpus.random() * 3); k > 0; k--) await mutate(corpus, pick(corpus.random, names));
      const counts = await round(settings, scenario, toolVersion);
      total.kept += counts.kept;
      total.derived += counts.derived;
    }
    // The fast path was taken, and it saved most of the parsing.
    expect(total.kept).toBeGreaterThan(total.derived);
  });
});

/** Each generator fixture read the way the README points kb-publish at it (see test/golden). */
const SITES: { name: string; docs: string; include?: string[]; locales?: string[]; mutations?: string[] }[] = [
  { name: "docs-site", docs: ".", locales: ["en", "fr"] },
  { name: "hugo", docs: "content" },
  { name: "jekyll", docs: ".", include: ["**/*.{md,markdown}"] },
  { name: "docusaurus", docs: ".", include: ["docs/**/*.{md,mdx}", "i18n/*/docusaurus-plugin-content-docs/**/*.{md,mdx}"] },
  { name: "mkdocs", docs: "docs" },
  { name: "starlight", docs: "src/content/docs" },
  { name: "vitepress", docs: "docs" },
  { name: "built/docusaurus", docs: ".", include: ["**/*.html"], locales: ["en", "fr"], mutations: HTML_MUTATIONS },
  { name: "built/mkdocs", docs: ".", include: ["**/*.html"], locales: ["en", "fr"], mutations: HTML_MUTATIONS },
];

describe.each(SITES)("incremental and full plans are identical on the $name fixture", (site) => {
  it.each(SCENARIOS.slice(0, 1).concat(SCENARIOS.slice(2)))("$name, over 8 rounds of random changes", async (scenario) => {
    shared.stored.clear();
    const dir = await tempDir("kbp-diff-");
    await cp(path.join(FIXTURES, site.name), path.join(dir, "site"), { recursive: true });
    const root = path.join(dir, "site", site.docs);
    const corpus: Corpus = { root, random: mulberry32(site.name.length), made: 0 };
    const include = site.include ?? ["**/*.{md,mdx,markdown}"];
    const settings = testSettings({ root, store: path.join(dir, "store"), include, allowMassDelete: true, baseUrl: "https://docs.example.org", locales: site.locales ?? [] });
    const names = site.mutations ?? Object.keys(MUTATIONS).filter((name) => name !== "site config");
    await round(settings, scenario, "1.0.0");
    let kept = 0;
    for (let n = 0; n < 8; n++) {
      await mutate(corpus, pick(corpus.random, names));
      kept += (await round(settings, scenario, "1.0.0")).kept;
    }
    expect(kept).toBeGreaterThan(0);
  });
});
