import { describe, expect, it } from "vitest";
import type { Document } from "../../documents/document.js";
import { buildPlan } from "../../plan/build.js";
import type { PlanTarget } from "../../plan/upserts.js";
import type { RemoteRecord } from "../target.js";
import { capacityProblems } from "./capacity.js";

const KB = "kb_aaaaaaaaaaaaaaaaaaaaaaaaa";
const ops = (kind: "create" | "update" | "unchanged" | "delete", n: number, remote?: Partial<RemoteRecord>) =>
  Array.from({ length: n }, () => ({ kind, remote: remote && ({ externalId: "x", owned: true, state: "live", ...remote } as RemoteRecord) }));

describe("totoy: at most 1,500 sources per knowledge base", () => {
  it("counts what is linked now, plus creates and restores, minus the unlinks that will run", () => {
    expect(capacityProblems({ operations: ops("create", 100), deletesRun: true }, 1400, KB)).toEqual([]);
    expect(capacityProblems({ operations: ops("create", 101), deletesRun: true }, 1400, KB)).toEqual([
      `knowledge base ${KB} would hold 1501 sources (1400 linked now + 101 new + 0 restored − 0 removed): Totoy links at most 1500 Sources to one knowledge base; exclude pages or split the docs over several knowledge bases`,
    ]);
    const renames = [...ops("create", 200), ...ops("delete", 200)];
    expect(capacityProblems({ operations: renames, deletesRun: true }, 1450, KB)).toEqual([]);
    expect(capacityProblems({ operations: renames, deletesRun: false }, 1450, KB)).toHaveLength(1);
    expect(capacityProblems({ operations: ops("update", 60, { state: "tombstoned" }), deletesRun: true }, 1450, KB)).toHaveLength(1);
    expect(capacityProblems({ operations: ops("update", 60, { state: "live" }), deletesRun: true }, 1450, KB)).toEqual([]);
  });

  it("without a snapshot (a baseline plan) counts the pages alone", () => {
    expect(capacityProblems({ operations: ops("unchanged", 1501), deletesRun: false }, undefined, KB)).toEqual([expect.stringContaining("would hold 1501 sources (1501 pages)")]);
  });

  it("is a plan error through the Target hook: the plan is blocked before anything is sent", () => {
    const documents: Document[] = Array.from({ length: 3 }, (_, i) => ({ externalId: `p${i}`, title: "T", content: "C", tags: [], sourcePath: `p${i}.md`, metadata: {} }));
    const target: PlanTarget = { payloadOf: (doc) => ({ content: doc.content }), checkPlan: (plan) => capacityProblems(plan, 1498, KB) };
    const plan = buildPlan({ documents, diagnostics: [], snapshot: { records: [], complete: true }, target, options: { allowMassDelete: false, deletions: "tombstone" } });
    expect(plan.errors).toEqual([expect.stringContaining("would hold 1501 sources")]);
  });
});
