import type { Diagnostic, Document } from "../documents/document.js";
import { fingerprintOf } from "../documents/hash.js";
import type { RemoteRecord, Target } from "../targets/target.js";
import { REASONS, updateReasons } from "./reasons.js";
import type { Operation, RejectedDocument } from "./types.js";

export type PlanTarget = Pick<Target, "payloadOf" | "validate" | "checkPlan">;

export interface UpsertPlan {
  operations: Operation[];
  rejected: RejectedDocument[];
  /** Warnings from target validation. */
  diagnostics: Diagnostic[];
}

/** Creates, updates and unchanged operations for documents whose ids are already known to be valid and unique. */
export function planUpserts(documents: Document[], remote: Map<string, RemoteRecord>, target: PlanTarget): UpsertPlan {
  const plan: UpsertPlan = { operations: [], rejected: [], diagnostics: [] };
  for (const doc of documents) planDocument(doc, remote.get(doc.externalId), target, plan);
  return plan;
}

function planDocument(doc: Document, remote: RemoteRecord | undefined, target: PlanTarget, plan: UpsertPlan): void {
  if (remote && !remote.owned && remote.adoptable !== true) {
    plan.rejected.push(reject(doc, foreignMessage(doc.externalId)));
    return;
  }
  const payload = payloadFor(doc, target);
  if (typeof payload === "string") {
    plan.rejected.push(reject(doc, payload));
    return;
  }
  const problems = target.validate?.(doc, payload) ?? [];
  for (const warning of problems.filter((p) => p.severity === "warning")) {
    plan.diagnostics.push({ severity: "warning", file: doc.sourcePath, message: warning.message });
  }
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    plan.rejected.push(reject(doc, errors.map((p) => p.message).join("; ")));
    return;
  }
  plan.operations.push(operationFor(doc, payload, remote));
}

function operationFor(doc: Document, payload: Record<string, unknown>, remote: RemoteRecord | undefined): Operation {
  const fingerprint = fingerprintOf(payload);
  if (!remote) return { kind: "create", doc, payload, fingerprint, reasons: [REASONS.created] };
  const reasons = updateReasons(fingerprint, remote);
  if (reasons.length === 0) return { kind: "unchanged", doc, fingerprint, remote };
  return { kind: "update", doc, payload, fingerprint, remote, reasons };
}

/** The target's payload, or a message when building it throws (a bad document must not stop the others). */
function payloadFor(doc: Document, target: PlanTarget): Record<string, unknown> | string {
  try {
    return target.payloadOf(doc);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `could not build the payload for ${JSON.stringify(doc.externalId)} from ${doc.sourcePath}: ${detail}`;
  }
}

function reject(doc: Document, message: string): RejectedDocument {
  return { externalId: doc.externalId, sourcePath: doc.sourcePath, message };
}

export function foreignMessage(id: string): string {
  return (
    `a record with id ${JSON.stringify(id)} already exists in the knowledge base and is not owned ` +
    `by kb-publish; it is left untouched`
  );
}
