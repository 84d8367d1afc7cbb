import { describe, expect, it } from "vitest";
import { renderPlanText, renderResultText } from "./text.js";
import type { Diagnostic } from "../documents/document.js";
import type { Operation } from "../plan/types.js";
import { doc, fp, record, samplePlan, sampleResult } from "./test-fixtures.js";

function creates(count: number): Operation[] {
  return Array.from({ length: count }, (_, i) => ({ kind: "create", doc: doc(`p${i}`), payload: {}, fingerprint: fp(`h${i}`), reasons: ["new file"] }));
}

describe("renderPlanText", () => {
  it("shows an aligned table of changes, omitting unchanged rows, and the summary line", () => {
    const text = renderPlanText(samplePlan());
    const lines = text.split("\n");
    expect(lines[0]).toBe("ACTION  ID           REASON");
    expect(lines[1]).toBe("create  guide/start  new file");
    expect(lines[2]).toBe("create  b            new file");
    expect(lines[3]).toBe("update  faq          content changed, title changed");
    expect(lines[4]).toBe("delete  old/page     file removed");
    expect(text).toContain("(2 unchanged documents not shown)");
    expect(text).not.toMatch(/^unchanged/m);
    expect(lines.at(-1)).toBe("Plan: 2 to create, 1 to update, 1 to delete, 2 unchanged.");
    expect(text).not.toContain("secret body text");
  });

  it("says so when nothing changes", () => {
    const plan = samplePlan({ operations: [], summary: { create: 0, update: 0, unchanged: 0, delete: 0 } });
    expect(renderPlanText(plan)).toBe("No changes.\n\nPlan: 0 to create, 0 to update, 0 to delete, 0 unchanged.");
  });

  it("lists rejected documents, unreadable files with line, warnings, guard trips and withheld deletes", () => {
    const plan = samplePlan({
      rejected: [{ externalId: "big", sourcePath: "docs/big.md", message: "exceeds 1 MB" }],
      diagnostics: [
        { severity: "error", file: "docs/broken.md", line: 3, message: "bad YAML" },
        { severity: "warning", file: "docs/x.md", message: "no title" },
      ],
      guards: [{ guard: "mass-delete", tripped: true, overridden: false, message: "would delete 6 of 10" }],
      deletesWithheld: ["1 file could not be read; deletes are withheld so nothing is lost"],
    });
    const text = renderPlanText(plan);
    expect(text).toContain("Rejected documents (1):\n  big (docs/big.md): exceeds 1 MB");
    expect(text).toContain("Files that could not be read (1):\n  docs/broken.md:3: bad YAML");
    expect(text).toContain("Warnings (1):\n  docs/x.md: no title");
    expect(text).toContain("Guard mass-delete tripped: would delete 6 of 10");
    expect(text).toContain("Deletes withheld (1):\n  1 file could not be read");
    expect(text).toContain("2 unchanged, 1 rejected.");
    expect(text).toMatch(/Nothing will be written/);
  });

  it("lists plan errors and marks the plan blocked; an overridden guard does not block", () => {
    expect(renderPlanText(samplePlan({ errors: ['duplicate id "a"'] }))).toMatch(
      /Plan errors \(1\):\n {2}duplicate id "a"[\s\S]*Nothing will be written/,
    );
    const overridden = renderPlanText(
      samplePlan({ guards: [{ guard: "mass-delete", tripped: true, overridden: true, message: "m" }] }),
    );
    expect(overridden).toContain("Guard mass-delete overridden: m");
    expect(overridden).not.toContain("Nothing will be written");
  });

  it("colours actions without breaking alignment, and only when asked", () => {
    const coloured = renderPlanText(samplePlan(), { color: true });
    expect(coloured).toContain("\u001b[32mcreate\u001b[39m  guide/start  new file");
    expect(coloured).toContain("\u001b[31mdelete\u001b[39m  old/page     file removed");
    expect(renderPlanText(samplePlan())).not.toContain("\u001b[");
  });

  it("shows control characters in remote ids as escapes", () => {
    const plan = samplePlan({
      operations: [{ kind: "delete", remote: record("evil\u001b[2Jid"), reasons: ["file removed"] }],
      summary: { create: 0, update: 0, unchanged: 0, delete: 1 },
    });
    const text = renderPlanText(plan);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("evil\\u001b[2Jid");
  });
});

