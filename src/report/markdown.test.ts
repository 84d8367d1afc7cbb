import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import type { Operation } from "../plan/types.js";
import { renderPlanMarkdown, renderResultMarkdown } from "./markdown.js";
import { doc, fp, record, samplePlan, sampleResult } from "./test-fixtures.js";

const heading = "kb-publish plan";

function creates(count: number, idOf = (i: number) => `page-${String(i).padStart(5, "0")}`): Operation[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: "create",
    doc: doc(idOf(i)),
    payload: {},
    fingerprint: fp(`h${i}`),
    reasons: ["new file"],
  }));
}

describe("renderPlanMarkdown", () => {
  it("starts with the heading and the counts, lists deletions first and omits unchanged rows", () => {
    const md = renderPlanMarkdown(samplePlan(), { heading });
    expect(md.startsWith("## kb-publish plan\n\n**Plan: 2 to create, 1 to update, 1 to delete, 2 unchanged.**")).toBe(true);
    const rows = md.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Action") && !line.startsWith("| ---"));
    expect(rows).toEqual([
      "| delete | `old/page` | file removed |",
      "| create | `guide/start` | new file |",
      "| create | `b` | new file |",
      "| update | `faq` | content changed, title changed |",
    ]);
    expect(md).toContain("2 unchanged documents not shown.");
    expect(md).not.toContain("CAUTION");
    expect(md).not.toContain("secret body text");
  });

  it("escapes pipes and line breaks in cells so the table stays intact", () => {
    const plan = samplePlan({
      operations: [{ kind: "delete", remote: record("a|b"), reasons: ["first\nsecond | third"] }],
      summary: { create: 0, update: 0, unchanged: 0, delete: 1 },
    });
    const md = renderPlanMarkdown(plan, { heading });
    expect(md).toContain("| delete | `a\\|b` | first second \\| third |");
  });

  it("shows an unoverridden guard trip and plan errors as a blocking caution", () => {
    const plan = samplePlan({
      errors: ['duplicate id "a": 2 files share it (one.md, two.md)'],
      guards: [{ guard: "mass-delete", tripped: true, overridden: false, message: "would delete 6 of 10 owned records" }],
    });
    const md = renderPlanMarkdown(plan, { heading });
    expect(md).toMatch(/> \[!CAUTION\]\n> \*\*The plan is blocked: nothing will be written\.\*\*/);
    expect(md).toContain("> - **mass-delete guard:** would delete 6 of 10 owned records");
    expect(md).toContain("> - **plan error:** duplicate id \"a\": 2 files share it (one.md, two.md)");
  });

  it("shows an overridden guard as a warning, not as blocked", () => {
    const plan = samplePlan({ guards: [{ guard: "empty-source", tripped: true, overridden: true, message: "no documents" }] });
    const md = renderPlanMarkdown(plan, { heading });
    expect(md).not.toContain("CAUTION");
    expect(md).toContain("> **Guard overridden by allow-mass-delete**\n>\n> - **empty-source:** no documents");
  });

  it("warns about unreadable files with their line, rejected documents and withheld deletes", () => {
    const plan = samplePlan({
      diagnostics: [
        { severity: "error", file: "docs/broken.md", line: 7, message: "bad YAML" },
        { severity: "warning", file: "docs/w.md", message: "no title" },
      ],
      rejected: [{ externalId: "x", sourcePath: "docs/x.md", message: "owned by someone else" }],
      deletesWithheld: ["1 file could not be read; deletes are withheld so nothing is lost"],
    });
    const md = renderPlanMarkdown(plan, { heading });
    expect(md).toContain("> **1 file could not be read**\n>\n> - `docs/broken.md:7`: bad YAML");
    expect(md).toContain("> - `x` (`docs/x.md`): owned by someone else");
    expect(md).toContain("> **Deletes withheld**\n>\n> - 1 file could not be read");
    expect(md).toContain("<details><summary>1 warning</summary>\n\n- `docs/w.md`: no title");
  });

  it("caps the table at maxRows and says how many were left out", () => {
    const plan = samplePlan({ operations: creates(10), summary: { create: 10, update: 0, unchanged: 0, delete: 0 } });
    const md = renderPlanMarkdown(plan, { heading, maxRows: 3 });
    expect(md.match(/^\| create /gm)).toHaveLength(3);
    expect(md).toContain("_… and 7 more (see the JSON report for all)._");
  });

  it("stays under the byte limit with many long rows", () => {
    const longId = (i: number) => `${"é".repeat(400)}-${i}`;
    const plan = samplePlan({ operations: creates(5000, longId), summary: { create: 5000, update: 0, unchanged: 0, delete: 0 } });
    const md = renderPlanMarkdown(plan, { heading, maxRows: 100_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(512 * 1024);
    expect(md).toMatch(/_… and \d+ more/);
    const small = renderPlanMarkdown(plan, { heading, maxBytes: 60_000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(60_000);
    expect(small).toContain("**Plan: 5000 to create");
  });

  it("renders the default cap of 1000 rows", () => {
    const plan = samplePlan({ operations: creates(1005), summary: { create: 1005, update: 0, unchanged: 0, delete: 0 } });
    const md = renderPlanMarkdown(plan, { heading });
    expect(md.match(/^\| create /gm)).toHaveLength(1000);
    expect(md).toContain("… and 5 more");
  });
});

describe("renderResultMarkdown", () => {
  const result = sampleResult(
    [
      { externalId: "new", status: "created" },
      { externalId: "bad", status: "failed", error: "HTTP 413\npayload too large", sourcePath: "docs/bad.md" },
      { externalId: "same", status: "unchanged" },
      { externalId: "gone", status: "deleted" },
      { externalId: "later", status: "skipped", error: "deletes skipped" },
    ],
    { deletesSkipped: "1 document failed; deletes are skipped", notes: ["processing still running"] },
  );

  it("puts failures first as a caution, then skipped deletes, notes and the changes with deletions leading", () => {
    const md = renderResultMarkdown(result, { heading: "kb-publish sync" });
    expect(md).toContain("**Synced: 1 created, 0 updated, 1 deleted, 1 unchanged, 1 failed, 1 skipped.**");
    expect(md).toContain("> - `bad` (`docs/bad.md`): HTTP 413 payload too large");
    expect(md).toContain("> **Deletes skipped**\n>\n> - 1 document failed; deletes are skipped");
    expect(md).toContain("> - processing still running");
    const rows = md.split("\n").filter((line) => /^\| (deleted|created|updated|skipped) /.test(line));
    expect(rows).toEqual(["| deleted | `gone` |  |", "| created | `new` |  |", "| skipped | `later` | deletes skipped |"]);
    expect(md.indexOf("CAUTION")).toBeLessThan(md.indexOf("| Status"));
    expect(md).toContain("1 unchanged document not shown.");
  });

  it("has no callouts for a clean run", () => {
    const md = renderResultMarkdown(sampleResult([{ externalId: "a", status: "updated" }]), { heading: "sync" });
    expect(md).not.toContain("> [!");
    expect(md).toContain("| updated | `a` |  |");
  });
});
