import { describe, expect, it } from "vitest";
import { samplePlan, sampleResult } from "../report/test-fixtures.js";
import { outputsFor } from "./outputs.js";

const unreadable = { severity: "error" as const, file: "docs/broken.md", line: 2, message: "bad YAML" };

describe("outputsFor", () => {
  it("counts failed and unreadable documents in failed, for a sync", () => {
    const result = sampleResult([
      { externalId: "a", status: "created" },
      { externalId: "b", status: "failed", error: "HTTP 500" },
    ]);
    const outputs = outputsFor({ plan: samplePlan({ diagnostics: [unreadable] }), result }, "/tmp/plan.json");
    expect(outputs).toMatchObject({ created: "1", failed: "2", "has-changes": "true", "plan-file": "/tmp/plan.json" });
  });

  it("counts rejected and unreadable documents in failed, for a dry run", () => {
    const plan = samplePlan({ diagnostics: [unreadable, { ...unreadable, severity: "warning" }], rejected: [{ externalId: "x", sourcePath: "x.md", message: "too big" }] });
    expect(outputsFor({ plan }, "p").failed).toBe("2");
    expect(outputsFor({ plan: samplePlan() }, "p").failed).toBe("0");
  });
});
