import type { Diagnostic, Document } from "../documents/document.js";
import { canonicalJson, fingerprintOf } from "../documents/hash.js";
import type { Fingerprint, Problem, Provenance, RemoteRecord, Target } from "../targets/target.js";
import { REASONS, updateReasons } from "./reasons.js";
import type { DocumentRef, Operation, RejectedDocument, Sendable, SpoolRef } from "./types.js";

export type PlanTarget = Pick<Target, "payloadOf" | "validate" | "checkPlan">;

export interface UpsertPlan {
  operations: Operation[];
  rejected: RejectedDocument[];
  /** Warnings from target validation. */
  diagnostics: Diagnostic[];
}

/**
 * A document's payload and fingerprint, built while the other pages were still being derived:
 * in memory, or — past the run's memory budget — in the spool, with the target's verdict on it
 * (`problems`, from `validate`) and the bytes of the content it sends.
 */
export type PreparedPayload = BuiltPayload | SpooledPayload;

export interface BuiltPayload {
  payload: Record<string, unknown>;
  fingerprint: Fingerprint;
  spooled?: undefined;
}

export interface SpooledPayload {
  spooled: SpoolRef;
  fingerprint: Fingerprint;
  problems: Problem[];
  contentBytes: number;
  payload?: undefined;
}

/** What planning a document may already know about it. */
export interface UpsertContext {
  target: PlanTarget;
  /** What a document is derived from (see `Provenance`); undefined when unknown. */
  provenanceOf?: (doc: Document) => Provenance | undefined;
  /** Its payload and fingerprint when already built; undefined builds them here. */
  preparedOf?: (doc: Document) => PreparedPayload | undefined;
}

/** Creates, updates and unchanged operations for documents whose ids are already known to be valid and unique. */
export function planUpserts(documents: Document[], remote: Map<string, RemoteRecord>, ctx: UpsertContext): UpsertPlan {
  const plan: UpsertPlan = { operations: [], rejected: [], diagnostics: [] };
  for (const doc of documents) planDocument(doc, remote.get(doc.externalId), ctx, plan);
  return plan;
}

function planDocument(doc: Document, remote: RemoteRecord | undefined, ctx: UpsertContext, plan: UpsertPlan): void {
  const { target } = ctx;
  if (remote && !remote.owned && remote.adoptable !== true) {
    plan.rejected.push(reject(doc, foreignMessage(doc.externalId)));
    return;
  }
  const prepared = ctx.preparedOf?.(doc);
  const sendable = prepared?.spooled ? spooledSendable(doc, prepared) : sendableOf(doc, prepared, target);
  if (typeof sendable === "string") {
    plan.rejected.push(reject(doc, sendable));
    return;
  }
  const problems = prepared?.spooled ? prepared.problems : (target.validate?.(doc, sendable.payload!) ?? []);
  for (const warning of problems.filter((p) => p.severity === "warning")) {
    plan.diagnostics.push({ severity: "warning", file: doc.sourcePath, message: warning.message });
  }
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    plan.rejected.push(reject(doc, errors.map((p) => p.message).join("; ")));
    return;
  }
  const fingerprint = prepared?.fingerprint ?? fingerprintOf(sendable.payload!);
  plan.operations.push(withProvenance(operationFor(sendable, fingerprint, remote), ctx.provenanceOf?.(doc)));
}

/** The document and its payload, or a message when the payload cannot be built. */
function sendableOf(doc: Document, prepared: PreparedPayload | undefined, target: PlanTarget): Sendable | string {
  const payload = prepared?.payload ?? payloadFor(doc, target);
  return typeof payload === "string" ? payload : { doc, payload };
}

/** A spooled page keeps only what reports show: its text stays on disk until apply sends it. */
function spooledSendable(doc: Document, prepared: SpooledPayload): Sendable {
  return { doc: documentRef(doc), spooled: prepared.spooled, contentBytes: prepared.contentBytes };
}

function operationFor(sendable: Sendable, fingerprint: Fingerprint, remote: RemoteRecord | undefined): Operation {
  if (!remote) return { kind: "create", ...sendable, fingerprint, reasons: [REASONS.created] };
  const reasons = updateReasons(fingerprint, remote);
  if (reasons.length === 0) return { kind: "unchanged", doc: documentRef(sendable.doc), fingerprint, remote };
  return { kind: "update", ...sendable, fingerprint, remote, reasons };
}

/**
 * Every write carries its provenance. An unchanged owned record carries it only when it differs
 * from what the target holds (an older record without one, a renamed page): the target may then
 * record it without the page being sent again.
 */
function withProvenance(op: Operation, provenance: Provenance | undefined): Operation {
  if (!provenance || op.kind === "delete") return op;
  if (op.kind !== "unchanged") return { ...op, provenance };
  return op.remote.owned && !sameDerivation(op.remote.provenance, provenance) ? { ...op, provenance } : op;
}

/** Equal but for the commit: the record derives from the same files the same way. */
export function sameDerivation(a: Provenance | undefined, b: Provenance): boolean {
  if (!a) return false;
  const { commit: _a, ...left } = a;
  const { commit: _b, ...right } = b;
  return canonicalJson(left) === canonicalJson(right);
}

/** An unchanged operation keeps only what reports show, so the page text can be dropped. */
function documentRef(doc: DocumentRef): DocumentRef {
  return { externalId: doc.externalId, title: doc.title, sourcePath: doc.sourcePath };
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
