import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import type { Operation } from "../plan/types.js";
import { doc, fp, samplePlan, sampleResult } from "../report/test-fixtures.js";
import { JOB_SUMMARY_LIMIT, renderJobSummary } from "./summary.js";

describe("renderJobSummary", () => {
  it("labels a plan compared with the base branch right under the heading", () => {
    const md = renderJobSummary({ plan: samplePlan() }, { kind: "base", reason: "no API key is available", baseRef: "main" });
    expect(md.split("\n").slice(0, 4)).toEqual([
      "## kb-publish plan",
      "",
      "> [!NOTE]",
      "> **Compared with the base branch, not with the live knowledge base** (`main`): no API key is available.",
    ]);
  });

  it("shows the result of a sync, and a live plan without a label", () => {
    expect(renderJobSummary({ plan: samplePlan(), result: sampleResult([{ externalId: "a", status: "created" }]) }, { kind: "live" })).toContain("## kb-publish sync");
    expect(renderJobSummary({ plan: samplePlan() }, { kind: "live" })).not.toContain("base branch");
  });

  it("stays within GitHub's 1 MiB job summary limit for a huge plan", () => {
    const operations: Operation[] = Array.from({ length: 20_000 }, (_, i) => ({
      kind: "create",
      doc: doc(`a-rather-long-folder-name/and-a-long-page-name-${i}`),
      payload: {},
      fingerprint: fp(`h${i}`),
      reasons: ["new file"],
    }));
    const md = renderJobSummary({ plan: samplePlan({ operations, summary: { create: 20_000, update: 0, unchanged: 0, delete: 0 } }) }, { kind: "base", reason: "r" });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    expect(md).toContain("**Plan: 20000 to create");
  });
});
