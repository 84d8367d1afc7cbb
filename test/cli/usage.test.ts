import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIO } from "../../src/cli/run.js";
import { ExitCode } from "../../src/exit-codes.js";
import { silentLogger } from "../../src/log.js";
import { sync } from "../../src/sync.js";
import { manyPages, SECRET_KEY, startEmulator } from "../heppu/helpers.js";
import { docsFolder } from "../helpers/remote.js";
import { testSettings } from "../helpers/workspace.js";

async function cli(args: string[], cwd: string, extra: Partial<CliIO> = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd, interactive: false, ...extra };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const page = (title: string, front = "") => `---\ntitle: ${title}\n${front}---\n\n# ${title}\n\nText of ${title}.\n`;

describe("CLI errors", () => {
  it("answers a typo'd flag in two lines with a suggestion, no help dump, and exit 1", async () => {
    const dir = await docsFolder({ "a.md": page("A") });
    const { code, stdout, stderr } = await cli(["plan", dir, "--tagret", "heppu"], dir);
    expect(code).toBe(ExitCode.error);
    expect(stdout).toBe("");
    expect(stderr).toBe("kb-publish: unknown option '--tagret' (did you mean --target?)\nsee kb-publish plan --help\n");
  });

  it("suggests the target, the deletion mode and the config key that were meant", async () => {
    const dir = await docsFolder({ "a.md": page("A"), "kb-publish.yml": "colection-id: x\n" });
    const { code, stderr } = await cli(["plan", ".", "-t", "hepu", "--deletions", "tomb"], dir);
    expect(code).toBe(ExitCode.error);
    expect(stderr).toContain('--target is "hepu"; expected one of local, heppu, humind, chatbot, totoy; did you mean "heppu"?');
    expect(stderr).toContain('--deletions is "tomb"; expected one of tombstone, hard, off; did you mean "tombstone"?');
    expect(stderr).toContain('kb-publish.yml:1: unknown key "colection-id"; did you mean "collection-id"?');
    expect(stderr).toMatch(/\nsee kb-publish plan --help\n$/);
    expect(stderr).not.toContain("Options:");
  });

  it("warns about an option the chosen target ignores", async () => {
    const dir = await docsFolder({ "a.md": page("A") });
    const { code, stderr } = await cli(["plan", ".", "--collection-id", "c1", "--store", "s"], dir);
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toBe("warning: --collection-id is ignored by target local; expected with target heppu\n");
  });

  it("shows examples, exit codes and the docs link in --help", async () => {
    const dir = await docsFolder({});
    for (const args of [["--help"], ["plan", "--help"], ["export", "--help"]]) {
      const { code, stdout } = await cli(args, dir);
      expect(code).toBe(ExitCode.ok);
      expect(stdout).toContain("Examples:\n  kb-publish plan docs/");
      for (const exit of Object.values(ExitCode)) expect(stdout).toMatch(new RegExp(`^  ${exit}  \\w`, "m"));
      expect(stdout).toMatch(/^Docs: https:\/\//m);
    }
  });
});

describe("CLI output", () => {
  it("lists a draft with its reason in plan --json, and counts it in the text", async () => {
    const dir = await docsFolder({ "a.md": page("A"), "wip.md": page("WIP", "draft: true\n"), "_part.md": "Snippet.\n" });
    const json = JSON.parse((await cli(["plan", ".", "--json"], dir)).stdout);
    expect(json.plan.excluded).toEqual([
      { path: "_part.md", reason: "partial", detail: 'file name "_part.md" starts with "_": a partial, not a page' },
      { path: "wip.md", reason: "draft", detail: "draft: true in frontmatter" },
    ]);
    const text = await cli(["plan", "."], dir);
    expect(text.stdout).toContain("Left out (2): 1 draft, 1 partial (-v lists them)");
    const verbose = await cli(["plan", ".", "-v"], dir);
    expect(verbose.stdout).toContain("  wip.md: draft (draft: true in frontmatter)");
  });

  it("colours a report only when FORCE_COLOR asks or the stream is a terminal, and never with NO_COLOR", async () => {
    const dir = await docsFolder({ "a.md": page("A") });
    const esc = "\u001b[";
    expect((await cli(["plan", "."], dir)).stdout).not.toContain(esc);
    expect((await cli(["plan", "."], dir, { env: { FORCE_COLOR: "1" } })).stdout).toContain(`${esc}32mcreate`);
    expect((await cli(["plan", "."], dir, { tty: { stdout: true, stderr: true } })).stdout).toContain(`${esc}32mcreate`);
    expect((await cli(["plan", "."], dir, { env: { NO_COLOR: "1" }, tty: { stdout: true, stderr: true } })).stdout).not.toContain(esc);
  });

  it("prints problems and the summary only with --quiet", async () => {
    const dir = await docsFolder({ "a.md": page("A"), "b.md": "---\ntitle: [x\n---\n" });
    const { code, stdout, stderr } = await cli(["plan", ".", "-q", "--collection-id", "ignored"], dir);
    expect(code).toBe(ExitCode.partialFailure);
    expect(stdout).toMatch(/^Files that could not be read \(1\):\n {2}b\.md:2: invalid YAML/);
    expect(stdout).toMatch(/\n\nPlan: 1 to create, 0 to update, 0 to delete, 0 unchanged\.\n$/);
    expect(stdout).not.toContain("ACTION");
    expect(stderr).toBe("");
  });

  it("logs every retry and Retry-After wait with -v, with its reason and never the key", async () => {
    const emu = await startEmulator();
    const dir = await docsFolder(manyPages(2));
    emu.faults.configure({ burstLength: 1, retryAfterSeconds: 1 });
    emu.faults.once("rateLimitBurst", { when: (r) => r.method === "GET" });
    const args = ["plan", ".", "-t", "heppu", "--api-url", emu.url, "--collection-id", emu.collectionId, "-v"];
    const { code, stderr } = await cli(args, dir, { env: { KB_PUBLISH_API_KEY: SECRET_KEY } });
    expect(code).toBe(ExitCode.ok);
    expect(stderr).toMatch(/GET \/kb\/sources failed: 429 .*; attempt 2 of 7 in 1\.0s \(Retry-After from the server\)/);
    expect(stderr).not.toContain(SECRET_KEY);
    const quiet = await cli(args.slice(0, -1), dir, { env: { KB_PUBLISH_API_KEY: SECRET_KEY } });
    expect(quiet.stderr).not.toContain("attempt");
  });
});

describe("progress hooks", () => {
  it("sync reports its phases in order, and every file read and document written", async () => {
    const dir = await docsFolder(manyPages(7));
    const events: string[] = [];
    await sync(testSettings({ root: dir, store: path.join(dir, ".store") }), {
      log: silentLogger,
      userAgent: "test",
      onPhase: (phase) => events.push(phase),
      onProgress: (done, total) => events.push(`${done}/${total}`),
    });
    expect(events).toEqual(["reading", "1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7", "planning", "writing", ...events.slice(10)]);
    expect(events.at(-1)).toBe("7/7");
  });

  it("prints nothing on stderr when it is not interactive, and the same report either way", async () => {
    const dir = await docsFolder(manyPages(3));
    const plain = await cli(["plan", "."], dir);
    expect(plain.stderr).toBe("");
    const interactive = await cli(["plan", "."], dir, { interactive: true });
    expect(interactive.stdout).toBe(plain.stdout);
  });
});
