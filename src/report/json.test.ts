import { describe, expect, it } from "vitest";
import { planToJson, resultToJson } from "./json.js";
import { samplePlan, sampleResult } from "./test-fixtures.js";

describe("planToJson", () => {
  it("carries each operation's id, title, source, reasons and hash but no content or payload", () => {
    const json = planToJson(samplePlan());
    expect(json.version).toBe(1);
    expect(json.blocked).toBe(false);
    expect(json.summary).toEqual({ create: 2, update: 1, unchanged: 2, delete: 1 });
    expect(json.operations[0]).toEqual({
      kind: "create",
      externalId: "guide/start",
      title: "Title guide/start",
      sourcePath: "docs/guide/start.md",
      reasons: ["new file"],
      hash: "h-start",
    });
    expect(json.operations.find((op) => op.kind === "update")).toMatchObject({
      externalId: "faq",
      remoteId: "r-faq",
      hash: "h-faq",
      previousHash: "old-faq",
    });
    expect(json.operations.find((op) => op.kind === "unchanged")?.reasons).toEqual([]);
    expect(json.operations.at(-1)).toEqual({
      kind: "delete",
      externalId: "old/page",
      title: "Old old/page",
      remoteId: "r-old/page",
      reasons: ["file removed"],
      hash: "old-old/page",
    });
    expect(JSON.stringify(json)).not.toContain("secret body text");
  });

  it("is unchanged by a JSON round trip and includes every problem list", () => {
    const plan = samplePlan({
      errors: ["duplicate id"],
      rejected: [{ externalId: "x", sourcePath: "x.md", message: "too big" }],
      diagnostics: [{ severity: "error", file: "b.md", line: 2, message: "bad" }],
      deletesWithheld: ["withheld"],
    });
    const json = planToJson(plan);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.blocked).toBe(true);
    expect(json.errors).toEqual(["duplicate id"]);
    expect(json.rejected).toEqual(plan.rejected);
    expect(json.diagnostics).toEqual(plan.diagnostics);
    expect(json.guards).toEqual(plan.guards);
    expect(json.deletesWithheld).toEqual(["withheld"]);
  });
});

describe("resultToJson", () => {
  it("keeps counts, results, notes and the skipped-deletes reason", () => {
    const result = sampleResult([
      { externalId: "a", status: "created", sourcePath: "a.md" },
      { externalId: "b", status: "failed", error: "HTTP 500" },
    ]);
    const json = resultToJson({ ...result, notes: ["n"], deletesSkipped: "1 failed" });
    expect(json).toEqual({
      version: 1,
      counts: { created: 1, updated: 0, unchanged: 0, deleted: 0, failed: 1, skipped: 0 },
      results: [
        { externalId: "a", status: "created", sourcePath: "a.md" },
        { externalId: "b", status: "failed", error: "HTTP 500" },
      ],
      deletesSkipped: "1 failed",
      notes: ["n"],
    });
    expect(resultToJson(result).deletesSkipped).toBeNull();
  });
});
