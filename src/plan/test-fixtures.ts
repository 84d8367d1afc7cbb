import type { Document } from "../documents/document.js";
import { fingerprintOf } from "../documents/hash.js";
import type { Problem, RemoteRecord } from "../targets/target.js";
import type { PlanInput } from "./build.js";

/** Plain test data for plan tests: no mocks, just values. */
export function doc(externalId: string, overrides: Partial<Document> = {}): Document {
  return {
    externalId,
    title: `Title of ${externalId}`,
    content: `Body of ${externalId}`,
    tags: [],
    sourcePath: `${externalId}.md`,
    metadata: {},
    ...overrides,
  };
}

/** A target whose payload is a few document fields; documents titled "too big" fail validation. */
export const target: PlanInput["target"] = {
  payloadOf: (d) => ({ title: d.title, content: d.content, tags: d.tags, metadata: d.metadata }),
  validate: (d): Problem[] => {
    if (d.title === "too big") return [{ severity: "error", message: `document ${d.externalId} exceeds 1 MB` }];
    if (d.title === "long title") return [{ severity: "warning", message: "title is longer than 200 characters" }];
    return [];
  },
};

/** An owned live record holding exactly what `target` would send for `d`. */
export function syncedRecord(d: Document, overrides: Partial<RemoteRecord> = {}): RemoteRecord {
  return {
    externalId: d.externalId,
    remoteId: `r-${d.externalId}`,
    fingerprint: fingerprintOf(target.payloadOf(d)),
    owned: true,
    state: "live",
    ...overrides,
  };
}

export function ownedRecord(externalId: string, overrides: Partial<RemoteRecord> = {}): RemoteRecord {
  return syncedRecord(doc(externalId), overrides);
}

export function input(parts: Partial<PlanInput> & { records?: RemoteRecord[] } = {}): PlanInput {
  const { records = [], ...rest } = parts;
  return {
    documents: [],
    diagnostics: [],
    snapshot: { records, complete: true },
    target,
    options: { allowMassDelete: false, deletions: "tombstone" },
    ...rest,
  };
}
