// Test-only helpers for the apply tests: plain documents, hand-built plans and a recording fake target.
import type { Document } from "../documents/document.js";
import { fingerprintOf } from "../documents/hash.js";
import type { Operation, Plan } from "../plan/types.js";
import type { DeletionMode, FinishReport, ItemResult, RemoteRecord, Target, Upsert } from "../targets/target.js";

export function doc(id: string, content = `Body of ${id}`): Document {
  return { externalId: id, title: `Title ${id}`, content, tags: [], sourcePath: `docs/${id}.md`, metadata: {} };
}

function payloadOf(d: Document): Record<string, unknown> {
  return { title: d.title, content: d.content, tags: d.tags };
}

export function createOp(id: string, content?: string): Operation {
  const d = doc(id, content);
  const payload = payloadOf(d);
  return { kind: "create", doc: d, payload, fingerprint: fingerprintOf(payload), reasons: ["new document"] };
}

export function remote(id: string, owned = true): RemoteRecord {
  return { externalId: id, owned, state: "live", title: `Title ${id}`, fingerprint: fingerprintOf({ old: id }) };
}

export function updateOp(id: string): Operation {
  const d = doc(id, "changed");
  const payload = payloadOf(d);
  return { kind: "update", doc: d, payload, fingerprint: fingerprintOf(payload), remote: remote(id), reasons: ["content changed"] };
}

export function unchangedOp(id: string): Operation {
  const d = doc(id);
  return { kind: "unchanged", doc: d, fingerprint: fingerprintOf(payloadOf(d)), remote: remote(id) };
}

export function deleteOp(id: string, owned = true): Operation {
  return { kind: "delete", remote: remote(id, owned), reasons: ["file removed"] };
}

export function plan(operations: Operation[], extra: Partial<Plan> = {}): Plan {
  const count = (kind: Operation["kind"]) => operations.filter((op) => op.kind === kind).length;
  return {
    operations,
    summary: { create: count("create"), update: count("update"), unchanged: count("unchanged"), delete: count("delete") },
    errors: [],
    rejected: [],
    diagnostics: [],
    guards: [],
    deletesWithheld: [],
    ...extra,
  };
}

export type Call =
  | { kind: "upsert"; ids: string[] }
  | { kind: "delete"; ids: string[]; mode: DeletionMode }
  | { kind: "finish"; results: ItemResult[] };

export interface FakeOptions {
  limits?: Partial<Target["limits"]>;
  /** Decides one upsert batch's answer; default: every item created. */
  onUpsert?: (items: Upsert[]) => ItemResult[] | Promise<ItemResult[]>;
  finishNotes?: string[] | FinishReport;
}

/** An in-memory target that records every call, in order, and how many batches ran at once. */
export function fakeTarget(options: FakeOptions = {}) {
  const calls: Call[] = [];
  const stats = { inFlight: 0, maxInFlight: 0 };
  const track = async <T>(work: () => T | Promise<T>): Promise<T> => {
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return await work();
    } finally {
      stats.inFlight -= 1;
    }
  };
  const target: Target = {
    name: "fake",
    capabilities: { softDelete: true, returnsContent: false, nativeTranslations: false },
    limits: { upsert: { maxItems: 100 }, delete: { maxItems: 100 }, concurrency: 1, ...options.limits },
    payloadOf,
    snapshot: async () => ({ records: [], complete: true }),
    upsertBatch: (items) => {
      calls.push({ kind: "upsert", ids: items.map((i) => i.doc.externalId) });
      const answer = options.onUpsert ?? ((batch: Upsert[]) => batch.map((i) => ({ externalId: i.doc.externalId, status: "created" as const })));
      return track(() => answer(items));
    },
    deleteBatch: (records, mode) => {
      calls.push({ kind: "delete", ids: records.map((r) => r.externalId), mode });
      return track(() => records.map((r) => ({ externalId: r.externalId, status: "deleted" as const })));
    },
    finish: async (results) => {
      calls.push({ kind: "finish", results });
      return options.finishNotes ?? [];
    },
  };
  return { target, calls, stats };
}
