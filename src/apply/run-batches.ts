import pLimit from "p-limit";
import type { ItemResult } from "../targets/target.js";
import { MISSING_RESULT, retryableError } from "./retryable.js";

export { MISSING_RESULT } from "./retryable.js";

export interface RunBatchesOptions<T> {
  batches: T[][];
  /** At most this many batches in flight; at least 1. */
  concurrency: number;
  send: (batch: T[]) => Promise<ItemResult[]>;
  idOf: (item: T) => string;
  /** Called after each batch settles, with that batch's item count. */
  onBatchDone?: (size: number) => void;
}

/**
 * Sends every batch with bounded concurrency and returns one result per item, in input order.
 * A batch that throws fails its own items only; the run goes on.
 */
export async function runBatches<T>(options: RunBatchesOptions<T>): Promise<ItemResult[]> {
  const limit = pLimit(Math.max(1, Math.floor(options.concurrency)));
  const settled = await Promise.all(
    options.batches.map((batch) =>
      limit(async () => {
        const results = await sendOne(batch, options);
        options.onBatchDone?.(batch.length);
        return results;
      }),
    ),
  );
  return settled.flat();
}

async function sendOne<T>(batch: T[], options: RunBatchesOptions<T>): Promise<ItemResult[]> {
  const ids = batch.map(options.idOf);
  try {
    const response = await options.send(batch);
    return matchResults(ids, response);
  } catch (error) {
    const message = errorMessage(error);
    const retryable = retryableError(error);
    return ids.map((externalId) => ({ externalId, status: "failed", error: message, ...(retryable !== undefined && { retryable }) }));
  }
}

/** One result per requested id, in request order; ids the target left out become failures. */
function matchResults(ids: string[], response: ItemResult[]): ItemResult[] {
  const byId = new Map<string, ItemResult>();
  for (const result of Array.isArray(response) ? response : []) {
    if (!byId.has(result.externalId)) byId.set(result.externalId, result);
  }
  return ids.map((externalId) => byId.get(externalId) ?? { externalId, status: "failed", error: MISSING_RESULT });
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
