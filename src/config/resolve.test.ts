import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "./errors.js";
import type { RawOptions } from "./raw.js";
import { resolveSettings } from "./resolve.js";

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), "kbp-config-"));
});
afterEach(async () => rm(cwd, { recursive: true, force: true }));

async function resolveWith(file: string, raw: RawOptions = {}) {
  await writeFile(path.join(cwd, "kb-publish.yml"), file);
  return resolveSettings({ raw, env: {}, cwd, runner: "cli" });
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error.problems;
}

describe("resolveSettings: components and versions", () => {
  it("carries component rules and versions into Settings, versions defaulting to latest", async () => {
    const settings = await resolveWith("components:\n  LinkCard:\n    text: [title, description]\n    link: href\n  Ad: { drop: true }\nversions: [current, 2.x]\n");
    expect(settings.components).toEqual({ LinkCard: { text: ["title", "description"], link: "href" }, Ad: { drop: true } });
    expect(settings.versions).toEqual(["current", "2.x"]);
    expect((await resolveWith("path: .\n")).versions).toEqual(["latest"]);
  });

  it("reports a component rule of the wrong shape and versions mixing latest or all with names", async () => {
    const problems = await problemsOf(resolveWith("components:\n  Card:\n    link: [a, b]\n    heading: 2\nversions: [latest, 2.x]\n"));
    expect(problems.map((problem) => problem.replace(cwd + path.sep, ""))).toEqual([
      'kb-publish.yml:3: "components.Card.link" is a list; expected a text',
      'kb-publish.yml:4: unknown key "components.Card.heading"; expected one of text, link, drop',
      'kb-publish.yml: "versions" is ["latest","2.x"]; expected latest, current or all alone, or a list of version names (it mixes "latest" with others)',
    ]);
  });
});

describe("URLs", () => {
  it("refuses an api-url with a query or a fragment: request paths are appended to it, so every request would miss the API", async () => {
    const problems = await problemsOf(resolveWith("path: .\n", { apiUrl: "https://kb.example/api?tenant=a" }));
    expect(problems).toEqual(['--api-url is "https://kb.example/api?tenant=a"; expected an http(s) base URL without credentials, a query or a fragment']);
    const fromFile = await problemsOf(resolveWith("api-url: http://127.0.0.1:4010/api/v1#x\n"));
    expect(fromFile).toEqual(['kb-publish.yml: "api-url" is "http://127.0.0.1:4010/api/v1#x"; expected an http(s) base URL without credentials, a query or a fragment']);
    expect((await resolveWith("api-url: https://kb.example/api/\n")).apiUrl).toBe("https://kb.example/api");
    expect((await resolveWith("path: .\n", { baseUrl: "https://docs.example.com/?utm=x" })).baseUrl).toBe("https://docs.example.com/?utm=x");
  });
});

describe("resolveSettings with a config file", () => {
  it("layers the file < the selected target's block < explicit options", async () => {
    const file = "rate-limit: 10\ntimeout: 1000\ntargets:\n  local:\n    rate-limit: 20\n    store: from-block\n";
    const settings = await resolveWith(file, { timeout: "5000" });
    expect(settings).toMatchObject({ rateLimit: 20, requestTimeoutMs: 5000, store: path.join(cwd, "from-block") });
    expect((await resolveWith(file, { rateLimit: "30" })).rateLimit).toBe(30);
  });

  it("carries the frontmatter mapping and overrides into Settings", async () => {
    const settings = await resolveWith("frontmatter:\n  title: heading\noverrides:\n  - files: a/**\n    type: snippet\n");
    expect(settings.frontmatterKeys).toEqual({ title: ["heading"] });
    expect(settings.overrides).toEqual([{ files: ["a/**"], type: "snippet" }]);
    const plain = await resolveWith("path: .\n");
    expect(plain.frontmatterKeys).toBeUndefined();
    expect(plain.overrides).toBeUndefined();
  });

  it("reports file problems with lines together with problems found while resolving", async () => {
    const problems = await problemsOf(resolveWith("rate-limit: x\nid-key: slug\nfrontmatter:\n  id: [slug_id]\nlocales: [en, 'not a tag']\n"));
    expect(problems).toEqual([
      expect.stringMatching(/kb-publish\.yml:1: "rate-limit" is "x"/),
      'kb-publish.yml: "locales" is "not a tag"; expected a language tag such as en, fr or pt-BR',
      expect.stringContaining('id-key is "slug" and frontmatter.id is ["slug_id"]; expected only one of them'),
    ]);
  });

  it("reads id-scope from the file, lets a flag win, and leaves it to detection when unset", async () => {
    expect((await resolveWith("id-scope: folder\n")).idScope).toBe("folder");
    expect((await resolveWith("id-scope: folder\n", { idScope: "global" })).idScope).toBe("global");
    expect((await resolveWith("path: .\n")).idScope).toBeUndefined();
    expect(await problemsOf(resolveWith("path: .\n", { idScope: "file" }))).toEqual(['--id-scope is "file"; expected one of global, folder']);
  });

  it("rejects a targets block for an unknown target, naming its line", async () => {
    const problems = await problemsOf(resolveWith("targets:\n  elsewhere:\n    rate-limit: 5\n"));
    expect(problems).toEqual([expect.stringMatching(/^.*kb-publish\.yml:2: unknown target "targets\.elsewhere"; expected one of .*local/)]);
  });
});

