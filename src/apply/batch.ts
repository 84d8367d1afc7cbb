import type { BatchLimits, RemoteRecord, Upsert } from "../targets/target.js";

/**
 * Bytes added to each item's payload when estimating a request's size: room for the external
 * id wrapper, the fingerprint and the JSON punctuation a target adds around each payload.
 */
export const ITEM_OVERHEAD_BYTES = 64;

/**
 * Splits items into consecutive batches of at most `maxItems` items and `maxBytes` estimated
 * bytes. An item alone bigger than `maxBytes` goes in a batch of its own, so the target (not
 * this estimate) decides whether to reject it.
 */
export function splitIntoBatches<T>(items: readonly T[], limits: BatchLimits, sizeOf: (item: T) => number): T[][] {
  const maxItems = Math.max(1, Math.floor(limits.maxItems));
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const item of items) {
    const bytes = limits.maxBytes === undefined ? 0 : sizeOf(item);
    const full = current.length >= maxItems;
    const tooBig = limits.maxBytes !== undefined && currentBytes + bytes > limits.maxBytes;
    if (current.length > 0 && (full || tooBig)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Estimated request bytes of one upsert: its payload as UTF-8 JSON plus a fixed overhead. */
export function upsertBytes(item: Pick<Upsert, "payload">): number {
  return Buffer.byteLength(JSON.stringify(item.payload), "utf8") + ITEM_OVERHEAD_BYTES;
}

/** Estimated request bytes of one delete: its ids as UTF-8 JSON plus a fixed overhead. */
export function deleteBytes(record: RemoteRecord): number {
  const ids = JSON.stringify({ externalId: record.externalId, remoteId: record.remoteId });
  return Buffer.byteLength(ids, "utf8") + ITEM_OVERHEAD_BYTES;
}
