import { describe, expect, it } from "vitest";
import { renderPlanText, renderResultText } from "./text.js";
import { record, samplePlan, sampleResult } from "./test-fixtures.js";

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
    expect(coloured).toContain("\u001b[32mcreate\u001b[0m  guide/start  new file");
    expect(coloured).toContain("\u001b[31mdelete\u001b[0m  old/page     file removed");
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