describe("resolveSettings default include", () => {
  it("reads built HTML from a build folder without Markdown, Markdown everywhere else", async () => {
    await mkdir(path.join(cwd, "build"));
    await writeFile(path.join(cwd, "build", "index.html"), "<html><body><main><h1>Hi</h1></main></body></html>");
    const built = await resolveSettings({ raw: { path: "build" }, env: {}, cwd, runner: "cli" });
    expect(built.include).toEqual(["**/*.{html,htm}"]);

    await writeFile(path.join(cwd, "build", "notes.md"), "# Notes\n");
    const mixed = await resolveSettings({ raw: { path: "build" }, env: {}, cwd, runner: "cli" });
    expect(mixed.include).toEqual(["**/*.{md,mdx,markdown}"]);

    const explicit = await resolveSettings({ raw: { path: "build", include: ["**/*.html"] }, env: {}, cwd, runner: "cli" });
    expect(explicit.include).toEqual(["**/*.html"]);
  });
});

describe("one wording per rule, wherever the value came from", () => {
  it("words a bad value alike from a flag, an input, the environment and the file, with a suggestion", async () => {
    const flag = await problemsOf(resolveSettings({ raw: { maxDeletes: "abc", target: "hepu" }, env: {}, cwd, runner: "cli" }));
    expect(flag).toEqual([
      '--target is "hepu"; expected one of local, heppu, humind, chatbot, totoy; did you mean "heppu"?',
      '--max-deletes is "abc"; expected a whole number of records (e.g. 10) or a percentage of owned records from 0% to 100% (e.g. 10%)',
    ]);
    const input = await problemsOf(resolveSettings({ raw: { deletions: "tombstones" }, env: {}, cwd, runner: "action" }));
    expect(input).toEqual(['input deletions is "tombstones"; expected one of tombstone, hard, off; did you mean "tombstone"?']);
    const env = await problemsOf(resolveSettings({ raw: {}, env: { KB_PUBLISH_RATE_LIMIT: "fast" }, cwd, runner: "cli" }));
    expect(env).toEqual(['KB_PUBLISH_RATE_LIMIT is "fast"; expected a whole number of at least 1']);
    const file = await problemsOf(resolveWith("rate-limit: fast\ntarget: hepu\ncolection-id: x\n"));
    expect(file).toEqual([
      'kb-publish.yml:1: "rate-limit" is "fast"; expected a whole number of at least 1',
      'kb-publish.yml:2: "target" is "hepu"; expected one of local, heppu, humind, chatbot, totoy; did you mean "heppu"?',
      'kb-publish.yml:3: unknown key "colection-id"; did you mean "collection-id"?',
    ]);
  });

  it("warns about an option the chosen target ignores, naming where it was set", async () => {
    const warnings: string[] = [];
    await resolveSettings({ raw: { target: "humind", collectionId: "c1", apiKey: "k" }, env: {}, cwd, runner: "cli", warn: (m) => warnings.push(m) });
    expect(warnings).toEqual(["--collection-id is ignored by target humind; expected with target heppu"]);
    warnings.length = 0;
    await resolveSettings({ raw: {}, env: { KB_PUBLISH_STORE: "s" }, cwd, runner: "cli", warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });
});
