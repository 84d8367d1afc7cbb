import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { settingsWithDefaults } from "../config/defaults.js";
import { derivationKey, siteConfigHashes, type DerivationKeyInput } from "./derivation-key.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const base: DerivationKeyInput = {
  settings: settingsWithDefaults({ root: "/docs", store: "/store" }),
  capabilities: { nativeTranslations: false },
  site: { setup: undefined, idScope: "global", markdown: {}, exclude: [], notes: [] },
  configs: {},
  toolVersion: "1.0.0",
};
const keyWith = (change: Partial<DerivationKeyInput> & { settings?: Partial<DerivationKeyInput["settings"]> }) =>
  derivationKey({ ...base, ...change, settings: { ...base.settings, ...change.settings } });

describe("derivationKey", () => {
  it.each([
    ["include globs", { settings: { include: ["docs/**/*.md"] } }],
    ["exclude globs", { settings: { exclude: ["drafts/**"] } }],
    ["the id prefix", { settings: { idPrefix: "kb:" } }],
    ["the base URL", { settings: { baseUrl: "https://docs.example.org" } }],
    ["an override", { settings: { overrides: [{ files: ["a/**"], tags: ["x"] }] } }],
    ["the target", { settings: { target: "heppu" } }],
    ["native translations", { capabilities: { nativeTranslations: true } }],
    ["the detected locales", { site: { setup: { locales: ["en", "fr"], defaultLocale: "en", source: "hugo.toml" }, idScope: "global" as const } }],
    ["a site config file", { configs: { "hugo.toml": "ab" } }],
    ["the tool version", { toolVersion: "1.0.1" }],
  ])("changes with %s", (_what, change) => {
    expect(keyWith(change as Parameters<typeof keyWith>[0])).not.toBe(derivationKey(base));
  });

  it("does not change with settings that never shape a page: keys, store, guards, owner", () => {
    const settings = settingsWithDefaults({ root: "/docs", store: "/elsewhere", apiKey: "secret", allowMassDelete: true, owner: "someone", full: true, command: "plan" });
    expect(derivationKey({ ...base, settings })).toBe(derivationKey(base));
  });
});

describe("siteConfigHashes", () => {
  it("hashes generator configs in the docs root and its parents up to the repository root", () => {
    const repo = mkdtempSync(join(tmpdir(), "kbp-key-"));
    dirs.push(repo);
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "site", "docs"), { recursive: true });
    writeFileSync(join(repo, "site", "docusaurus.config.js"), "export default {}");
    writeFileSync(join(repo, "site", "docs", "mkdocs.yml"), "site_name: x");
    writeFileSync(join(repo, "site", "docs", "page.md"), "# Page");
    const hashes = siteConfigHashes(join(repo, "site", "docs"));
    expect(Object.keys(hashes).sort()).toEqual(["../docusaurus.config.js", "mkdocs.yml"]);
    writeFileSync(join(repo, "site", "docusaurus.config.js"), "export default { i18n: {} }");
    expect(siteConfigHashes(join(repo, "site", "docs"))["../docusaurus.config.js"]).not.toBe(hashes["../docusaurus.config.js"]);
  });
});
