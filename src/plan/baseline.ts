import type { Document } from "../documents/document.js";
import { fingerprintOf } from "../documents/hash.js";
import type { RemoteRecord, Snapshot, Target } from "../targets/target.js";

/**
 * The snapshot a target would hold had `documents` (e.g. the base branch of a pull request)
 * been published through it: owned, live records whose fingerprints come from the same
 * `payloadOf` + `fingerprintOf` the plan uses, with their content for diffs. Pure.
 * A document whose payload cannot be built is left out, so it plans as a create.
 */
export function snapshotFromDocuments(documents: Document[], target: Pick<Target, "payloadOf">): Snapshot {
  const records: RemoteRecord[] = [];
  for (const doc of documents) {
    const payload = payloadOrUndefined(doc, target);
    if (!payload) continue;
    records.push({
      externalId: doc.externalId,
      fingerprint: fingerprintOf(payload),
      owned: true,
      state: "live",
      title: doc.title,
      content: typeof payload.content === "string" ? payload.content : doc.content,
    });
  }
  return { records, complete: true };
}

function payloadOrUndefined(doc: Document, target: Pick<Target, "payloadOf">): Record<string, unknown> | undefined {
  try {
    return target.payloadOf(doc);
  } catch {
    return undefined;
  }
}
