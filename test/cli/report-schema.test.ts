import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { ExitCode } from "../../src/exit-codes.js";
import { writePlanFile } from "../../src/github/summary.js";
import { silentLogger } from "../../src/log.js";
import { sync } from "../../src/sync.js";
import { docsFolder } from "../helpers/remote.js";
import { ROOT } from "../helpers/run-bundle.js";
import { tempDir, testSettings } from "../helpers/workspace.js";

const schema = JSON.parse(await readFile(path.join(ROOT, "schema/kb-publish-report.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(ok ? [] : validate.errors).toEqual([]);
}

async function json(args: string[], cwd: string): Promise<{ code: number; report: Record<string, unknown> }> {
  let stdout = "";
  const code = await runCli([...args, "--json"], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: {}, cwd, interactive: false });
  return { code, report: JSON.parse(stdout) as Record<string, unknown> };
}

const page = (title: string, front = "") => `---\ntitle: ${title}\n${front}---\n\n# ${title}\n\nText of ${title}.\n`;
const BROKEN = "---\ntitle: [unclosed\n---\nText.\n";

describe("schema/kb-publish-report.schema.json", () => {
  it("describes every --json output a run can print: plans, results, problems, kept and left-out pages, guards", async () => {
    const pages = Object.fromEntries("abcdefgh".split("").map((name) => [`${name}.md`, page(name.toUpperCase())]));
    const dir = await docsFolder({ ...pages, "fr/a.md": page("A fr"), "wip.md": page("WIP", "draft: true\n"), "_part.md": "Snippet.\n", "broken.md": BROKEN });
    const flags = [".", "--store", ".store", "--locales", "en", "fr"];
    const reports: Record<string, unknown>[] = [];

    const first = await json(["sync", ...flags], dir);
    expect(first.code).toBe(ExitCode.partialFailure);
    reports.push(first.report);
    await writeFile(path.join(dir, "broken.md"), page("Broken"));
    reports.push((await json(["sync", ...flags], dir)).report);

    await writeFile(path.join(dir, "broken.md"), BROKEN);
    await writeFile(path.join(dir, "a.md"), page("A", "tags: [x]\n"));
    await rm(path.join(dir, "h.md"));
    // --full: notes about the whole site (translations missing across it) need every page derived.
    const changed = await json(["plan", ...flags, "--full"], dir);
    reports.push(changed.report);
    const plan = changed.report.plan as Record<"kept" | "operations" | "excluded" | "diagnostics", unknown[]>;
    expect(plan.kept).toHaveLength(1);
    expect(plan.operations.map((op) => (op as { kind: string }).kind)).toEqual(expect.arrayContaining(["update", "unchanged", "delete"]));
    expect(plan.excluded).toHaveLength(2);
    expect(plan.diagnostics.some((d) => (d as { group?: string }).group === "have no fr translation")).toBe(true);

    await writeFile(path.join(dir, "broken.md"), page("Broken"));
    for (const name of "bcdefg") await rm(path.join(dir, `${name}.md`));
    const guarded = await json(["sync", ...flags], dir);
    expect(guarded.code).toBe(ExitCode.guardRefused);
    expect((guarded.report.plan as { blocked: boolean }).blocked).toBe(true);
    reports.push(guarded.report);

    for (const report of reports) expectValid(report);
  });

  it("describes the Action's plan-file, with what the plan was compared with", async () => {
    const dir = await docsFolder({ "a.md": page("A"), "wip.md": page("WIP", "draft: true\n") });
    const settings = { ...testSettings({ root: dir, store: path.join(dir, ".store") }), command: "plan" as const };
    const outcome = await sync(settings, { log: silentLogger, userAgent: "test" });
    const file = await writePlanFile(await tempDir(), "plan", outcome, { kind: "base", reason: "no API key is available", baseRef: "main" });
    expectValid(JSON.parse(await readFile(file, "utf8")));
  });

  it("rejects a field it does not describe, so a new field cannot go undocumented", async () => {
    const dir = await docsFolder({ "a.md": page("A") });
    const { report } = await json(["plan", ".", "--store", ".store"], dir);
    expect(validate(report)).toBe(true);
    expect(validate({ ...report, plan: { ...(report.plan as object), surprise: 1 } })).toBe(false);
    const operations = (report.plan as { operations: object[] }).operations;
    expect(validate({ ...report, plan: { ...(report.plan as object), operations: [{ ...operations[0], content: "x" }] } })).toBe(false);
  });
});
