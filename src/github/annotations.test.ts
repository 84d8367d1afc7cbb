import { describe, expect, it } from "vitest";
import { samplePlan } from "../report/test-fixtures.js";
import { annotationsFor, emitAnnotations, toRepoPath, type AnnotationSink } from "./annotations.js";

describe("annotationsFor", () => {
  const plan = samplePlan({
    diagnostics: [
      { severity: "warning", file: "guide/w.md", message: "no title" },
      { severity: "error", file: "guide/broken.md", line: 3, message: "bad YAML" },
    ],
    rejected: [{ externalId: "big", sourcePath: "big.md", message: "too big" }],
  });

  it("puts errors first with the file relative to the repository root and the line", () => {
    expect(annotationsFor(plan, "docs")).toEqual({
      annotations: [
        { level: "error", message: "bad YAML", file: "docs/guide/broken.md", startLine: 3 },
        { level: "error", message: "big: too big", file: "docs/big.md" },
        { level: "warning", message: "no title", file: "docs/guide/w.md", startLine: undefined },
      ],
      more: 0,
    });
  });

  it("caps the count and says how many more there are", () => {
    const many = samplePlan({ diagnostics: Array.from({ length: 60 }, (_, i) => ({ severity: "error" as const, file: `f${i}.md`, message: "m" })) });
    const capped = annotationsFor(many, "");
    expect(capped.annotations).toHaveLength(50);
    expect(capped.more).toBe(10);
    const calls: string[] = [];
    const sink: AnnotationSink = {
      error: (message, p) => calls.push(`error ${p.file}:${p.startLine ?? "-"} ${message}`),
      warning: (message, p) => calls.push(`warning ${p?.file ?? "-"} ${message}`),
    };
    emitAnnotations(capped, sink);
    expect(calls).toHaveLength(51);
    expect(calls[0]).toBe("error f0.md:- m");
    expect(calls.at(-1)).toBe("warning - 10 more problems were not annotated; see the job summary for all of them.");
  });
});

describe("toRepoPath", () => {
  it("joins the docs folder, or nothing for the repository root", () => {
    expect(toRepoPath("docs/site", "a/b.md")).toBe("docs/site/a/b.md");
    expect(toRepoPath("", "a.md")).toBe("a.md");
  });
});
