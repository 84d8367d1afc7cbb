import type { RemoteRecord } from "../targets/target.js";

/**
 * The record a document is matched against, by external id. When a listing holds several
 * records for one id, a foreign one wins (so it is never touched), then one of unknown ownership,
 * then a live one.
 */
export function indexRecords(records: RemoteRecord[]): Map<string, RemoteRecord> {
  const index = new Map<string, RemoteRecord>();
  for (const record of records) {
    const current = index.get(record.externalId);
    if (!current || precedence(record) > precedence(current)) index.set(record.externalId, record);
  }
  return index;
}

function precedence(record: RemoteRecord): number {
  if (!record.owned) return record.adoptable === true ? 2 : 3;
  return record.state === "live" ? 1 : 0;
}

/** Records kb-publish owns and that are not tombstones: what deletes and guard percentages count. */
export function ownedLive(records: RemoteRecord[]): RemoteRecord[] {
  return records.filter((record) => record.owned && record.state === "live");
}