describe("renderPlanText on large and noisy plans", () => {
  const big = samplePlan({
    operations: [...creates(45), { kind: "delete", remote: record("gone"), reasons: ["file removed"] }],
    summary: { create: 45, update: 0, unchanged: 0, delete: 1 },
  });

  it("shows the first rows of each action and how many more, and every row with all", () => {
    const text = renderPlanText(big);
    expect(text.match(/^create /gm)).toHaveLength(20);
    expect(text).toMatch(/^create {2}p19 +new file\n {2}… and 25 more to create \(--all lists every row\)\ndelete {2}gone +file removed$/m);
    const all = renderPlanText(big, { all: true });
    expect(all.match(/^create /gm)).toHaveLength(45);
    expect(all).not.toContain("more to create");
  });

  it("does not pad every row to one very long id", () => {
    const long = "x".repeat(120);
    const plan = samplePlan({ operations: [{ kind: "delete", remote: record(long), reasons: ["file removed"] }, { kind: "delete", remote: record("a"), reasons: ["r"] }] });
    const row = renderPlanText(plan).split("\n").find((line) => line.startsWith("delete  a "))!;
    expect(row.length).toBeLessThan(70);
  });

  it("groups warnings that many files share, and lists each one when verbose", () => {
    const missing = (file: string): Diagnostic => ({ severity: "warning", file, message: "has no fr translation (translation group x)", group: "have no fr translation" });
    const diagnostics = [..."abcdefg"].map((name) => missing(`${name}.md`));
    const plan = samplePlan({ diagnostics: [...diagnostics, { severity: "warning", file: "z.md", message: "no title" }] });
    const text = renderPlanText(plan);
    expect(text).toContain("Warnings (8):\n  7 pages have no fr translation: a.md, b.md, c.md, d.md, e.md, … (2 more)\n  z.md: no title");
    const verbose = renderPlanText(plan, { verbose: true });
    expect(verbose).toContain("  7 pages have no fr translation:\n    a.md: has no fr translation (translation group x)\n    b.md:");
    expect(verbose).toContain("    g.md: has no fr translation");
  });

  it("counts left-out pages by reason, lists them when verbose, and leaves them out when quiet", () => {
    const plan = samplePlan({
      excluded: [
        { file: "wip.md", reason: "draft: true in frontmatter" },
        { file: "_part.md", reason: 'file name "_part.md" starts with "_": a partial, not a page' },
      ],
    });
    expect(renderPlanText(plan)).toContain("Left out (2): 1 draft, 1 partial (-v lists them)");
    expect(renderPlanText(plan, { verbose: true })).toContain("Left out (2): 1 draft, 1 partial\n  _part.md: partial (file name");
    const quiet = renderPlanText(plan, { quiet: true });
    expect(quiet).toBe("Plan: 2 to create, 1 to update, 1 to delete, 2 unchanged.");
  });

  it("keeps problems when quiet", () => {
    const plan = samplePlan({ diagnostics: [{ severity: "error", file: "b.md", message: "bad YAML" }] });
    expect(renderPlanText(plan, { quiet: true })).toBe("Files that could not be read (1):\n  b.md: bad YAML\n\nPlan: 2 to create, 1 to update, 1 to delete, 2 unchanged.");
  });
});

describe("renderResultText", () => {
  it("lists failures with their errors, then the summary and why deletes were skipped", () => {
    const result = sampleResult(
      [
        { externalId: "a", status: "created" },
        { externalId: "b", status: "failed", error: "HTTP 413: payload too large", sourcePath: "docs/b.md" },
        { externalId: "c", status: "unchanged" },
        { externalId: "d", status: "skipped" },
      ],
      { deletesSkipped: "1 upsert failed", notes: ["3 documents still processing"] },
    );
    const text = renderResultText(result);
    expect(text).toContain("Failed (1):\n  b (docs/b.md): HTTP 413: payload too large");
    expect(text).toContain("Notes (1):\n  3 documents still processing");
    expect(text).toContain("Synced: 1 created, 0 updated, 0 deleted, 1 unchanged, 1 failed, 1 skipped.\nDeletes skipped: 1 upsert failed");
  });

  it("is one summary line for a clean run, without skipped", () => {
    const result = sampleResult([{ externalId: "a", status: "deleted" }]);
    expect(renderResultText(result)).toBe("Synced: 0 created, 0 updated, 1 deleted, 0 unchanged, 0 failed.");
  });
});
