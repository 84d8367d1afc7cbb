import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { envName, envOptions } from "./env.js";
import type { RawOptions } from "./raw.js";
import { resolveSettings } from "./resolve.js";
import type { Settings } from "./settings.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), "kbp-precedence-"));
  for (const dir of ["from-file", "from-env", "from-flag"]) await mkdir(path.join(cwd, dir));
});
afterEach(async () => rm(cwd, { recursive: true, force: true }));

/** One setting in every layer: its file line, its env value, its flag, and how Settings shows each. */
const CASES: { key: string; file: string; env: string; explicit: RawOptions; read: (s: Settings) => unknown; values: [unknown, unknown, unknown, unknown] }[] = [
  { key: "path", file: "path: from-file", env: "from-env", explicit: { path: "from-flag" }, read: (s) => path.relative(cwd, s.root) || ".", values: [".", "from-file", "from-env", "from-flag"] },
  { key: "target", file: "target: heppu", env: "humind", explicit: { target: "local" }, read: (s) => s.target, values: ["local", "heppu", "humind", "local"] },
  { key: "deletions", file: "deletions: hard", env: "off", explicit: { deletions: "tombstone" }, read: (s) => s.deletions, values: ["tombstone", "hard", "off", "tombstone"] },
  { key: "store", file: "store: file-store", env: "env-store", explicit: { store: "flag-store" }, read: (s) => path.basename(s.store), values: ["store", "file-store", "env-store", "flag-store"] },
  { key: "allow-mass-delete", file: "allow-mass-delete: true", env: "false", explicit: { allowMassDelete: true }, read: (s) => s.allowMassDelete, values: [false, true, false, true] },
  { key: "timeout", file: "timeout: 1000", env: "2000", explicit: { timeout: "3000" }, read: (s) => s.requestTimeoutMs, values: [30_000, 1000, 2000, 3000] },
  { key: "include", file: "include: [a/*.md]", env: "b/*.md, c/*.{md,mdx}", explicit: { include: ["d/*.md"] }, read: (s) => s.include, values: [["**/*.{md,mdx,markdown}"], ["a/*.md"], ["b/*.md", "c/*.{md,mdx}"], ["d/*.md"]] },
];

async function resolveLayers(layers: { file?: string; env?: Record<string, string>; explicit?: RawOptions }): Promise<Settings> {
  if (layers.file !== undefined) await writeFile(path.join(cwd, "kb-publish.yml"), `${layers.file}\n`);
  return resolveSettings({ raw: layers.explicit ?? {}, env: layers.env ?? {}, cwd, runner: "cli" });
}

describe("one precedence rule: built-in default < kb-publish.yml < environment < flag or input", () => {
  it.each(CASES)("$key", async ({ key, file, env, explicit, read, values }) => {
    const fromEnv = { [envName(key)]: env };
    expect(read(await resolveLayers({}))).toEqual(values[0]);
    expect(read(await resolveLayers({ file }))).toEqual(values[1]);
    expect(read(await resolveLayers({ file, env: fromEnv }))).toEqual(values[2]);
    expect(read(await resolveLayers({ file, env: fromEnv, explicit }))).toEqual(values[3]);
  });

  it("an empty flag, input or variable is unset and never hides a lower layer", async () => {
    const settings = await resolveLayers({ file: "target: heppu\npath: from-file", env: { KB_PUBLISH_TARGET: "" }, explicit: { target: "", path: undefined } });
    expect(settings).toMatchObject({ target: "heppu", root: path.join(cwd, "from-file") });
  });

  it("the selected target's block in the file sits between the file and the environment", async () => {
    const file = "timeout: 1000\ntargets:\n  heppu:\n    timeout: 1500\n";
    expect((await resolveLayers({ file: `target: heppu\n${file}` })).requestTimeoutMs).toBe(1500);
    expect((await resolveLayers({ file, env: { KB_PUBLISH_TARGET: "heppu" } })).requestTimeoutMs).toBe(1500);
    expect((await resolveLayers({ file, env: { KB_PUBLISH_TARGET: "heppu", KB_PUBLISH_TIMEOUT: "1700" } })).requestTimeoutMs).toBe(1700);
  });

  it("reads the API key and the config file name from the environment, never from the file", async () => {
    await writeFile(path.join(cwd, "other.yml"), "target: heppu\n");
    const settings = await resolveLayers({ env: { KB_PUBLISH_API_KEY: "k-env-1234", KB_PUBLISH_CONFIG: "other.yml" } });
    expect(settings).toMatchObject({ apiKey: "k-env-1234", target: "heppu" });
    expect((await resolveLayers({ env: { KB_PUBLISH_API_KEY: "k-env-1234" }, explicit: { apiKey: "k-flag-5678" } })).apiKey).toBe("k-flag-5678");
  });

  it("never reads structured keys from the environment", () => {
    expect(envOptions({ KB_PUBLISH_OVERRIDES: "[]", KB_PUBLISH_TARGETS: "x", KB_PUBLISH_FRONTMATTER: "y", KB_PUBLISH_OWNER: " docs " })).toEqual({ owner: "docs" });
  });
});
