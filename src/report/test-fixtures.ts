import type { DocumentResult, RunResult } from "../apply/types.js";
import type { Document } from "../documents/document.js";
import type { Plan } from "../plan/types.js";
import type { Fingerprint, RemoteRecord } from "../targets/target.js";
import { countResults } from "../apply/results.js";

/** Plain report test data: no mocks, no plan building. */
export function doc(externalId: string, title = `Title ${externalId}`): Document {
  return { externalId, title, content: "secret body text", tags: [], sourcePath: `docs/${externalId}.md`, metadata: {} };
}

export const fp = (hash: string): Fingerprint => ({ hash, parts: { content: hash.slice(0, 4) } });

export function record(externalId: string, hash = `old-${externalId}`): RemoteRecord {
  return { externalId, remoteId: `r-${externalId}`, fingerprint: fp(hash), owned: true, state: "live", title: `Old ${externalId}` };
}

/** Two creates, one update, two unchanged, one delete, no problems. */
export function samplePlan(overrides: Partial<Plan> = {}): Plan {
  const payload = { content: "secret body text" };
  return {
    operations: [
      { kind: "create", doc: doc("guide/start"), payload, fingerprint: fp("h-start"), reasons: ["new file"] },
      { kind: "create", doc: doc("b"), payload, fingerprint: fp("h-b"), reasons: ["new file"] },
      {
        kind: "update",
        doc: doc("faq"),
        payload,
        fingerprint: fp("h-faq"),
        remote: record("faq"),
        reasons: ["content changed", "title changed"],
      },
      { kind: "unchanged", doc: doc("u1"), fingerprint: fp("h-u1"), remote: record("u1", "h-u1") },
      { kind: "unchanged", doc: doc("u2"), fingerprint: fp("h-u2"), remote: record("u2", "h-u2") },
      { kind: "delete", remote: record("old/page"), reasons: ["file removed"] },
    ],
    summary: { create: 2, update: 1, unchanged: 2, delete: 1 },
    errors: [],
    rejected: [],
    diagnostics: [],
    guards: [
      { guard: "mass-delete", tripped: false, overridden: false, message: "the plan deletes 1 of 4 owned records (25%)" },
      { guard: "empty-source", tripped: false, overridden: false, message: "the source has 5 documents" },
    ],
    deletesWithheld: [],
    ...overrides,
  };
}

export function sampleResult(results: DocumentResult[], extra: Partial<RunResult> = {}): RunResult {
  return { results, counts: countResults(results), notes: [], ...extra };
}
