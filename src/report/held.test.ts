import { describe, expect, it } from "vitest";
import type { Plan } from "../plan/types.js";
import { renderPrComment } from "./comment.js";
import { planToJson } from "./json.js";
import { renderPlanMarkdown, renderResultMarkdown } from "./markdown.js";
import { samplePlan, sampleResult } from "./test-fixtures.js";
import { renderPlanText } from "./text.js";

/** The sample plan (one real deletion) plus a record kept because its file has broken frontmatter. */
function planWithKept(): Plan {
  const reason = "unreadable: guides/install.md:3: invalid YAML frontmatter";
  return samplePlan({ kept: [{ externalId: "guides/install", title: "Install", file: "guides/install.md", reason }] });
}

describe("a record kept because its file could not be read", () => {
  it("is a kept row in the text table, never a delete row, and is counted in the summary", () => {
    const text = renderPlanText(planWithKept());
    expect(text).toMatch(/^kept +guides\/install +unreadable: guides\/install\.md:3: invalid YAML frontmatter$/m);
    expect(text).not.toMatch(/^delete +guides\/install/m);
    expect(text).toMatch(/^delete +old\/page +file removed$/m);
    expect(text).toContain("Plan: 2 to create, 1 to update, 1 to delete, 2 unchanged, 1 kept (unreadable).");
  });

  it("is listed under kept in the JSON, not among the operations", () => {
    const json = planToJson(planWithKept());
    expect(json.kept).toEqual([{ externalId: "guides/install", title: "Install", file: "guides/install.md", reason: expect.stringContaining("invalid YAML") }]);
    expect(json.operations.map((op) => op.externalId)).not.toContain("guides/install");
  });

  it("has its own section in the PR comment, apart from the deletions", () => {
    const body = renderPrComment(planWithKept(), {
      marker: "<!-- kb-publish:local:store -->",
      destination: "the local store",
      command: "plan",
      comparison: { kind: "live" },
    });
    const section = body.indexOf("1 published page kept as it is");
    const deletions = body.indexOf("#### 1 deletion");
    expect(section).toBeGreaterThan(-1);
    expect(deletions).toBeGreaterThan(section);
    const deletionTable = body.slice(deletions, body.indexOf("####", deletions + 5));
    expect(deletionTable).toContain("old/page");
    expect(deletionTable).not.toContain("guides/install");
    expect(body.slice(section, deletions)).toContain("`guides/install` (`guides/install.md`): unreadable: guides/install.md:3: invalid YAML frontmatter");
  });

  it("has its own section in the job summary, for a plan and for a sync's result", () => {
    const plan = renderPlanMarkdown(planWithKept(), { heading: "kb-publish plan" });
    expect(plan).toContain("> **1 published page kept as it is");
    expect(plan).toContain("> - `guides/install` (`guides/install.md`)");
    const result = renderResultMarkdown(sampleResult([{ externalId: "a", status: "created" }]), { heading: "kb-publish sync" }, planWithKept());
    expect(result).toContain("> - `guides/install` (`guides/install.md`)");
    expect(renderResultMarkdown(sampleResult([]), { heading: "kb-publish sync" }, samplePlan())).not.toContain("kept");
  });
});
