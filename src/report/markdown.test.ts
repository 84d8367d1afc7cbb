import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import type { Operation, Plan } from "../plan/types.js";
import { renderPrComment } from "./comment.js";
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

/** One of everything a reviewer needs: an update with a diff, a deletion, problems, a warning, a left-out page. */
function richPlan(): Plan {
  const after = "# FAQ\n\nNew answer.\n";
  return samplePlan({
    operations: [
      { kind: "create", doc: doc("guide/start", "Getting started"), payload: { content: "Hello\n" }, fingerprint: fp("h1"), reasons: ["new file"] },
      { kind: "update", doc: { ...doc("faq", "FAQ"), content: after }, payload: { content: after }, fingerprint: fp("h2"), remote: { ...record("faq"), content: "# FAQ\n\nOld answer.\n" }, reasons: ["content changed"] },
      { kind: "delete", remote: { ...record("old/page"), content: "gone\n" }, reasons: ["file removed"] },
    ],
    summary: { create: 1, update: 1, unchanged: 0, delete: 1 },
    diagnostics: [
      { severity: "error", file: "docs/broken.md", line: 7, message: "bad YAML" },
      { severity: "warning", file: "docs/w.md", message: "no title" },
    ],
    rejected: [{ externalId: "x", sourcePath: "docs/x.md", message: "owned by someone else" }],
    excluded: [{ file: "docs/wip.md", reason: "draft: true in frontmatter" }],
  });
}

describe("renderPlanMarkdown (the job summary of a dry run)", () => {
  it("shows what the PR comment shows: titles, what changed, sizes, diffs, problems, warnings and left-out pages", () => {
    const md = renderPlanMarkdown(richPlan(), { heading });
    expect(md.startsWith("## kb-publish plan\n\n**Plan: 1 to create, 1 to update, 1 to delete, 0 unchanged, 1 rejected.**")).toBe(true);
    expect(md).toContain("| create | Getting started | `guide/start` | new page | +6 B |");
    expect(md).toContain("| update | FAQ | `faq` | content | ±0 B |");
    expect(md).toContain("| Old old/page | `old/page` | −5 B |");
    expect(md).toContain("<details><summary><code>faq</code> (+1 −1 lines)</summary>");
    expect(md).toContain("> - `docs/broken.md:7`: bad YAML");
    expect(md).toContain("> - `x` (`docs/x.md`): owned by someone else");
    expect(md).toContain("<details><summary>1 warning</summary>\n\n- `docs/w.md`: no title");
    expect(md).toContain("<details><summary>1 page left out: 1 draft</summary>\n\n- `docs/wip.md`: draft (draft: true in frontmatter)");
    expect(md.indexOf("#### 1 deletion")).toBeLessThan(md.indexOf("#### 2 pages created or updated"));
    expect(md).not.toContain("secret body text");
  });

  it("holds every section of the PR comment for the same plan", () => {
    const comment = renderPrComment(richPlan(), { marker: "<!-- m -->", destination: "the local store", command: "plan", comparison: { kind: "live" } });
    const summary = renderPlanMarkdown(richPlan(), { heading });
    const sections = (text: string) => text.split("\n").filter((line) => /^(> \[!|#### |<details>|\| (create|update|delete|Old) )/.test(line));
    expect(sections(comment).length).toBeGreaterThan(8);
    expect(sections(summary)).toEqual(sections(comment));
  });

  it("labels a plan compared with the base branch under the heading", () => {
    const md = renderPlanMarkdown(samplePlan(), { heading, comparison: { kind: "base", reason: "no API key is available", baseRef: "main" } });
    expect(md.split("\n").slice(0, 4)).toEqual([
      "## kb-publish plan",
      "",
      "> [!NOTE]",
      "> **Compared with the base branch, not with the live knowledge base** (`main`): no API key is available.",
    ]);
  });

  it("escapes pipes and line breaks in cells so the table stays intact", () => {
    const plan = samplePlan({
      operations: [{ kind: "delete", remote: { ...record("a|b"), title: "first\nsecond | third" }, reasons: ["file removed"] }],
      summary: { create: 0, update: 0, unchanged: 0, delete: 1 },
    });
    expect(renderPlanMarkdown(plan, { heading })).toContain("| first second \\| third | `a\\|b` | — |");
  });

  it("caps the rows at maxRows and says how many were left out", () => {
    const plan = samplePlan({ operations: creates(10), summary: { create: 10, update: 0, unchanged: 0, delete: 0 } });
    const md = renderPlanMarkdown(plan, { heading, maxRows: 3 });
    expect(md.match(/^\| create /gm)).toHaveLength(3);
    expect(md).toContain("_… and 7 more: see the plan-file JSON._");
    expect(md).toContain("Left out to stay under the job summary's size limit: 7 rows.");
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

  it("keeps problem lists within the budget when there are thousands of them", () => {
    const diagnostics = Array.from({ length: 3000 }, (_, i) => ({ severity: "error" as const, file: `docs/${"long-name-".repeat(20)}${i}.md`, message: "bad YAML ".repeat(20) }));
    const md = renderPlanMarkdown(samplePlan({ diagnostics }), { heading, maxBytes: 100_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(100_000);
    expect(md).toMatch(/> - … and \d+ more \(see the plan-file JSON\)/);
  });
});

describe("renderResultMarkdown (the job summary of a sync)", () => {
  const result = sampleResult(
    [
      { externalId: "guide/start", status: "created" },
      { externalId: "faq", status: "failed", error: "HTTP 413\npayload too large", sourcePath: "docs/faq.md" },
      { externalId: "old/page", status: "skipped", error: "deletes skipped" },
    ],
    { deletesSkipped: "1 document failed; deletes are skipped", notes: ["processing still running"] },
  );

  it("puts failures first, then skipped deletes and notes, then the plan's rows with what happened to each", () => {
    const md = renderResultMarkdown(result, { heading: "kb-publish sync" }, richPlan());
    expect(md).toContain("**Synced: 1 created, 0 updated, 0 deleted, 0 unchanged, 1 failed, 1 skipped.**");
    expect(md).toContain("> - `faq` (`docs/faq.md`): HTTP 413 payload too large");
    expect(md).toContain("> **Deletes skipped**\n>\n> - 1 document failed; deletes are skipped");
    expect(md).toContain("> - processing still running");
    expect(md).toContain("| created | Getting started | `guide/start` | new page | +6 B |");
    expect(md).toContain("| failed | FAQ | `faq` | content | ±0 B |");
    expect(md).toContain("| skipped | Old old/page | `old/page` | −5 B |");
    expect(md).toContain("> - `docs/broken.md:7`: bad YAML");
    expect(md.indexOf("CAUTION")).toBeLessThan(md.indexOf("| Action"));
  });

  it("has no callouts for a clean run", () => {
    const plan = samplePlan({ operations: creates(1), summary: { create: 1, update: 0, unchanged: 0, delete: 0 } });
    const md = renderResultMarkdown(sampleResult([{ externalId: "page-00000", status: "created" }]), { heading: "sync" }, plan);
    expect(md).not.toContain("> [!");
    expect(md).toContain("| created | Title page-00000 | `page-00000` | new page | +16 B |");
  });
});
